import type { PropertyType } from '@kobling/graph-schema';
import type { BulkValue } from './rows.ts';

/**
 * CSV as LadybugDB 0.19's COPY FROM reads it (checked by experiment, see docs/benchmarks.md):
 * fields quoted with `"`, a quote inside doubled (`""`) — a backslash is NOT an escape; an empty
 * field is NULL (a quoted empty string too, so '' cannot be loaded and arrives as NULL); a quoted
 * newline works only with PARALLEL=FALSE; lists are `[a,b]` whose elements are taken verbatim
 * (quotes around an element are kept, so an element must not contain `,` `[` `]` or quotes).
 */

const unsafeListElement = /[,[\]"'\\\r\n]|^\s|\s$/;

export function csvField(type: PropertyType, value: BulkValue, where: string): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'STRING':
      return `"${(value as string).replaceAll('"', '""')}"`;
    case 'INT64':
    case 'DOUBLE':
      return String(value);
    case 'BOOLEAN':
      return value ? 'true' : 'false';
    case 'STRING[]': {
      const list = value as readonly string[];
      for (const element of list) {
        if (element === '' || unsafeListElement.test(element)) {
          throw new Error(
            `${where}: list element ${JSON.stringify(element)} cannot be bulk loaded into LadybugDB ` +
              '(empty, or contains a comma, bracket, quote, backslash, newline or edge space)',
          );
        }
      }
      return `"[${list.join(',')}]"`;
    }
  }
}

/** True when a STRING value needs the sequential CSV reader (quoted newlines). */
export function hasNewline(value: BulkValue): boolean {
  return typeof value === 'string' && /[\r\n]/.test(value);
}
