import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { RateLimitedError } from '../errors.ts';

export type HashJob =
  | { readonly id: number; readonly op: 'hash'; readonly password: string }
  | {
      readonly id: number;
      readonly op: 'verify';
      readonly password: string;
      readonly stored: string;
    };
export type HashReply =
  | { readonly id: number; readonly result: string | boolean }
  | { readonly id: number; readonly error: string };

const WORKER = fileURLToPath(new URL('./password-worker.ts', import.meta.url));
/** Hashes at once: one per core of this 2-core machine class; more only queue in the kernel. */
const IN_FLIGHT = 2;
/**
 * Waiting jobs before new ones are refused. Each takes ~0.5 s, so a full queue is ~15 s of
 * work: beyond that a caller waits longer than it would take to try again.
 */
const MAX_WAITING = 64;

interface Waiting {
  readonly job: HashJob;
  resolve(value: string | boolean): void;
  reject(error: Error): void;
}

/**
 * Password hashing for the API in a child process of lower priority. A burst of logins or
 * sign-ups measured before this: four concurrent scrypts in the server's own thread pool took
 * anonymous requests from p95 13–22 ms to 2–3 s; the same work in another process left them at
 * p95 43 ms. Jobs queue here (at most IN_FLIGHT in the child), and a full queue answers
 * RATE_LIMITED instead of growing without bound.
 */
export class PasswordHashing {
  private readonly maxWaiting: number;
  private child: ChildProcess | null = null;
  private nextId = 1;
  private readonly waiting: Waiting[] = [];
  private readonly running = new Map<number, Waiting>();
  private dummy: Promise<string> | null = null;

  constructor(options: { maxWaiting?: number } = {}) {
    this.maxWaiting = options.maxWaiting ?? MAX_WAITING;
  }

  /** The worker's process id while it runs (it starts on the first job). */
  get workerPid(): number | null {
    return this.child?.pid ?? null;
  }

  hash(password: string): Promise<string> {
    return this.submit({ id: this.nextId++, op: 'hash', password }) as Promise<string>;
  }

  verify(password: string, stored: string): Promise<boolean> {
    return this.submit({ id: this.nextId++, op: 'verify', password, stored }) as Promise<boolean>;
  }

  /**
   * A hash of a random password, made once: logging in to an unknown account still runs one
   * scrypt, so the answer takes as long as for a known account with a wrong password.
   */
  dummyHash(): Promise<string> {
    this.dummy ??= this.hash(randomBytes(16).toString('hex'));
    return this.dummy;
  }

  private submit(job: HashJob): Promise<string | boolean> {
    if (this.waiting.length >= this.maxWaiting) {
      return Promise.reject(
        new RateLimitedError(5, 'The server is busy checking passwords; try again in 5 seconds'),
      );
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running.size < IN_FLIGHT && this.waiting.length > 0) {
      const next = this.waiting.shift() as Waiting;
      const child = this.worker();
      this.running.set(next.job.id, next);
      child.send(next.job);
    }
    // An idle worker must not keep a finished program (a CLI, a test) alive.
    if (this.child?.channel) {
      if (this.running.size > 0) this.child.channel.ref();
      else this.child.channel.unref();
    }
  }

  private worker(): ChildProcess {
    if (this.child) return this.child;
    const child = fork(WORKER, [], {
      execArgv: [],
      // Only what the worker needs: it hashes, so the server's environment (its store password,
      // session secret) stays out of it.
      env: { UV_THREADPOOL_SIZE: String(IN_FLIGHT) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.unref();
    child.on('message', (reply: HashReply) => {
      const done = this.running.get(reply.id);
      if (!done) return;
      this.running.delete(reply.id);
      if ('error' in reply) done.reject(new Error(`Password hashing failed: ${reply.error}`));
      else done.resolve(reply.result);
      this.pump();
    });
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = null;
      // Jobs in the dead worker fail; waiting ones go to a new worker.
      const lost = [...this.running.values()];
      this.running.clear();
      for (const job of lost) {
        job.reject(new Error(`The password worker stopped (${signal ?? code})`));
      }
      this.pump();
    });
    this.child = child;
    return child;
  }
}

/** One worker per API process, started on first use. */
export const passwordHashing = new PasswordHashing();
