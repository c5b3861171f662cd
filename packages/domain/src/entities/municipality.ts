import { z } from 'zod';
import { parseOrThrow } from '../errors.ts';
import { countSchema, textSchema, yearSchema } from '../fields.ts';
import {
  municipalityByCode,
  municipalityCodeFormatSchema,
  municipalityCodeSchema,
} from '../municipalities.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  provenanceCreateShape,
  provenanceShape,
} from './common.ts';

const f = {
  code: municipalityCodeSchema,
  name: textSchema('Name', 1, 100),
  county: textSchema('County', 1, 100),
  population: countSchema('Population'),
  populationYear: yearSchema('Population year'),
  inRegion: z.boolean(),
  formerCodes: z.array(municipalityCodeFormatSchema),
};

export const municipalitySchema = z.object({
  code: f.code,
  name: f.name,
  county: f.county,
  population: f.population.nullable(),
  populationYear: f.populationYear.nullable(),
  inRegion: f.inRegion,
  formerCodes: f.formerCodes.nullable(),
  ...provenanceShape,
});
export type Municipality = z.infer<typeof municipalitySchema>;

/** Name, county, region membership and former codes default from the known list. */
export const municipalityCreateInput = z.strictObject({
  code: f.code,
  name: f.name.optional(),
  county: f.county.optional(),
  population: f.population.nullable().default(null),
  populationYear: f.populationYear.nullable().default(null),
  inRegion: f.inRegion.optional(),
  formerCodes: f.formerCodes.optional(),
  ...provenanceCreateShape,
});
export type MunicipalityCreateInput = z.input<typeof municipalityCreateInput>;
export type MunicipalityCreate = z.output<typeof municipalityCreateInput>;

export const municipalityUpdateInput = z
  .strictObject({
    name: f.name.optional(),
    population: f.population.nullable().optional(),
    populationYear: f.populationYear.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD });
export type MunicipalityUpdateInput = z.input<typeof municipalityUpdateInput>;
export type MunicipalityUpdate = z.output<typeof municipalityUpdateInput>;

export function newMunicipality(input: MunicipalityCreate): Municipality {
  const fact = municipalityByCode(input.code);
  return parseOrThrow(municipalitySchema, {
    ...input,
    name: input.name ?? fact?.name,
    county: input.county ?? fact?.county,
    inRegion: input.inRegion ?? fact?.inRegion ?? false,
    formerCodes: input.formerCodes ?? [...(fact?.formerCodes ?? [])],
  });
}
