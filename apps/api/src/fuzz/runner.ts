import { countStoredRows } from '@kobling/graph';
import { schema } from '../schema/index.ts';
import { signToken, SESSION_COOKIE } from '../auth/sessions.ts';
import { CSRF_HEADERS } from '../yoga.ts';
import { snapshot } from '../testing/fixture.ts';
import { classify } from './classify.ts';
import { requestGenerator, rootFieldNames } from './generator.ts';
import type { FuzzRequest } from './generator.ts';
import { FuzzTally } from './tally.ts';
import type { FuzzResult, OutcomeCounts } from './tally.ts';
import type { FuzzWorld } from './world.ts';

/*
 * Sends the generated requests one after the other through yoga.fetch and judges each answer.
 * Around every request that may write, the store's row counts (the fixture's labels and every
 * relationship type) are read before and after: a mutation that did not succeed and still
 * changed them left a partial write. RateLimit counters are not among them: a failed log-in
 * or sign-up is counted on purpose (auth/rate-limit.ts).
 */

export interface RunOptions {
  readonly seed: number;
  readonly requests: number;
  readonly examples?: number;
  readonly onProgress?: (done: number, totals: OutcomeCounts) => void;
}

async function send(
  world: FuzzWorld,
  request: FuzzRequest,
): Promise<{ status: number; text: string }> {
  const { http } = request;
  const headers = new Headers();
  if (http.contentType) headers.set('content-type', http.contentType);
  if (http.body !== null && http.declareLength) {
    const bytes =
      typeof http.body === 'string' ? Buffer.byteLength(http.body) : http.body.byteLength;
    headers.set('content-length', String(bytes));
  }
  const { token } = world.caller(request.caller);
  if (token && request.auth === 'bearer') headers.set('authorization', `Bearer ${token}`);
  if (token && request.auth === 'cookie') {
    headers.set(
      'cookie',
      `${SESSION_COOKIE}=${encodeURIComponent(signToken(token, world.sessionSecret))}`,
    );
    headers.set(CSRF_HEADERS[0], '1');
  }
  const response = await world.api.fetch(`http://kobling.test/graphql${http.search}`, {
    method: http.method,
    headers,
    // A copy typed as the fetch API wants it (a Uint8Array over a plain ArrayBuffer).
    ...(http.body !== null
      ? { body: typeof http.body === 'string' ? http.body : new Uint8Array(http.body) }
      : {}),
  });
  return { status: response.status, text: await response.text() };
}

/** Every count in the store: the fixture's labels plus every relationship type. */
const storeCounts = (world: FuzzWorld) =>
  snapshot(world.graph, async () => (await countStoredRows(world.graph.runner)).relationships);

function changedCounts(before: string, after: string): string {
  const flat = (json: string) => {
    const { counts, probe } = JSON.parse(json) as {
      counts: Record<string, number>;
      probe: Record<string, number>;
    };
    return { ...counts, ...probe };
  };
  const a = flat(before);
  const b = flat(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k} ${a[k] ?? 0} → ${b[k] ?? 0}`)
    .join(', ');
}

export async function runFuzz(world: FuzzWorld, options: RunOptions): Promise<FuzzResult> {
  const started = performance.now();
  const next = requestGenerator(schema, world.pool, options.seed);
  const tally = new FuzzTally(options.examples ?? 20, rootFieldNames(schema));
  world.drainLog();
  for (let i = 0; i < options.requests; i += 1) {
    const request = next();
    const before = request.mutation ? await storeCounts(world) : null;
    const { status, text } = await send(world, request);
    const verdict = classify(status, text);
    let partialWrite: string | null = null;
    if (before !== null && !verdict.succeededWrite) {
      partialWrite = changedCounts(before, await storeCounts(world)) || null;
    }
    tally.add({ request, status, response: text, verdict, partialWrite, logged: world.drainLog() });
    if (verdict.succeededWrite) await world.keepSignedIn(request.caller);
    options.onProgress?.(i + 1, tally.totals);
  }
  return tally.result(options.seed, performance.now() - started);
}
