/**
 * Deterministic randomness. Every entity draws from its own stream, seeded from (graph seed,
 * stream name, index), so any part of the graph can be regenerated lazily and identically
 * without replaying everything before it. The generator itself (mulberry32) and the plain draws
 * are the domain's, shared with the matchmaking evaluation and the benchmarks.
 */
import { mulberry32 } from '@kobling/domain';
import type { Random } from '@kobling/domain';

/** FNV-1a over the stream name, mixed with the seed and index (murmur3 finaliser). */
export function streamSeed(seed: number, stream: string, index: number): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < stream.length; i += 1) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
  h ^= Math.imul(index + 1, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function rngFor(seed: number, stream: string, index = 0): Random {
  return mulberry32(streamSeed(seed, stream, index));
}

/** A cumulative distribution over indices; `sample` is a binary search (O(log n)). */
export class Cdf {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i += 1) {
      total += weights[i] ?? 0;
      this.cumulative[i] = total;
    }
    if (!(total > 0)) throw new Error('a distribution needs a positive total weight');
  }

  get size(): number {
    return this.cumulative.length;
  }

  sample(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const target = random() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights 1/rank^s for ranks 1..n. */
export function zipfWeights(n: number, s: number): Float64Array {
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i += 1) weights[i] = 1 / Math.pow(i + 1, s);
  return weights;
}

/** A seeded Fisher-Yates permutation of 0..n-1. */
export function permutation(random: Random, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as number;
    out[i] = out[j] as number;
    out[j] = tmp;
  }
  return out;
}
