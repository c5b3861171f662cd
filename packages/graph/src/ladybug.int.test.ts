import { openGraph } from './graph.ts';
import { describeGraphContract } from './testing/graph-contract.ts';

describeGraphContract('LadybugDB', () => openGraph({ engine: 'ladybug', path: ':memory:' }));
