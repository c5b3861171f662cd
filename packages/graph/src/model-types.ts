import type { model } from '@kobling/graph-schema';
import type { PropertyType } from '@kobling/graph-schema';

type Nodes = (typeof model)['nodes'][number];
type Relationships = (typeof model)['relationships'][number];

export type NodeLabel = Nodes['label'];
export type RelationshipType = Relationships['type'];

type ValueOf<T extends PropertyType> = T extends 'STRING'
  ? string
  : T extends 'INT64' | 'DOUBLE'
    ? number
    : T extends 'BOOLEAN'
      ? boolean
      : string[];

/** A property's value: one of its vocabulary when the model names one, else by its type. */
type PropertyValue<P> = P extends { values: readonly (infer V extends string)[] }
  ? V
  : P extends { type: infer T extends PropertyType }
    ? ValueOf<T>
    : never;

type RowOf<Props> = {
  -readonly [K in keyof Props]: Props[K] extends { required: true }
    ? PropertyValue<Props[K]>
    : PropertyValue<Props[K]> | null;
};

/** A stored node of the label, exactly as the model declares it (optional properties are null). */
export type NodeRow<L extends NodeLabel> = RowOf<Extract<Nodes, { label: L }>['properties']>;

/** The properties of a relationship type, exactly as the model declares them. */
export type RelationshipProps<T extends RelationshipType> = RowOf<
  Extract<Relationships, { type: T }>['properties']
>;

export type NodeKey<L extends NodeLabel> = Extract<Nodes, { label: L }>['key'];
