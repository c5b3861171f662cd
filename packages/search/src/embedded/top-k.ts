/**
 * The `k` best-scored ids, best first (ties by id), without sorting every match: a bounded
 * min-heap, O(n log k).
 */
export function topScored(matched: readonly number[], scores: Float64Array, k: number): number[] {
  if (k <= 0) return [];
  // Heap of [id, score]; the root is the worst kept entry.
  const heap: [number, number][] = [];
  const worse = (a: [number, number], b: [number, number]) =>
    a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  const swap = (i: number, j: number) => {
    const t = heap[i] as [number, number];
    heap[i] = heap[j] as [number, number];
    heap[j] = t;
  };
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i] as [number, number], heap[parent] as [number, number])) break;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l] as [number, number], heap[m] as [number, number])) m = l;
      if (r < heap.length && worse(heap[r] as [number, number], heap[m] as [number, number])) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const n of matched) {
    const value = scores[n] as number;
    if (heap.length < k) {
      heap.push([n, value]);
      up(heap.length - 1);
      continue;
    }
    const root = heap[0] as [number, number];
    // Only a match better than the worst kept one is allocated.
    if (root[1] < value || (root[1] === value && root[0] > n)) {
      heap[0] = [n, value];
      down(0);
    }
  }
  return heap.sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}
