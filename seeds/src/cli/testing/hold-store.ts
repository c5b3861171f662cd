/**
 * Test helper process: opens the embedded store at argv[2], prints "ready", and keeps it open
 * until stdin closes (the test ends it), so another process finds the store in use.
 */
import { openGraph } from '@kobling/graph';

const graph = await openGraph({ engine: 'ladybug', path: process.argv[2] ?? '' });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  void graph.close().then(() => process.exit(0));
});
