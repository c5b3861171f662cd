import { describe, expect, it } from 'vitest';
import { documentNesting } from './document-nesting.ts';

describe('documentNesting', () => {
  it('counts brackets of every kind, outside strings and comments', () => {
    expect(documentNesting('{ a }')).toBe(1);
    expect(documentNesting('query($x: [ID!]) { node(id: "[[[{{") { id } }')).toBe(2);
    expect(documentNesting('{ a(b: """ [[[ "\\"" """) }')).toBe(2);
    expect(documentNesting('# [[[[[\n{ a }')).toBe(1);
    expect(documentNesting('{ a(s: "x\\"[[[") }')).toBe(2);
  });

  it('finds thousands of nested lists without recursion', () => {
    expect(
      documentNesting(`{ nodes(ids: ${'['.repeat(50_000)}"x"${']'.repeat(50_000)}) { id } }`),
    ).toBe(50_002);
  });
});
