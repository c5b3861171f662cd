/**
 * The process around the server: the expected ways a start fails (bad configuration, the
 * embedded store held by another process, the port in use) end it with their message and exit
 * code 1; SIGINT and SIGTERM stop it in order (server, then whatever `stop` closes).
 */
import type { Server } from 'node:http';
import { ConfigError } from '@kobling/config';
import { StoreInUseError } from '@kobling/graph';

/** A start that cannot go on, for a reason the message explains (no stack needed). */
export class StartError extends Error {
  override readonly name = 'StartError';
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Runs the start; the expected failures print their message only and exit with code 1. */
export async function runStart(start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof StoreInUseError ||
      error instanceof StartError
    ) {
      exitWith(error.message);
    }
    throw error;
  }
}

/**
 * Serves until SIGINT or SIGTERM, then closes the server and its open connections and awaits
 * `stop`. A port in use closes what was opened and exits with a message saying so.
 */
export function serveUntilStopped(server: Server, port: number, stop: () => Promise<void>): void {
  server.on('error', (error: NodeJS.ErrnoException) => {
    void stop().finally(() =>
      exitWith(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is in use; set PORT to another port.`
          : error.message,
      ),
    );
  });
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: stopping …`);
    server.close();
    server.closeAllConnections();
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
}
