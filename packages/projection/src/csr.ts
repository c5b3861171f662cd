/**
 * Compressed sparse rows: the neighbours of node i are targets[offsets[i] .. offsets[i + 1]),
 * sorted by target index, with one value (a weight or a code) per edge where the relation has one.
 */
export interface Csr {
  readonly offsets: Uint32Array;
  readonly targets: Int32Array;
  readonly values: Float64Array;
}

/** Builds CSR from edge columns; duplicate (source, target) pairs keep the last value. */
export function buildCsr(
  nodes: number,
  sources: Int32Array,
  targets: Int32Array,
  values: Float64Array | null,
): Csr {
  const counts = new Uint32Array(nodes + 1);
  for (const s of sources) counts[s + 1]! += 1;
  for (let i = 0; i < nodes; i += 1) counts[i + 1]! += counts[i]!;
  const order = new Int32Array(sources.length);
  const cursor = counts.slice(0, nodes);
  for (let e = 0; e < sources.length; e += 1) {
    const s = sources[e]!;
    order[cursor[s]!] = e;
    cursor[s]! += 1;
  }
  const outTargets = new Int32Array(sources.length);
  const outValues = new Float64Array(sources.length);
  const offsets = new Uint32Array(nodes + 1);
  let write = 0;
  for (let i = 0; i < nodes; i += 1) {
    offsets[i] = write;
    const from = counts[i]!;
    const to = counts[i + 1]!;
    const edges = Array.from(order.subarray(from, to)).sort(
      (a, b) => targets[a]! - targets[b]! || a - b,
    );
    for (const e of edges) {
      if (write > offsets[i]! && outTargets[write - 1] === targets[e]) {
        outValues[write - 1] = values ? values[e]! : 0;
        continue;
      }
      outTargets[write] = targets[e]!;
      outValues[write] = values ? values[e]! : 0;
      write += 1;
    }
  }
  offsets[nodes] = write;
  return { offsets, targets: outTargets.slice(0, write), values: outValues.slice(0, write) };
}

/** The same relation seen from its targets. */
export function invertCsr(csr: Csr, targetsCount: number): Csr {
  const sources = new Int32Array(csr.targets.length);
  for (let i = 0; i + 1 < csr.offsets.length; i += 1) {
    sources.fill(i, csr.offsets[i]!, csr.offsets[i + 1]!);
  }
  return buildCsr(targetsCount, csr.targets, sources, csr.values);
}
