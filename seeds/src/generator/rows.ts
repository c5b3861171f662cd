/**
 * What the generator yields: the same shape `bulkLoad` of @kobling/graph consumes (kept
 * structurally identical rather than imported, so the generator stays a pure function of its
 * options). Property names and types are exactly the model's.
 */

export type GraphValue = string | number | boolean | readonly string[] | null;

export interface GraphNodeChunk {
  readonly kind: 'node';
  readonly label: string;
  readonly rows: readonly Readonly<Record<string, GraphValue>>[];
}

export interface GraphRelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly properties?: Readonly<Record<string, GraphValue>>;
}

export interface GraphRelationshipChunk {
  readonly kind: 'relationship';
  readonly type: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly rows: readonly GraphRelationshipRow[];
}

export type GraphChunk = GraphNodeChunk | GraphRelationshipChunk;

export interface GraphTally {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Rows per label and per relationship type, by walking the chunks once. */
export function tallyChunks(chunks: Iterable<GraphChunk>): GraphTally {
  const tally: GraphTally = { nodes: {}, relationships: {} };
  for (const chunk of chunks) {
    if (chunk.kind === 'node') {
      tally.nodes[chunk.label] = (tally.nodes[chunk.label] ?? 0) + chunk.rows.length;
    } else {
      tally.relationships[chunk.type] = (tally.relationships[chunk.type] ?? 0) + chunk.rows.length;
    }
  }
  return tally;
}
