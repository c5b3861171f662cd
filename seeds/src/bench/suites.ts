import { registerSuite } from './registry.ts';
import { storeSuite } from './store-suite.ts';

// Other benches register here: registerSuite(searchSuite), and so on.
registerSuite(storeSuite);
