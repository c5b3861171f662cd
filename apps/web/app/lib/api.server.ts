import { print } from '@0no-co/graphql.web';
import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
import type { AppLoadContext } from 'react-router';
import './load-context.ts';

/*
 * The server-side GraphQL client. Each call sends one typed document (lib/graphql.ts), forwards
 * the browser's cookie (so the API sees the same session), sets the API's CSRF header
 * (cookie-authenticated requests must carry it), and collects the API's Set-Cookie headers so
 * actions can pass them back to the browser.
 */

/** Header the API's CSRF prevention requires on cookie-authenticated requests. */
export const CSRF_HEADER = 'x-kobling-csrf';

export interface GraphQLErrorShape {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Record<string, unknown>;
}

/** The API answered with GraphQL errors (not typed error results): unexpected for the site. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly errors: readonly GraphQLErrorShape[];
  readonly status: number;
  constructor(errors: readonly GraphQLErrorShape[], status: number) {
    super(errors.map((e) => e.message).join('; ') || `API answered ${status}`);
    this.errors = errors;
    this.status = status;
  }

  /** True when every error is the API's "not allowed" or "sign in". */
  get forbidden(): boolean {
    return (
      this.errors.length > 0 &&
      this.errors.every((e) => /sign in|not allowed|forbidden/i.test(e.message))
    );
  }
}

export interface ApiArgs {
  readonly request: Request;
  readonly context: AppLoadContext;
}

export interface ApiResult<T> {
  readonly data: T;
  /** Set-Cookie values from the API, to hand back to the browser. */
  readonly setCookies: readonly string[];
  /** Errors next to partial data (only when `partial` was asked for). */
  readonly errors: readonly GraphQLErrorShape[];
}

interface Options {
  /** Return partial data with errors instead of throwing. */
  readonly partial?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document, whatever its types
type AnyDocument = TadaDocumentNode<any, any>;

/*
 * Each document is printed once: the text is the same object every time, so the API's parse and
 * validation caches (keyed by the text) hit.
 */
const printed = new WeakMap<AnyDocument, string>();

function textOf(document: AnyDocument): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export async function api<Document extends AnyDocument>(
  args: ApiArgs,
  document: Document,
  variables: VariablesOf<Document>,
  options: Options = {},
): Promise<ApiResult<ResultOf<Document>>> {
  const { request, context } = args;
  const headers = new Headers({
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    [CSRF_HEADER]: '1',
  });
  const cookie = request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  if (context.clientAddress) headers.set('x-forwarded-for', context.clientAddress);
  const response = await context.api.fetch(
    new Request(context.api.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: textOf(document), variables }),
    }),
  );
  const setCookies = response.headers.getSetCookie();
  let body: { data?: ResultOf<Document> | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(
      [{ message: `API answered ${response.status} without JSON` }],
      response.status,
    );
  }
  const errors = body.errors ?? [];
  if (body.data == null || (errors.length > 0 && !options.partial)) {
    throw new ApiError(errors, response.status);
  }
  return { data: body.data, setCookies, errors };
}

/** The headers that pass the API's Set-Cookie on to the browser. */
export function cookieHeaders(setCookies: readonly string[], extra?: HeadersInit): Headers {
  const headers = new Headers(extra);
  for (const c of setCookies) headers.append('set-cookie', c);
  return headers;
}
