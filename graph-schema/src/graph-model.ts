import type { NodeDecl, RelationshipDecl } from './model.ts';

/**
 * The shape every generator reads. `model` from model.ts satisfies it; tests pass smaller models
 * of the same shape so a generator is checked on exactly the case it is about.
 */
export interface GraphModel {
  readonly nodes: readonly NodeDecl[];
  readonly relationships: readonly RelationshipDecl[];
}

/** `KpiObservation` → `kpi_observation`, `orgNumber` → `org_number`, `HAS_TOPIC` → `has_topic`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}
