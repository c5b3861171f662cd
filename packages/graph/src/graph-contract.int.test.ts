import { describeGraphContract } from './testing/graph-contract.ts';
import { openTestGraph, testEngine } from './testing/test-graph.ts';

describeGraphContract(testEngine(), () => openTestGraph());
