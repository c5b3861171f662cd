export type { ExportColumn, ExportSink, ExportTable, ExportValue } from './export-table.ts';
export { PROJECTION_TABLES } from './projection-tables.ts';
export { readCsvFile } from './csv-records.ts';
export type { ProjectionTableName } from './projection-tables.ts';
