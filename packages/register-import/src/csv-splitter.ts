/**
 * Incremental RFC 4180 record splitter working on bytes (the delimiter, quote and line breaks are
 * ASCII, so UTF-8 text can be cut safely around them). Quoted fields may hold delimiters, doubled
 * quotes and line breaks. Only the unfinished record is kept between chunks. A record with an
 * unterminated quote (longer than `maxRecordBytes`, or cut by the end of the file) is reported as
 * broken and parsing resumes at the first line break after that record's start.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export type CsvPiece =
  | {
      readonly kind: 'record';
      readonly fields: string[];
      /** Physical line (from 1) the record starts on. */
      readonly line: number;
      readonly byteOffset: number;
    }
  | {
      readonly kind: 'broken';
      readonly line: number;
      readonly byteOffset: number;
      readonly detail: string;
      readonly snippet: string;
    };

export interface CsvSplitterOptions {
  /** Field delimiter as a one-byte character (default ','). */
  readonly delimiter?: string;
  /** A record longer than this is treated as broken (default 1 MiB). */
  readonly maxRecordBytes?: number;
}

export class CsvSplitter {
  private readonly delimiter: number;
  private readonly maxRecordBytes: number;
  private buf: Buffer = Buffer.alloc(0);
  private base = 0;
  /** Line number of buf[0]. */
  private line = 1;
  /** After a broken record whose line end was not yet in the buffer: drop bytes up to the next LF. */
  private skipping = false;

  constructor(options: CsvSplitterOptions = {}) {
    this.delimiter = (options.delimiter ?? ',').charCodeAt(0);
    this.maxRecordBytes = options.maxRecordBytes ?? 1024 * 1024;
  }

  push(chunk: Buffer): CsvPiece[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    return this.parse(false);
  }

  end(): CsvPiece[] {
    return this.parse(true);
  }

  private parse(final: boolean): CsvPiece[] {
    const out: CsvPiece[] = [];
    const buf = this.buf;
    let start = 0;
    let line = this.line;
    if (this.skipping) {
      const nl = buf.indexOf(LF);
      if (nl < 0) {
        this.base += buf.length;
        this.buf = Buffer.alloc(0);
        return out;
      }
      this.skipping = false;
      start = nl + 1;
      line++;
    }
    for (;;) {
      if (start >= buf.length) break;
      const r = this.record(buf, start, final);
      if (r === null) {
        // Unfinished: wait for more unless it is already too long (an unterminated quote).
        if (buf.length - start <= this.maxRecordBytes) break;
      }
      if (r === null || r === 'EOF_IN_QUOTES') {
        const nl = buf.indexOf(LF, start);
        out.push({
          kind: 'broken',
          line,
          byteOffset: this.base + start,
          detail:
            r === null
              ? 'unterminated quoted field (record too long)'
              : 'the file ends inside a quoted field',
          snippet: buf.toString('utf8', start, Math.min(buf.length, start + 400)),
        });
        if (nl < 0) {
          start = buf.length;
          this.skipping = !final;
          break;
        }
        start = nl + 1;
        line++;
        continue;
      }
      if (!(r.fields.length === 1 && r.fields[0] === '')) {
        out.push(
          r.bad === undefined
            ? { kind: 'record', fields: r.fields, line, byteOffset: this.base + start }
            : {
                kind: 'broken',
                line,
                byteOffset: this.base + start,
                detail: r.bad,
                snippet: buf.toString('utf8', start, Math.min(r.end, start + 400)),
              },
        );
      }
      line += r.lines;
      start = r.end;
    }
    this.buf = buf.subarray(start);
    this.base += start;
    this.line = line;
    return out;
  }

  /**
   * Parses one record starting at `start`. null: needs more data. 'EOF_IN_QUOTES': final and an
   * open quote never closed.
   */
  private record(
    buf: Buffer,
    start: number,
    final: boolean,
  ): { fields: string[]; end: number; lines: number; bad?: string } | null | 'EOF_IN_QUOTES' {
    const delim = this.delimiter;
    const len = buf.length;
    const fields: string[] = [];
    let lines = 1;
    let i = start;
    let bad: string | undefined;
    for (;;) {
      // One field starting at i.
      if (i < len && buf[i] === QUOTE) {
        let j = i + 1;
        let escaped = false;
        let closed = -1;
        while (closed < 0) {
          const q = buf.indexOf(QUOTE, j);
          if (q < 0) return final ? 'EOF_IN_QUOTES' : null;
          if (q + 1 >= len && !final) return null;
          if (buf[q + 1] === QUOTE) {
            escaped = true;
            j = q + 2;
          } else closed = q;
        }
        for (let k = buf.indexOf(LF, i); k >= 0 && k < closed; k = buf.indexOf(LF, k + 1)) lines++;
        let text = buf.toString('utf8', i + 1, closed);
        if (escaped) text = text.replaceAll('""', '"');
        i = closed + 1;
        // Anything between the closing quote and the delimiter is an error; keep it visible.
        let k = i;
        while (k < len && buf[k] !== delim && buf[k] !== LF && buf[k] !== CR) k++;
        if (k > i) {
          bad ??= 'text after a closing quote';
          text += buf.toString('utf8', i, k);
        }
        i = k;
        fields.push(text);
      } else {
        let k = i;
        while (k < len && buf[k] !== delim && buf[k] !== LF && buf[k] !== CR) k++;
        if (k >= len && !final) return null;
        fields.push(buf.toString('utf8', i, k));
        i = k;
      }
      if (i >= len) {
        if (!final) return null;
        return { fields, end: len, lines: lines - 1, ...(bad === undefined ? {} : { bad }) };
      }
      const b = buf[i];
      if (b === delim) {
        i++;
        continue;
      }
      // Line end: LF, CRLF or a lone CR.
      if (b === CR) {
        if (i + 1 >= len && !final) return null;
        i += buf[i + 1] === LF ? 2 : 1;
      } else i++;
      return { fields, end: i, lines, ...(bad === undefined ? {} : { bad }) };
    }
  }
}
