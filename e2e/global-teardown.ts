import { rmSync } from 'node:fs';

/** Removes the run's temp store (the server has been asked to stop by then). */
export default function globalTeardown(): void {
  const dir = process.env.KOBLING_E2E_DATA_DIR;
  if (dir && dir.includes('kobling-e2e-')) rmSync(dir, { recursive: true, force: true });
}
