import { z } from 'zod';
import { parseOrThrow } from '../errors.ts';
import { countSchema, idSchema, multilineTextSchema, yearSchema } from '../fields.ts';
import { seedId } from '../ids.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  opt,
  provenanceCreateShape,
  provenanceShape,
} from './common.ts';

const f = {
  year: yearSchema('Year'),
  techCompanies: countSchema('Tech companies'),
  techEmployees: countSchema('Tech employees'),
  note: multilineTextSchema('Note', 0, 500),
};

export const kpiObservationSchema = z.object({
  id: idSchema,
  year: f.year,
  techCompanies: f.techCompanies.nullable(),
  techEmployees: f.techEmployees.nullable(),
  note: f.note.nullable(),
  ...provenanceShape,
});
export type KpiObservation = z.infer<typeof kpiObservationSchema>;

export const kpiObservationCreateInput = z.strictObject({
  id: idSchema.optional(),
  year: f.year,
  techCompanies: opt(f.techCompanies),
  techEmployees: opt(f.techEmployees),
  note: opt(f.note),
  ...provenanceCreateShape,
});
export type KpiObservationCreateInput = z.input<typeof kpiObservationCreateInput>;
export type KpiObservationCreate = z.output<typeof kpiObservationCreateInput>;

export const kpiObservationUpdateInput = z
  .strictObject({
    techCompanies: f.techCompanies.nullable().optional(),
    techEmployees: f.techEmployees.nullable().optional(),
    note: f.note.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD });
export type KpiObservationUpdateInput = z.input<typeof kpiObservationUpdateInput>;
export type KpiObservationUpdate = z.output<typeof kpiObservationUpdateInput>;

/** Without an id, one observation per year and source: `kpi-2018-seed`. */
export function newKpiObservation(input: KpiObservationCreate): KpiObservation {
  const { id, ...rest } = input;
  return parseOrThrow(kpiObservationSchema, {
    ...rest,
    id: id ?? seedId('kpi', input.year, input.source),
  });
}
