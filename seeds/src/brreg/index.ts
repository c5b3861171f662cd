/** The Brønnøysund (Enhetsregisteret) importer: public surface of seeds/src/brreg. */
export { importBrreg } from './import-brreg.ts';
export type {
  ImportBrregOptions,
  ImportProgress,
  ImportSummary,
  RejectedRow,
} from './import-brreg.ts';
export { ImportStoppedError, RegisterFileError, RegisterImportError } from './import-errors.ts';
export { openRegister } from './open-register.ts';
export type { RegisterSource } from './open-register.ts';
export { openRejectsFile } from './rejects-file.ts';
export type { RejectsFile } from './rejects-file.ts';
export { REQUIRED_CSV_COLUMNS } from './csv-header.ts';
export { MemoryUnitWriter } from './unit-writer.ts';
export type { StoredActor, UnitWriter, WriteCounts } from './unit-writer.ts';
export {
  BRREG_UNIT_URL,
  IMPORTED_FIELDS,
  ORGANISATION_FORMS,
  actorSlug,
  kindAndHelix,
  toActorRow,
} from './map-actor.ts';
export type { ActorUpsertRow, ImportedField } from './map-actor.ts';
export {
  DEFAULT_TECH_PREFIXES,
  DEFAULT_TECH_RULE,
  HIGH_TECH_KIS,
  HIGH_TECH_MANUFACTURING,
  MEDIUM_HIGH_TECH_MANUFACTURING,
  createTechRule,
} from './tech-classification.ts';
export type { TechRule } from './tech-classification.ts';
export { REJECT_REASONS, validateUnit } from './validate-unit.ts';
export type { RejectReason, Validation, ValidUnit } from './validate-unit.ts';
export { resolveMunicipality } from './municipalities.ts';
export type { MunicipalityResolution } from './municipalities.ts';
export { JsonArraySplitter } from './json-array-splitter.ts';
export { CsvSplitter } from './csv-splitter.ts';
export { readCsvUnits, readJsonUnits } from './readers.ts';
export type { RawUnit, ReadItem, RowPosition } from './raw-unit.ts';
export type { RegisterFormat } from './input.ts';
export { createTerminalProgress, formatProgressLine, formatSummary } from './progress-terminal.ts';
export type { TerminalProgress, TerminalProgressOptions } from './progress-terminal.ts';
export { generateRegisterFile } from './generate-register.ts';
export type {
  ExpectedImport,
  ExpectedRejection,
  GenerateRegisterOptions,
} from './generate-register.ts';
export { brregParseSuite, runImportParseBench } from './bench.ts';
export type { ParseBenchCase, ParseBenchResult } from './bench.ts';
