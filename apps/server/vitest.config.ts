import { packageTestConfig } from '../../vitest.shared.ts';

// The load context resolves viewers on a real store: that suite runs on both engines.
export default packageTestConfig({ storeSuites: true });
