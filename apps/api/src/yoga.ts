import type { IncomingMessage } from 'node:http';
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { PothosValidationError } from '@pothos/core';
import type { Graph } from '@kobling/graph';
import { LiveProjection } from '@kobling/projection';
import type { SearchSync } from '@kobling/search-sync';
import { GraphQLError, getOperationAST } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { DomainValidationError } from '@kobling/domain';
import { LoginRateLimiter } from './auth/rate-limit.ts';
import { credentialsOf, sessionCookieIn } from './auth/sessions.ts';
import { loadViewer } from './auth/viewer.ts';
import type { Viewer } from './auth/viewer.ts';
import { ViewerCache } from './auth/viewer-cache.ts';
import { createContext } from './context.ts';
import { RegisterImports } from './register-import.ts';
import type { ApiSettings, Context } from './context.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ProjectionUnavailableError,
  RateLimitedError,
  SearchUnavailableError,
  isExpectedError,
} from './errors.ts';
import { compiledExecution } from './graphql/compiled-execution.ts';
import { documentNesting } from './http/document-nesting.ts';
import { readinessPlugin } from './http/readiness.ts';
import { chunksOf, readBodyWithin } from './http/read-limited-body.ts';
import { LIMITS } from './limits.ts';
import { createApiMail } from './mail/runtime.ts';
import type { MailOptions } from './mail/runtime.ts';
import { publicResponseCache } from './public-cache.ts';
import { schema } from './schema/index.ts';
import type { ApiSearch, SearchEngine } from './search/runtime.ts';

/** Headers that prove a request was not a cross-site form post (any non-empty value). */
/**
 * What the caller of `fetch` may pass besides the request. In-process only: the site's server,
 * having resolved the viewer for the HTTP request it serves (`resolveViewer`), passes it so the
 * API does not resolve it again; over HTTP nothing sets it.
 */
export interface ServerContext {
  readonly req?: IncomingMessage;
  readonly viewer?: Viewer;
}

export const CSRF_HEADERS = ['x-kobling-csrf', 'apollo-require-preflight'] as const;

export interface ApiOptions {
  readonly graph: Graph;
  readonly settings?: Partial<ApiSettings>;
  /**
   * The search index kept in sync with the graph (servers always pass one). Without it the
   * `search` and `autocomplete` fields answer SEARCH_UNAVAILABLE and the rest works.
   */
  readonly search?: SearchSync;
  /**
   * The graph projection matchmaking reads. Without it the API follows `graph` with its own,
   * built from the store now; fields that need it wait for it (bounded) meanwhile.
   */
  readonly projection?: LiveProjection;
  /** Where the API's own projection keeps its snapshot, so a restart loads it (servers pass one). */
  readonly projectionSnapshotPath?: string;
  /** Which engine `search` runs on, for `searchStatus` (default embedded). */
  readonly searchEngine?: SearchEngine;
  /**
   * How mail is sent (SMTP_URL) and where its links point (PUBLIC_URL). Without it mail is kept
   * in the development mailbox; either way it is sent only once a server starts the mail jobs.
   */
  readonly mail?: MailOptions;
  /** Where unexpected errors go; console.warn by default (console.error fails tests). */
  readonly logger?: Pick<Console, 'warn'>;
}

/**
 * The code of an error graphql-js, graphql-armor or yoga raised about the request itself. The
 * message is all they give; these are their stable prefixes.
 */
