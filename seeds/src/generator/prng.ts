/**
 * Deterministic randomness. Every entity draws from its own stream, seeded from (graph seed,
 * stream name, index), so any part of the graph can be regenerated lazily and identically
 * without replaying everything before it. The generator itself (mulberry32), the plain draws and
 * the weighted index sampler (Cdf) are the domain's, shared with the evaluation and benchmarks.
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
