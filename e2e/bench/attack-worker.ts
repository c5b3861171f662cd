/**
 * The attackers, in a process of their own (forked by attack-process.ts) so their work never
 * delays the measuring process's event loop and inflates the visitors' latencies. Runs until
 * the parent sends 'stop', lets the requests in flight finish, then sends what came back.
 */
import { logInUnknownEmail, signUpFreshEmail } from './account-attacks.ts';
import { OutcomeTally } from './attack-outcome.ts';
import type { AttackOutcome, KindFigures } from './attack-outcome.ts';
import { closedLoop } from './closed-loop.ts';
import { OVERSIZED_VARIANTS, postOversized } from './oversized-post.ts';

interface AttackerGroup {
  readonly concurrency: number;
  send(base: string, client: number, sent: number): Promise<AttackOutcome>;
}

export interface AttackGroupFigures {
  readonly concurrency: number;
  readonly kinds: readonly KindFigures[];
}

export type WorkerMessage =
  | { readonly type: 'started' }
  | {
      readonly type: 'done';
      readonly seconds: number;
      /** CPU this process used while attacking, in ms. */
      readonly cpuMs: number;
      readonly groups: AttackGroupFigures[];
    };

const GROUPS: readonly AttackerGroup[] = [
  { concurrency: 4, send: logInUnknownEmail },
  { concurrency: 10, send: signUpFreshEmail },
  {
    concurrency: 2,
    // The two clients take the four variants in turn, so each is sent about as often.
    send: (base, client, sent) =>
      postOversized(base, OVERSIZED_VARIANTS[(client + sent) % OVERSIZED_VARIANTS.length]!),
  },
];

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve, reject) =>
    process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );
}

const base = process.argv[2];
if (!base || !process.send) throw new Error('attack-worker.ts is forked by attack-process.ts');

let running = true;
process.once('message', () => {
  running = false;
});
// The bench went away (it failed or was stopped): nobody is left to stop or read this one.
process.once('disconnect', () => process.exit(1));
const tallies = GROUPS.map(() => new OutcomeTally());
const start = performance.now();
const cpuStart = process.cpuUsage();
const attacks = GROUPS.map((group, i) =>
  closedLoop(
    group.concurrency,
    () => running,
    async (client, sent) => tallies[i]!.add(await group.send(base, client, sent)),
  ),
);
await send({ type: 'started' });
await Promise.all(attacks);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
await send({
  type: 'done',
  seconds,
  cpuMs: (cpu.user + cpu.system) / 1000,
  groups: GROUPS.map((g, i) => ({
    concurrency: g.concurrency,
    kinds: tallies[i]!.figures(seconds),
  })),
});
// Keep-alive sockets to the server would hold the process open for seconds more.
process.exit(0);
