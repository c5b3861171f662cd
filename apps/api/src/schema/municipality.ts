import { MunicipalityRef } from './refs.ts';

MunicipalityRef.implement({
  description: 'A Norwegian municipality (kommune)',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    county: t.exposeString('county'),
    population: t.exposeInt('population', { nullable: true }),
    populationYear: t.exposeInt('populationYear', { nullable: true }),
    inRegion: t.exposeBoolean('inRegion'),
  }),
});
