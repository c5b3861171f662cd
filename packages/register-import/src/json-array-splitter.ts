/**
 * Incremental splitter for a top-level JSON array of objects (the Enhetsregisteret bulk file).
 *
 * It never holds more than one element (bounded by `maxElementBytes`) plus the current chunk.
 * Outside strings it tracks depth and the last structural byte, so damage is noticed close to
 * where it happens (a bare word, `:,`, `"{`…), and each complete element goes to JSON.parse.
 * A broken element is reported once with its row and byte offset; the splitter then
 * resynchronises at the next `,{"` after the broken element's start (ignoring string state,
 * which is exactly what cannot be trusted there) and carries on with the next element.
 */
import { RegisterFileError } from './import-errors.ts';
import type { ReadItem } from './raw-unit.ts';
import { sniffOrgNumber } from './raw-unit.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Bytes that may appear outside strings in valid JSON other than the structural ones. */
const LITERAL = new Uint8Array(256);
for (const c of '0123456789-+.eEtrufalsn') LITERAL[c.charCodeAt(0)] = 1;
const WHITESPACE = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WHITESPACE[c] = 1;

const NONE = 0; // nothing significant yet in this element
const VALUE = 1; // a literal or number

type Mode = 'BEFORE_ARRAY' | 'BETWEEN' | 'ELEMENT' | 'SKIP' | 'AFTER_ARRAY';

export interface JsonArraySplitterOptions {
  /** An element longer than this is treated as broken (default 1 MiB; real units are ~1–2 KB). */
  readonly maxElementBytes?: number;
}

export class JsonArraySplitter {
  private readonly maxElementBytes: number;
  private buf: Buffer = Buffer.alloc(0);
  /** Absolute file offset of buf[0]. */
  private base = 0;
  private mode: Mode = 'BEFORE_ARRAY';
  private row = 0;
  // ELEMENT state
  private start = 0;
  private scan = 0;
  private depth = 0;
  private inString = false;
  private last = NONE;
  // SKIP state
  private skipRow = 0;
  private skipOffset = 0;
  private skipDetail = '';
  private skipSnippet = '';
  private skipState = 0;
  private candidate = 0;
  /** The last byte that is not white space, so end() can tell a cut-off file. */
  private lastByte = -1;

  constructor(options: JsonArraySplitterOptions = {}) {
    this.maxElementBytes = options.maxElementBytes ?? 1024 * 1024;
  }

  /** Feeds the next chunk; returns the items completed by it, in file order. */
  push(chunk: Buffer): ReadItem[] {
    const out: ReadItem[] = [];
    let k = chunk.length - 1;
    while (k >= 0 && WHITESPACE[chunk[k]!] === 1) k--;
    if (k >= 0) this.lastByte = chunk[k]!;
    let i: number;
    if (this.mode === 'ELEMENT' || (this.mode === 'SKIP' && this.skipState === 2)) {
      // Keep the unfinished element (or the pending resync candidate) in front of the chunk.
      const keepFrom = this.mode === 'ELEMENT' ? this.start : this.candidate;
      const rest = this.buf.subarray(keepFrom);
      const offset = keepFrom;
      this.buf = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      this.base += offset;
      this.start -= offset;
      this.candidate -= offset;
      i = this.mode === 'ELEMENT' ? this.scan - offset : this.buf.length - chunk.length;
    } else {
      this.base += this.buf.length;
      this.buf = chunk;
      i = 0;
    }
    this.run(i, out);
    return out;
  }

  /**
   * Signals the end of the input; returns what is left. A file that stops inside an element or
   * before the array's closing ']' was cut short (an interrupted download, a full disk): that is
   * a RegisterFileError, not a clean end, or the import would report success on part of the
   * register. Only a broken element still being skipped when a file that does end with ']'
   * runs out is a row of its own (its resynchronisation swallowed the bracket).
   */
  end(): ReadItem[] {
    const out: ReadItem[] = [];
    if (this.mode === 'BEFORE_ARRAY') {
      throw new RegisterFileError('not a JSON array: the input is empty');
    }
    if (this.mode === 'SKIP' && this.lastByte === CLOSE_BRACKET) {
      this.emitSkip(out);
      this.mode = 'AFTER_ARRAY';
    }
    if (this.mode === 'AFTER_ARRAY') return out;
    const where = this.mode === 'ELEMENT' ? `inside row ${this.row}` : `after row ${this.row}`;
    throw new RegisterFileError(
      `the file ends ${where}, before the closing ']' of the array: it is truncated`,
    );
  }

