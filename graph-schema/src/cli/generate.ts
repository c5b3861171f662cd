import { writeFileSync } from 'node:fs';
import { modelDocPath } from '../model-doc-path.ts';
import { renderModelDoc } from '../model-doc.ts';
import { model } from '../model.ts';

// Writes docs/model.md; the drift test in model-doc.test.ts fails until this has been run.
writeFileSync(modelDocPath, renderModelDoc(model));
console.info(`wrote ${modelDocPath}`);
