import DataLoader from 'dataloader';
import type {
  Graph,
  Link,
  NodeLabel,
  NodeRow,
  NodeStore,
  RelationshipStore,
  RelationshipType,
} from '@kobling/graph';

/*
 * Per-request batching of store reads (DESIGN §7: no N+1). Every loader is created lazily for
 * the request that needs it and returns results in key order, so a list of any length costs one
 * round-trip per relationship or label it touches.
 */

type AnyRelationshipStore = RelationshipStore<RelationshipType>;

export class Loaders {
  private readonly graph: Graph;
  private readonly links = new Map<
    AnyRelationshipStore,
    { out?: DataLoader<string, unknown[]>; in?: DataLoader<string, unknown[]> }
  >();
  private readonly nodes = new Map<NodeStore<NodeLabel>, DataLoader<string, unknown>>();

  constructor(graph: Graph) {
    this.graph = graph;
  }

  /** Links leaving each key (e.g. an actor's HAS_TOPIC links). */
  outgoing<T extends RelationshipType>(
    store: RelationshipStore<T>,
    key: string,
  ): Promise<Link<T>[]> {
    return this.linkLoader(store, 'out').load(key) as Promise<Link<T>[]>;
  }

  /** Links arriving at each key (e.g. the people WORKS_AT an actor). */
  incoming<T extends RelationshipType>(
    store: RelationshipStore<T>,
    key: string,
  ): Promise<Link<T>[]> {
    return this.linkLoader(store, 'in').load(key) as Promise<Link<T>[]>;
  }

  /** A stored row by key, or null — batched with every other load of the label in this tick. */
  node<L extends NodeLabel>(store: NodeStore<L>, key: string): Promise<NodeRow<L> | null> {
    let loader = this.nodes.get(store as unknown as NodeStore<NodeLabel>);
    if (!loader) {
      loader = new DataLoader<string, unknown>((keys) => store.getMany(this.graph.runner, keys));
      this.nodes.set(store as unknown as NodeStore<NodeLabel>, loader);
    }
    return loader.load(key) as Promise<NodeRow<L> | null>;
  }

  private linkLoader(
    store: AnyRelationshipStore,
    side: 'out' | 'in',
  ): DataLoader<string, unknown[]> {
    let entry = this.links.get(store);
    if (!entry) {
      entry = {};
      this.links.set(store, entry);
    }
    let loader = entry[side];
    if (!loader) {
      loader = new DataLoader<string, unknown[]>((keys) =>
        side === 'out'
          ? store.outgoing(this.graph.runner, keys)
          : store.incoming(this.graph.runner, keys),
      );
      entry[side] = loader;
    }
    return loader;
  }
}
