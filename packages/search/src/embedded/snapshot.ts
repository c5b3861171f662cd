import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';
import type { SearchDocument } from '../document.ts';
import type { IndexState } from './memory-index.ts';

/**
 * A snapshot of the in-memory index as byte sections, one SQLite row each (document-store.ts):
 * the documents and the term list as JSON, the postings, lengths and per-document entries as
 * the typed arrays the index uses, read back as views without copying. Opening 100k documents
 * from it skips tokenizing, parsing every document's terms and posting them again.
 */

/** Bumped when the layout changes: a snapshot of another format is not read (the index rebuilds it). */
const SNAPSHOT_FORMAT = 1;

interface Header {
  readonly format: number;
  /** Typed arrays are stored as the machine lays them out. */
  readonly endian: string;
  /** The store's write generation the snapshot describes. */
  readonly generation: number;
  /** CRC-32 of the sections in `sections` order: a damaged snapshot is not used. */
  readonly crc: number;
}

const sections = [
  'docs',
  'terms',
  'stemFlags',
  'lengths',
  'postingStarts',
  'postings',
  'entryStarts',
  'entries',
] as const;

const bytes = (array: Uint8Array | Int32Array): Uint8Array =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

export function encodeSnapshot(state: IndexState, generation: number): Map<string, Uint8Array> {
  const body = new Map<string, Uint8Array>([
    ['docs', json(state.docs)],
    ['terms', json(state.terms)],
    ['stemFlags', bytes(state.stemFlags)],
    ['lengths', bytes(state.lengths)],
    ['postingStarts', bytes(state.postingStarts)],
    ['postings', bytes(state.postings)],
    ['entryStarts', bytes(state.entryStarts)],
    ['entries', bytes(state.entries)],
  ]);
  let crc = 0;
  for (const name of sections) crc = crc32(body.get(name) as Uint8Array, crc);
  const header: Header = { format: SNAPSHOT_FORMAT, endian: endianness(), generation, crc };
  return new Map([['header', json(header)], ...body]);
}

/** An Int32Array over the bytes: a view when aligned (SQLite's blobs are), a copy otherwise. */
function int32(data: Uint8Array): Int32Array {
  if (data.byteLength % 4 !== 0) throw new Error('a section is cut short');
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

/** The state and generation a snapshot holds; throws, saying why, when it cannot be used. */
export function decodeSnapshot(stored: ReadonlyMap<string, Uint8Array>): {
  state: IndexState;
  generation: number;
} {
  const read = (name: string) => {
    const data = stored.get(name);
    if (!data) throw new Error(`its ${name} section is missing`);
    return data;
  };
  const parse = (name: string): unknown => JSON.parse(new TextDecoder().decode(read(name)));
  const header = parse('header') as Partial<Header>;
  if (header.format !== SNAPSHOT_FORMAT || header.endian !== endianness()) {
    throw new Error('it is of another format');
  }
  let crc = 0;
  for (const name of sections) crc = crc32(read(name), crc);
  if (crc !== header.crc || typeof header.generation !== 'number') {
    throw new Error('it is damaged');
  }
  return {
    generation: header.generation,
    state: {
      docs: parse('docs') as SearchDocument[],
      terms: parse('terms') as string[],
      stemFlags: read('stemFlags'),
      lengths: int32(read('lengths')),
      postingStarts: int32(read('postingStarts')),
      postings: int32(read('postings')),
      entryStarts: int32(read('entryStarts')),
      entries: int32(read('entries')),
    },
  };
}
