import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The durability writer's script (see durability-writer.ts). */
export const DURABILITY_WRITER = fileURLToPath(new URL('./durability-writer.ts', import.meta.url));

export interface KilledRun {
  /** Ids whose commit returned before the kill. */
  readonly acknowledged: string[];
  /** Ids from the check file that the store no longer had when this run opened it. */
  readonly missing: string[];
  /** How many ids the run checked before writing (0 without a check file). */
  readonly checked: number;
}

/**
 * Runs the durability writer until it has acknowledged `acks` writes, then kills it with
 * SIGKILL (it is in the middle of its next transaction by then). With `checkFile`, the writer
 * first reports which previously acknowledged ids it cannot find after reopening the store.
 */
export function writeThenKill(
  path: string,
  topicId: string,
  acks: number,
  checkFile?: string,
): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [DURABILITY_WRITER, path, topicId, ...(checkFile ? [checkFile] : [])],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const run = { acknowledged: [] as string[], missing: [] as string[], checked: 0 };
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) run.acknowledged.push(line.slice(4));
        else if (line.startsWith('missing ')) run.missing.push(line.slice(8));
        else if (line.startsWith('checked ')) run.checked = Number(line.slice(8));
        if (run.acknowledged.length === acks) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(run);
      else reject(new Error(`writer exited before it was killed: ${stderr}`));
    });
  });
}
