import { packageTestConfig } from '../vitest.shared.ts';

// The Cypher linter takes about a second to warm up and longer on a busy machine.
export default packageTestConfig({ testTimeout: 60_000 });
