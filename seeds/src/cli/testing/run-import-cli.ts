/**
 * Runs `npm run import:brreg` (src/cli/import-brreg.ts) in a child process with the Node that
 * runs the tests, so a test sees exactly what a person sees: the exit code and stderr.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../import-brreg.ts', import.meta.url));

export interface ImportCliRun {
  readonly code: number | null;
  readonly stderr: string;
}

/** `env` names the store (KOBLING_DATA_DIR, or NEO4J_*); NEO4J_URI is cleared unless given. */
export function runImportCli(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<ImportCliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, NEO4J_URI: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
