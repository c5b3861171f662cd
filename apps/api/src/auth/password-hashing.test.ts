import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../errors.ts';
import { PasswordHashing } from './password-hashing.ts';

describe('password hashing in a worker process', () => {
  it('hashes and verifies in another process of lower priority', async () => {
    const hashing = new PasswordHashing();
    const hash = await hashing.hash('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await hashing.verify('correct horse battery staple', hash)).toBe(true);
    expect(await hashing.verify('wrong horse', hash)).toBe(false);
    const pid = hashing.workerPid;
    expect(pid).not.toBeNull();
    expect(pid).not.toBe(process.pid);
    expect(getPriority(pid ?? 0)).toBeGreaterThan(getPriority());
  });

  it('refuses work beyond its queue with RATE_LIMITED instead of queueing without bound', async () => {
    const hashing = new PasswordHashing({ maxWaiting: 2 });
    const accepted = Array.from({ length: 4 }, () => hashing.hash('a password of some length'));
    await expect(hashing.hash('one too many')).rejects.toBeInstanceOf(RateLimitedError);
    expect((await Promise.all(accepted)).every((h) => h.startsWith('scrypt$'))).toBe(true);
  });

  it('a killed worker fails its jobs and the next job starts a new one', async () => {
    const hashing = new PasswordHashing();
    await hashing.hash('warm up');
    const first = hashing.workerPid ?? 0;
    const lost = hashing.hash('in flight');
    process.kill(first, 'SIGKILL');
    await expect(lost).rejects.toThrow(/worker stopped/);
    expect(await hashing.verify('x', await hashing.hash('x'))).toBe(true);
    expect(hashing.workerPid).not.toBe(first);
  });
});