  private run(from: number, out: ReadItem[]): void {
    const buf = this.buf;
    const len = buf.length;
    let i = from;
    while (i < len) {
      switch (this.mode) {
        case 'ELEMENT': {
          i = this.scanElement(i, out);
          break;
        }
        case 'BETWEEN': {
          const b = buf[i]!;
          if (WHITESPACE[b] === 1 || b === COMMA) i++;
          else if (b === CLOSE_BRACKET) {
            this.mode = 'AFTER_ARRAY';
            i++;
          } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
            this.beginElement(i);
          } else {
            this.beginElement(i);
            this.fail(`unexpected ${describe(b)} between elements`);
            i = this.start + 1;
          }
          break;
        }
        case 'SKIP': {
          i = this.scanSkip(i, out);
          break;
        }
        case 'BEFORE_ARRAY': {
          const b = buf[i]!;
          if (WHITESPACE[b] === 1 || b === 0xef || b === 0xbb || b === 0xbf) i++;
          else if (b === OPEN_BRACKET) {
            this.mode = 'BETWEEN';
            i++;
          } else {
            throw new RegisterFileError(`not a JSON array: the file starts with ${describe(b)}`);
          }
          break;
        }
        case 'AFTER_ARRAY': {
          const b = buf[i]!;
          if (WHITESPACE[b] === 1) i++;
          else {
            this.beginElement(i);
            this.fail(`unexpected ${describe(b)} after the end of the array`);
            i = this.start + 1;
          }
          break;
        }
      }
    }
    if (this.mode === 'ELEMENT') this.scan = i;
  }

  private beginElement(i: number): void {
    this.mode = 'ELEMENT';
    this.row++;
    this.start = i;
    this.depth = 0;
    this.inString = false;
    this.last = NONE;
  }

  /** Scans element bytes from i; returns where to continue. */
  private scanElement(from: number, out: ReadItem[]): number {
    const buf = this.buf;
    const len = buf.length;
    const limit = this.start + this.maxElementBytes;
    let i = from;
    while (i < len) {
      if (i > limit) {
        this.fail(`element longer than ${this.maxElementBytes} bytes`);
        return this.start + 1;
      }
      if (this.inString) {
        // Jump to the next quote; it closes the string unless preceded by an odd run of '\'.
        const q = buf.indexOf(QUOTE, i);
        if (q < 0) return len;
        let k = q - 1;
        while (buf[k] === BACKSLASH) k--;
        i = q + 1;
        if ((q - 1 - k) % 2 === 0) {
          this.inString = false;
          this.last = QUOTE;
        }
        continue;
      }
      const b = buf[i]!;
      if (WHITESPACE[b] === 1) {
        i++;
        continue;
      }
      const last = this.last;
      switch (b) {
        case QUOTE:
          if (last === QUOTE || last === VALUE || last === CLOSE_BRACE || last === CLOSE_BRACKET) {
            return this.failAt('a value follows another value without a comma');
          }
          this.inString = true;
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (last !== NONE && last !== COLON && last !== COMMA && last !== OPEN_BRACKET) {
            return this.failAt(`unexpected '${String.fromCharCode(b)}'`);
          }
          this.depth++;
          this.last = b;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          if (last === COLON || last === COMMA) {
            return this.failAt(`unexpected '${String.fromCharCode(b)}'`);
          }
          this.depth--;
          this.last = b;
          if (this.depth === 0) {
            this.complete(i + 1, out);
            // A parse failure switched to SKIP, which rescans from just after the start.
            return this.mode === 'SKIP' ? this.start + 1 : i + 1;
          }
          break;
        case COMMA:
          if (last === COLON || last === COMMA || last === OPEN_BRACE || last === OPEN_BRACKET) {
            return this.failAt("unexpected ','");
          }
          this.last = COMMA;
          break;
        case COLON:
          if (last !== QUOTE) return this.failAt("unexpected ':'");
          this.last = COLON;
          break;
        default:
          if (LITERAL[b] !== 1 || this.depth === 0) {
            return this.failAt(`unexpected ${describe(b)} outside a string`);
          }
          this.last = VALUE;
      }
      i++;
    }
    return len;
  }

  private failAt(detail: string): number {
    this.fail(detail);
    return this.start + 1;
  }

  private complete(end: number, out: ReadItem[]): void {
    const text = this.buf.toString('utf8', this.start, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.fail(`invalid JSON: ${(e as Error).message}`);
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      out.push({
        kind: 'broken',
        position: { row: this.row, byteOffset: this.base + this.start },
        detail: 'the element is not an object',
      });
    } else {
      out.push({
        kind: 'unit',
        position: { row: this.row, byteOffset: this.base + this.start },
        unit: value as Record<string, unknown>,
      });
    }
    this.mode = 'BETWEEN';
  }

  /**
   * Marks the current element broken and switches to SKIP, which rescans from just after the
   * element's first byte (the caller continues at start + 1).
   */
  private fail(detail: string): void {
    this.skipRow = this.row;
    this.skipOffset = this.base + this.start;
    this.skipDetail = detail;
    this.skipSnippet = this.buf.toString(
      'utf8',
      this.start,
      Math.min(this.buf.length, this.start + 400),
    );
    this.skipState = 0;
    this.mode = 'SKIP';
  }

  /** Looks for `,` ws* `{` ws* `"` — the start of the next element. */
  private scanSkip(from: number, out: ReadItem[]): number {
    const buf = this.buf;
    const len = buf.length;
    let i = from;
    while (i < len) {
      const b = buf[i]!;
      if (this.skipState === 0) {
        if (b === COMMA) this.skipState = 1;
        else if (b !== QUOTE) {
          // Fast path: jump to the next comma.
          const c = buf.indexOf(COMMA, i + 1);
          if (c < 0) return len;
          i = c;
          continue;
        }
      } else if (this.skipState === 1) {
        if (b === OPEN_BRACE) {
          this.skipState = 2;
          this.candidate = i;
        } else if (b !== COMMA && WHITESPACE[b] !== 1) this.skipState = 0;
      } else {
        if (b === QUOTE) {
          this.emitSkip(out);
          this.beginElement(this.candidate);
          return this.candidate;
        }
        if (b === COMMA) this.skipState = 1;
        else if (WHITESPACE[b] !== 1) this.skipState = 0;
      }
      i++;
    }
    return len;
  }

  private emitSkip(out: ReadItem[]): void {
    const orgNumber = sniffOrgNumber(this.skipSnippet);
    out.push({
      kind: 'broken',
      position: { row: this.skipRow, byteOffset: this.skipOffset },
      detail: this.skipDetail,
      ...(orgNumber === undefined ? {} : { orgNumber }),
    });
    this.mode = 'BETWEEN';
  }
}

function describe(b: number): string {
  return b >= 0x21 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16)}`;
}
