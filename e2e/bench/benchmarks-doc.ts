import { fileURLToPath } from 'node:url';

/** docs/benchmarks.md: each e2e benchmark replaces its own section there (seeds' writeSection). */
export const BENCHMARKS_DOC = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));
