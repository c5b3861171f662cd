import { runApiBench } from './api-bench.ts';

const result = await runApiBench();
console.info(JSON.stringify(result, null, 2));
