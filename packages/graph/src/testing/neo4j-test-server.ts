import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

/** tools/neo4j-test-server: a pom.xml and one Java file that start Neo4j 5.26 with Bolt. */
const TOOL_DIR = fileURLToPath(new URL('../../../../tools/neo4j-test-server/', import.meta.url));
const SOURCE = join(TOOL_DIR, 'src/main/java/no/kobling/neo4j/Neo4jTestServer.java');
const CLASSES = join(TOOL_DIR, 'target/classes');
const CLASS_FILE = join(CLASSES, 'no/kobling/neo4j/Neo4jTestServer.class');
const CLASSPATH_FILE = join(TOOL_DIR, 'target/classpath.txt');
const BUILD_LOCK = join(TOOL_DIR, 'target/.build-lock');
const MAIN_CLASS = 'no.kobling.neo4j.Neo4jTestServer';
const START_TIMEOUT_MS = 180_000;
const BUILD_WAIT_MS = 600_000;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** The tools the test server needs that this machine lacks (empty when it can run). */
export function missingNeo4jPrerequisites(): string[] {
  return ['java', 'mvn'].filter((command) => !onPath(command));
}

function isBuilt(): boolean {
  if (!existsSync(CLASS_FILE) || !existsSync(CLASSPATH_FILE)) return false;
  const built = statSync(CLASS_FILE).mtimeMs;
  return [SOURCE, join(TOOL_DIR, 'pom.xml')].every((file) => statSync(file).mtimeMs <= built);
}

/**
 * Compiles the server and resolves its jars through Maven (into ~/.m2) unless that is done.
 * Several test runs may start at once (turbo runs packages side by side): the first builds,
 * the others wait for its result.
 */
export async function buildNeo4jTestServer(): Promise<void> {
  if (isBuilt()) return;
  mkdirSync(join(TOOL_DIR, 'target'), { recursive: true });
  const deadline = Date.now() + BUILD_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      if (isBuilt()) return;
      if (Date.now() > deadline) {
        throw new Error(`Neo4j test server: gave up waiting for another build (${BUILD_LOCK})`);
      }
      await sleep(500);
    }
  }
  try {
    if (isBuilt()) return;
    const result = spawnSync('mvn', ['-q', '-B', 'compile'], {
      cwd: TOOL_DIR,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-20);
      throw new Error(
        `Neo4j test server: 'mvn compile' in ${TOOL_DIR} failed:\n${output.join('\n')}`,
      );
    }
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export interface Neo4jTestServer {
  /** One Bolt URI per database, each a separate Neo4j DBMS with a temporary folder. */
  readonly uris: readonly string[];
  stop(): Promise<void>;
}

export interface Neo4jTestServerOptions {
  readonly instances: number;
  readonly pageCacheMb?: number;
  readonly heap?: string;
}

/** Starts the Java test server (building it first if needed) and waits until every database answers. */
export async function startNeo4jTestServer(
  options: Neo4jTestServerOptions,
): Promise<Neo4jTestServer> {
  await buildNeo4jTestServer();
  const classpath = `${CLASSES}${delimiter}${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const heap = options.heap ?? '1536m';
  const child = spawn(
    'java',
    [
      `-Xmx${heap}`,
      '-XX:+UseSerialGC',
      '-cp',
      classpath,
      MAIN_CLASS,
      '--instances',
      String(options.instances),
      '--page-cache-mb',
      String(options.pageCacheMb ?? 128),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 50) stderr.shift();
  });

  const uris = await new Promise<string[]>((resolve, reject) => {
    const found: string[] = [];
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j test server: not ready after ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`Neo4j test server exited (${code}) before it was ready: ${stderr.join('')}`),
      );
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.map((l) => l.trim())) {
        if (line.startsWith('bolt://')) found.push(line);
        if (line === 'READY') {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve(found);
        }
      }
    });
  });

  return {
    uris,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Closing its input is the server's signal to shut its databases down and remove them.
      child.stdin.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
