/** Test factories for the importer's tests and its callers' (seeds' command line tests). */
export {
  TEST_CSV_COLUMNS,
  csvRegister,
  jsonRegister,
  testUnit,
  writeRegister,
} from './register-units.ts';
export type { TestUnit } from './register-units.ts';
export { testMunicipalityRows } from './municipality-rows.ts';
