/**
 * Both runners hand repositories the same plain values: numbers (never bigint or driver
 * integers), strings, booleans, null, arrays and plain objects. Dates become epoch ms.
 */
export function toPlainValue(value: unknown, convertSpecial?: (v: object) => unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map((v) => toPlainValue(v, convertSpecial));
  if (convertSpecial) {
    const converted = convertSpecial(value);
    if (converted !== undefined) return converted;
  }
  if (value instanceof Map) {
    return Object.fromEntries(
      [...value.entries()].map(([k, v]) => [String(k), toPlainValue(v, convertSpecial)]),
    );
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, toPlainValue(v, convertSpecial)]),
  );
}

export function toPlainRow(
  row: Record<string, unknown>,
  convertSpecial?: (v: object) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = toPlainValue(value, convertSpecial);
  return out;
}

/** The `$names` a query text refers to; runners pass only these to the engine. */
export function parameterNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''))];
}
