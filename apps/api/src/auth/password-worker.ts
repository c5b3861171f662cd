/**
 * The process that hashes and checks passwords for the API (see password-hashing.ts). scrypt at
 * OWASP parameters costs ~128 MiB and a good part of a second of CPU per call, on purpose; here,
 * at a lower scheduling priority, it takes the CPU the server leaves idle instead of stalling
 * every other request of the server process.
 */
import { setPriority } from 'node:os';
import { hashPassword, verifyPassword } from './password.ts';
import type { HashJob, HashReply } from './password-hashing.ts';

setPriority(10);

process.on('message', (job: HashJob) => {
  const work =
    job.op === 'hash' ? hashPassword(job.password) : verifyPassword(job.password, job.stored);
  void work.then(
    (result: string | boolean) => send({ id: job.id, result }),
    (error: unknown) =>
      send({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
// The API process went away: nothing is left to answer.
process.on('disconnect', () => process.exit(0));

function send(reply: HashReply): void {
  process.send?.(reply);
}
