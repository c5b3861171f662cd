import { fileURLToPath } from 'node:url';

/** Where the generated model documentation is committed: docs/model.md at the repository root. */
export const modelDocPath = fileURLToPath(new URL('../../docs/model.md', import.meta.url));