function requestErrorCode(message: string): string {
  if (/^Syntax Error: .*limit of \d+ exceeded/.test(message)) return 'QUERY_LIMIT_EXCEEDED';
  if (message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  if (message.startsWith('Variable "')) return 'BAD_USER_INPUT';
  return 'GRAPHQL_VALIDATION_FAILED';
}

/** A failure the caller caused and is told about; nothing for the server's log. */
function isClientError(error: unknown): boolean {
  return isExpectedError(error) || error instanceof PothosValidationError;
}

function errorCode(error: unknown): string | null {
  if (error instanceof DomainValidationError) return 'BAD_USER_INPUT';
  if (error instanceof NotFoundError) return 'NOT_FOUND';
  if (error instanceof ForbiddenError) return 'FORBIDDEN';
  if (error instanceof ConflictError) return 'CONFLICT';
  if (error instanceof RateLimitedError) return 'RATE_LIMITED';
  if (error instanceof SearchUnavailableError) return 'SEARCH_UNAVAILABLE';
  if (error instanceof ProjectionUnavailableError) return 'PROJECTION_NOT_READY';
  return null;
}

/**
 * Expected errors keep their message (and a code); anything else is masked. Yoga logs every
 * error this replaces; the logger below drops the expected ones.
 */
function maskError() {
  return (error: unknown): Error => {
    if (!(error instanceof GraphQLError)) {
      return new GraphQLError('Unexpected error.', {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    const original = error.originalError;
    // A malformed or wrong-type global id, refused by the relay plugin while reading arguments.
    if (original instanceof PothosValidationError) {
      return new GraphQLError(original.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    if (original === undefined || original === null || original instanceof GraphQLError) {
      // Parse, validation, variable and limit errors: already clear and without a stack; each
      // gets a code, so a client can tell every failure apart by `extensions.code` alone.
      if (error.extensions.code !== undefined) return error;
      return new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        extensions: { ...error.extensions, code: requestErrorCode(error.message) },
      });
    }
    if (isExpectedError(original)) {
      const extensions: Record<string, unknown> = { code: errorCode(original) };
      if (original instanceof DomainValidationError) extensions.fields = original.issues;
      return new GraphQLError(original.message, {
        nodes: error.nodes,
        path: error.path,
        extensions,
      });
    }
    return new GraphQLError('Unexpected error.', {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}

/** The rest of the body is never read: the connection closes after the answer. */
const tooLarge = () =>
  jsonError(413, `Request body is larger than ${LIMITS.maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE', {
    connection: 'close',
  });

function jsonError(
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * Cookies, CSRF and body size. A request authenticated by the session cookie must carry one
 * of CSRF_HEADERS: a browser only adds custom headers to cross-site requests after a CORS
 * preflight we never grant, so a forged form post or link cannot use the cookie. Bearer
 * requests are exempt (a browser never adds that header on its own).
 */
function httpPlugin(contexts: WeakMap<Request, Context>): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? '0');
      if (length > LIMITS.maxBodyBytes) {
        endResponse(tooLarge());
        return;
      }
      const hasSessionCookie = sessionCookieIn(request.headers.get('cookie')) !== undefined;
      if (!hasSessionCookie || request.headers.has('authorization')) return;
      const rendersGraphiQL =
        request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
      if (rendersGraphiQL) return;
      if (!CSRF_HEADERS.some((h) => (request.headers.get(h) ?? '') !== '')) {
        endResponse(
          jsonError(
            403,
            `Requests authenticated by cookie must send the ${CSRF_HEADERS[0]} header (any value)`,
            'CSRF_HEADER_MISSING',
          ),
        );
      }
    },
    // A chunked body declares no length: the limit is enforced on the bytes read, before
    // yoga's own parser (JSON, GraphQL or multipart) sees them.
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (incoming) => {
        let request = incoming;
        if (incoming.body !== null) {
          const bytes = await readBodyWithin(chunksOf(incoming.body), LIMITS.maxBodyBytes);
          if (bytes === null) return tooLarge();
          // A lenient decoder would turn broken UTF-8 into U+FFFD and store text never sent.
          if (!isUtf8(bytes)) {
            return jsonError(400, 'Request body is not valid UTF-8', 'BAD_REQUEST');
          }
          request = new Request(incoming.url, {
            method: incoming.method,
            headers: incoming.headers,
            body: bytes,
          });
        }
        try {
          return await requestParser(request);
        } catch (error) {
          // yoga's GET parser hands `variables` and `extensions` to JSON.parse as they come.
          if (error instanceof SyntaxError) {
            return jsonError(400, `The request is not valid JSON: ${error.message}`, 'BAD_REQUEST');
          }
          throw error;
        }
      });
    },
    onResponse({ request, response }) {
      const ctx = contexts.get(request);
      if (!ctx) return;
      for (const cookie of ctx.responseCookies) response.headers.append('set-cookie', cookie);
    },
  };
}

/** Refuses documents nested deeper than the parser can take, before it tries (see documentNesting). */
function nestingLimitPlugin(): Plugin {
  return {
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      const nesting = documentNesting(source);
      if (nesting > LIMITS.maxNesting) {
        throw new GraphQLError(
          `Nesting limit of ${LIMITS.maxNesting} exceeded, found ${nesting}.`,
          { extensions: { code: 'QUERY_LIMIT_EXCEEDED' } },
        );
      }
    },
  };
}

/**
 * Wakes the search indexer after every mutation, so a write is searchable as soon as the indexer
 * has applied it (well within a second) instead of after its idle sleep.
 */
function searchNotifyPlugin(search: ApiSearch | null): Plugin {
  return {
    onExecute({ args }) {
      if (!search) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      return {
        onExecuteDone() {
          search.sync.indexer.notify();
        },
      };
    },
  };
}

function resolveSettings(partial: Partial<ApiSettings> = {}): ApiSettings {
  const production = partial.production ?? false;
  if (production && !partial.sessionSecret)
    throw new Error('SESSION_SECRET is required in production');
  return {
    production,
    // Outside production a per-process secret is fine: cookies die with the process.
    sessionSecret: partial.sessionSecret ?? randomBytes(32).toString('hex'),
    introductionExpiryMs: partial.introductionExpiryMs ?? 14 * 24 * 60 * 60 * 1000,
    trustProxy: partial.trustProxy ?? false,
    loginLimiter: partial.loginLimiter ?? new LoginRateLimiter(),
    now: partial.now ?? Date.now,
    publicCacheTtlMs: partial.publicCacheTtlMs ?? 0,
    importDir: partial.importDir ?? null,
  };
}

/** The GraphQL API over a graph: a yoga instance to mount (server.ts) or call (`yoga.fetch`). */
export function createApi(options: ApiOptions) {
  const settings = resolveSettings(options.settings);
  const logger = options.logger ?? console;
  const contexts = new WeakMap<Request, Context>();
  const registerImports = new RegisterImports(options.graph, settings.importDir, settings.now);
  const projection =
    options.projection ??
    LiveProjection.follow(options.graph, {
      ...(options.projectionSnapshotPath ? { snapshotPath: options.projectionSnapshotPath } : {}),
      onError: (error) => logger.warn('[kobling-api] graph projection', error),
    });
  const mail = createApiMail(options.graph, settings.sessionSecret, settings.now, options.mail);
  const search: ApiSearch | null = options.search
    ? { sync: options.search, engine: options.searchEngine ?? 'embedded' }
    : null;
  const quiet: YogaLogger = {
    debug: () => {},
    info: () => {},
    warn: (...args: unknown[]) => logger.warn(...args),
    error: (...args: unknown[]) => {
      // A GraphQLError without a path never reached a resolver: it is about the request
      // (parse, validation, variables, limits), the client's mistake, answered with a code.
      const expected = args.every(
        (a) =>
          isClientError(a) ||
          (a instanceof GraphQLError && (a.path === undefined || isClientError(a.originalError))),
      );
      if (!expected) logger.warn('[kobling-api] unexpected error', ...args);
    },
  };

  const viewers = new ViewerCache(options.graph.runner);
  const resolveViewer = (request: Request): Promise<Viewer> =>
    loadViewer(
      options.graph,
      credentialsOf(request, settings.sessionSecret).token,
      settings.now(),
      viewers,
    );

  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // The site is served from the API's own origin; no other origin may call it with the
    // visitor's cookie, so no CORS header is ever sent and every preflight fails.
    cors: false,
    logging: quiet,
    graphiql: settings.production
      ? false
      : { title: 'Kobling API', additionalHeaders: { [CSRF_HEADERS[0]]: '1' } },
    maskedErrors: { maskError: maskError(), errorMessage: 'Unexpected error.', isDev: false },
    plugins: [
      // First: the response cache (next) wraps whichever executor this one picks, so compiled
      // answers are cached too.
      compiledExecution(),
      ...[publicResponseCache(settings.publicCacheTtlMs)].filter((p) => p !== null),
      httpPlugin(contexts),
      nestingLimitPlugin(),
      readinessPlugin(projection),
      searchNotifyPlugin(search),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
        // armor exempts `__typename` by default, which let 600 aliases through.
        maxAliases: { n: LIMITS.maxAliases, allowList: [] },
        maxTokens: { n: LIMITS.maxTokens },
        costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
        maxDirectives: { n: LIMITS.maxDirectives },
        blockFieldSuggestion: { enabled: settings.production },
      }),
    ],
    context: async ({ request, req, viewer: resolved }) => {
      const credentials = credentialsOf(request, settings.sessionSecret);
      const viewer =
        resolved ?? (await loadViewer(options.graph, credentials.token, settings.now(), viewers));
      const forwarded = settings.trustProxy
        ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
        : undefined;
      const ctx = createContext({
        graph: options.graph,
        projection,
        settings,
        search,
        mail,
        viewer,
        credentials,
        address: forwarded || req?.socket.remoteAddress || 'unknown',
        registerImports,
      });
      contexts.set(request, ctx);
      return ctx;
    },
  });
  return Object.assign(yoga, { resolveViewer, mail, projection });
}

export type Api = ReturnType<typeof createApi>;
