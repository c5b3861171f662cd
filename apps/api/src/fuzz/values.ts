/*
 * An argument value as the fuzzer builds it, before it is written into a request. The same value
 * can go inline into the document (a GraphQL literal, checked by validation) or into the
 * variables (JSON, checked by coercion): the two paths reject bad input in different code.
 */

type Scalar = string | number | boolean | null;

export type FuzzValue =
  | { readonly kind: 'scalar'; readonly value: Scalar }
  | { readonly kind: 'enum'; readonly name: string }
  | { readonly kind: 'list'; readonly items: readonly FuzzValue[] }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, FuzzValue])[] };

export const scalar = (value: Scalar): FuzzValue => ({ kind: 'scalar', value });
export const enumValue = (name: string): FuzzValue => ({ kind: 'enum', name });
export const list = (items: readonly FuzzValue[]): FuzzValue => ({ kind: 'list', items });
export const object = (fields: readonly (readonly [string, FuzzValue])[]): FuzzValue => ({
  kind: 'object',
  fields,
});

/**
 * GraphQL literal text. JSON string escapes are GraphQL string escapes, so JSON.stringify writes
 * strings; a lone surrogate comes out as `\udXXX`, which graphql-js must reject as a syntax error.
 */
export function toLiteral(value: FuzzValue): string {
  switch (value.kind) {
    case 'scalar':
      return typeof value.value === 'string' ? JSON.stringify(value.value) : String(value.value);
    case 'enum':
      return value.name;
    case 'list':
      return `[${value.items.map(toLiteral).join(', ')}]`;
    case 'object':
      return `{${value.fields.map(([k, v]) => `${k}: ${toLiteral(v)}`).join(', ')}}`;
  }
}

/** The JSON a client would send as a variable (an enum is its name as a string). */
export function toJson(value: FuzzValue): unknown {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'enum':
      return value.name;
    case 'list':
      return value.items.map(toJson);
    case 'object':
      return Object.fromEntries(value.fields.map(([k, v]) => [k, toJson(v)]));
  }
}
