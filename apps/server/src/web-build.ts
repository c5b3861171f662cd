/**
 * The site's production build (apps/web/build): built at start when it is missing or older than
 * the site's sources (KOBLING_BUILD=always builds anyway, =never skips the check), then loaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WebConfig } from '@kobling/config';
import type { ServerBuild } from 'react-router';
import { StartError } from './lifecycle.ts';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));
const SERVER_BUILD = join(WEB, 'build/server/index.js');
/** The browser's files: hashed assets and the few files at the build's root. */
export const CLIENT_BUILD = join(WEB, 'build/client');

/** What a build is made from: its sources and build configuration. */
const SOURCES = ['app', 'public', 'vite.config.ts', 'react-router.config.ts', 'package.json'];

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  for (const source of SOURCES) {
    const full = join(WEB, source);
    if (existsSync(full)) visit(full);
  }
  return newest;
}

function isStale(mode: WebConfig['build']): boolean {
  if (mode === 'never') return false;
  return (
    mode === 'always' ||
    !existsSync(SERVER_BUILD) ||
    statSync(SERVER_BUILD).mtimeMs < newestSource()
  );
}

/** Builds the site when it needs it, then loads its server build. */
export async function loadWebBuild(mode: WebConfig['build']): Promise<ServerBuild> {
  if (isStale(mode)) {
    console.info('Building the web app …');
    const require = createRequire(join(WEB, 'package.json'));
    const cli = join(require.resolve('@react-router/dev/package.json'), '..', 'bin.js');
    const result = spawnSync(process.execPath, [cli, 'build'], {
      cwd: WEB,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new StartError('The web app did not build (see above).');
  }
  return (await import(pathToFileURL(SERVER_BUILD).href)) as ServerBuild;
}
