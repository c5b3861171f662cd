/**
 * What every seeds command line shares: open the configured store, turn the expected failures
 * (bad configuration, the embedded store held by another process) into one message and exit
 * code 1, and exit explicitly — LadybugDB's native threads can keep a failed process alive.
 */
import { StoreInUseError, openGraph } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { ConfigError, loadStoreConfig } from '@kobling/config';
import type { StoreConfig } from '@kobling/config';

export async function withConfiguredGraph<T>(
  work: (graph: Graph, config: StoreConfig) => Promise<T>,
): Promise<T> {
  const config = loadStoreConfig();
  const graph = await openGraph(config);
  try {
    return await work(graph, config);
  } finally {
    await graph.close();
  }
}

/** Runs a command's main and exits with its code; known failures print their message only. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof StoreInUseError) {
        process.stderr.write(`${error.message}\n`);
      } else if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n${error.usage}\n`);
      } else {
        process.stderr.write(
          `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      }
      process.exit(1);
    },
  );
}

/** Bad command-line arguments: the message and the usage line are printed. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly usage: string;
  constructor(message: string, usage: string) {
    super(message);
    this.usage = usage;
  }
}
