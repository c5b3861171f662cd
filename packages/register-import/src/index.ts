/**
 * @kobling/register-import: the Brønnøysund (Enhetsregisteret) importer. Run by the seeds'
 * command line (`npm run import:brreg`, with its benchmarks and fault test) and by the API's
 * admin mutation (importRegister); what they use, nothing more.
 */
export { importBrreg } from './import-brreg.ts';
export type { ImportBrregOptions, ImportProgress, ImportSummary } from './import-brreg.ts';
export { RegisterImportError } from './import-errors.ts';
export { openRegister } from './open-register.ts';
export { openRejectsFile } from './rejects-file.ts';
export type { RejectsFile } from './rejects-file.ts';
export { GraphUnitWriter } from './graph-writer.ts';
export type { UnitWriter } from './unit-writer.ts';
export { createTerminalProgress } from './progress-terminal.ts';
// Generated register files of any size, for benchmarks and the fault test.
export { generateRegisterFile } from './generate-register.ts';
