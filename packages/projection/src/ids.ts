/**
 * Interned string ids: each id gets an index in arrival order while a table is read; `sorted()`
 * then renumbers them in id order, so adjacency sorted by index is sorted by id.
 */
export class IdTable {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();

  add(id: string): number {
    const seen = this.index.get(id);
    if (seen !== undefined) return seen;
    const at = this.ids.length;
    this.ids.push(id);
    this.index.set(id, at);
    return at;
  }

  get(id: string): number | undefined {
    return this.index.get(id);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The table in id order and, for every old index, its new one. */
  sorted(): { table: IdTable; renumber: Int32Array } {
    const order = this.ids
      .map((_, i) => i)
      .sort((a, b) => {
        const x = this.ids[a]!;
        const y = this.ids[b]!;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    const table = new IdTable();
    const renumber = new Int32Array(this.ids.length);
    for (const old of order) renumber[old] = table.add(this.ids[old]!);
    return { table, renumber };
  }
}

/** A growable typed column for edges while they are read. */
export class Column<A extends Int32Array | Float64Array> {
  private data: A;
  length = 0;
  private readonly make: (n: number) => A;

  constructor(make: (n: number) => A) {
    this.make = make;
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  values(): A {
    return this.data.subarray(0, this.length) as A;
  }
}
