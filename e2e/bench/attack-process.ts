/** Starts the attackers in a child process (attack-worker.ts) and collects what they got back. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AttackGroupFigures, WorkerMessage } from './attack-worker.ts';

const WORKER = fileURLToPath(new URL('./attack-worker.ts', import.meta.url));

export interface AttackReport {
  /** From the first attack request to the last answer. */
  readonly seconds: number;
  /** CPU the attackers' process used meanwhile, in ms. */
  readonly cpuMs: number;
  readonly groups: readonly AttackGroupFigures[];
}

export interface RunningAttack {
  /** Stops sending, waits for the requests in flight and returns the tallies. */
  stop(): Promise<AttackReport>;
}

/** Resolves once the attackers are sending. */
export async function startAttack(base: string): Promise<RunningAttack> {
  const child = fork(WORKER, [base], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const done = new Promise<AttackReport>((resolve, reject) => {
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') resolve(message);
    });
    child.once('exit', (code) => reject(new Error(`the attackers exited (${code}) early`)));
  });
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'started') resolve();
    });
    done.catch(reject);
  });
  return {
    stop: async () => {
      child.send('stop');
      return done;
    },
  };
}
