import type { Graph } from '@kobling/graph';
import { openTestGraph } from '@kobling/graph/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginRateLimiter } from './rate-limit.ts';

describe('login and sign-up limits kept in the store', () => {
  let graph: Graph;
  let now = 1_700_000_000_000;
  const clock = () => now;

  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());

  it('a guesser at one address cannot lock the owner out from another', async () => {
    const limiter = new LoginRateLimiter({ perAccountAddress: 5, windowMs: 60_000 }, clock);
    for (let i = 0; i < 5; i += 1) await limiter.recordFailure(graph, 'owner@x.test', 'attacker');
    expect(await limiter.retryAfter(graph, 'owner@x.test', 'attacker')).toBe(60);
    expect(await limiter.retryAfter(graph, 'owner@x.test', 'owner-home')).toBe(0);
    now += 60_000;
    expect(await limiter.retryAfter(graph, 'owner@x.test', 'attacker')).toBe(0);
  });

  it('one address trying many accounts is stopped; so are many addresses on one account', async () => {
    const limiter = new LoginRateLimiter(
      { perAccountAddress: 5, perAddress: 3, perAccount: 4, windowMs: 60_000 },
      clock,
    );
    for (const account of ['a', 'b', 'c']) await limiter.recordFailure(graph, account, 'ip-1');
    expect(await limiter.retryAfter(graph, 'd', 'ip-1')).toBe(60);
    for (const address of ['ip-2', 'ip-3', 'ip-4', 'ip-5']) {
      await limiter.recordFailure(graph, 'target', address);
    }
    expect(await limiter.retryAfter(graph, 'target', 'ip-6')).toBe(60);
  });

  it('success clears only what this address did to the account', async () => {
    const limiter = new LoginRateLimiter({ perAccountAddress: 2, windowMs: 60_000 }, clock);
    await limiter.recordFailure(graph, 'e', 'ip-9');
    await limiter.recordFailure(graph, 'e', 'ip-9');
    expect(await limiter.retryAfter(graph, 'e', 'ip-9')).toBe(60);
    await limiter.recordSuccess(graph, 'e', 'ip-9');
    expect(await limiter.retryAfter(graph, 'e', 'ip-9')).toBe(0);
  });

  it('counts sign-ups per address, and another limiter (another instance) sees the same counts', async () => {
    const first = new LoginRateLimiter({ signUpsPerAddress: 2, windowMs: 60_000 }, clock);
    const second = new LoginRateLimiter({ signUpsPerAddress: 2, windowMs: 60_000 }, clock);
    expect(await first.attemptRetryAfter(graph, 'sign-up', 'ip-s')).toBe(0);
    expect(await second.attemptRetryAfter(graph, 'sign-up', 'ip-s')).toBe(0);
    expect(await first.attemptRetryAfter(graph, 'sign-up', 'ip-s')).toBe(60);
    expect(await second.retryAfter(graph, 'nobody', 'ip-s')).toBe(0);
  });
});
