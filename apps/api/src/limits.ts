/**
 * Request limits (graphql-armor), documented in docs/api.md. Sized so the site's heaviest pages
 * (an actor with topics, memberships, people and opportunities; Find partners with 15 match cards,
 * each with its explanation and what-if, beside 100 topics: cost about 23,500) pass with room to
 * spare while a crafted query cannot fan out.
 */
export const LIMITS = {
  /** Nesting of selections (introspection exempt). */
  maxDepth: 10,
  /** Aliased fields per operation. */
  maxAliases: 15,
  /** Lexer tokens per document. */
  maxTokens: 2_000,
  /** graphql-armor's static cost (object 2, scalar 1, ×1.5 per level; introspection exempt). */
  maxCost: 30_000,
  /** Brackets (`{ [ (`) inside one another anywhere in a document, values included. */
  maxNesting: 64,
  /** Directives per operation. */
  maxDirectives: 10,
  /** Items per connection page (`first`). */
  maxPageSize: 100,
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: 100_000,
} as const;
