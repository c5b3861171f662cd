import { describe, expect, it } from 'vitest';
import type { ActorUpsertRow } from './map-actor.ts';
import { actorSlug, kindAndHelix, normaliseWebsite, toActorRow } from './map-actor.ts';
import { DEFAULT_TECH_RULE } from './tech-classification.ts';
import { MemoryUnitWriter } from './unit-writer.ts';
import type { ValidUnit } from './validate-unit.ts';

const unit: ValidUnit = {
  orgNumber: '923609016',
  name: 'NIDAROS KVANTUM AS',
  municipalityCode: '5001',
  registeredMunicipalityCode: '1601',
  organisationForm: 'AS',
  naceCode: '62.010',
  employees: 14,
  founded: '2016-05-02',
  website: 'www.kvantum.no',
};

describe('toActorRow', () => {
  it('maps a valid unit to an Actor upsert row', () => {
    expect(toActorRow(unit, DEFAULT_TECH_RULE)).toEqual({
      orgNumber: '923609016',
      name: 'NIDAROS KVANTUM AS',
      slug: 'nidaros-kvantum-as-09016',
      kind: 'COMPANY',
      helix: 'INDUSTRY',
      naceCode: '62.010',
      employees: 14,
      foundedYear: 2016,
      isTech: true,
      website: 'https://www.kvantum.no',
      municipalityCode: '5001',
      source: 'brreg',
      sourceRef: 'https://data.brreg.no/enhetsregisteret/api/enheter/923609016',
    });
  });

  it('maps organisation forms and higher education to kind and helix', () => {
    expect(kindAndHelix('ENK', null)).toEqual({ kind: 'COMPANY', helix: 'INDUSTRY' });
    expect(kindAndHelix('KOMM', '84.110')).toEqual({ kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' });
    expect(kindAndHelix('STI', '72.190')).toEqual({ kind: 'INTERMEDIARY', helix: 'INDUSTRY' });
    expect(kindAndHelix('ORGL', '85.421')).toEqual({ kind: 'INSTITUTION', helix: 'ACADEMIA' });
    expect(kindAndHelix('XYZ', null)).toEqual({ kind: 'COMPANY', helix: 'INDUSTRY' });
    expect(kindAndHelix(null, null)).toEqual({ kind: 'COMPANY', helix: 'INDUSTRY' });
  });

  it('builds slugs from Norwegian names and normalises websites', () => {
    expect(actorSlug('Ærlig Øl & Å-Bryggeri AS', '914778271')).toBe(
      'aerlig-ol-and-a-bryggeri-as-78271',
    );
    expect(actorSlug('🚀', '914778271')).toBe('enhet-78271');
    expect(actorSlug('X', '914778271', true)).toBe('x-914778271');
    expect(normaliseWebsite('http://a.no')).toBe('http://a.no');
    expect(normaliseWebsite(' ')).toBeNull();
  });
});

describe('MemoryUnitWriter', () => {
  const row = (patch: Partial<ActorUpsertRow> = {}): ActorUpsertRow => ({
    ...toActorRow(unit, DEFAULT_TECH_RULE),
    ...patch,
  });

  it('creates, then reports unchanged, then updates by orgNumber without duplicating', async () => {
    const w = new MemoryUnitWriter({ now: () => 1000 });
    expect(await w.upsertActors([row()])).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await w.upsertActors([row()])).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await w.upsertActors([row({ employees: 20 })])).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(w.size).toBe(1);
    expect(w.get('923609016')?.employees).toBe(20);
  });

  it('never overwrites fields a person edited', async () => {
    const w = new MemoryUnitWriter();
    await w.upsertActors([row()]);
    w.editActor('923609016', { name: 'Nidaros Kvantum', website: 'https://kvantum.example' });
    expect(await w.upsertActors([row()])).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await w.upsertActors([row({ employees: 30, name: 'NEW NAME AS' })])).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    const a = w.get('923609016');
    expect(a).toMatchObject({
      name: 'Nidaros Kvantum',
      website: 'https://kvantum.example',
      employees: 30,
    });
    expect([...(a?.editedFields ?? [])].sort()).toEqual(['name', 'website']);
  });

  it('keeps slugs unique with the nine-digit variant', async () => {
    const w = new MemoryUnitWriter();
    await w.upsertActors([
      row(),
      row({ orgNumber: '914778271', slug: 'nidaros-kvantum-as-09016' }),
    ]);
    expect(w.get('914778271')?.slug).toBe('nidaros-kvantum-as-914778271');
    expect(
      await w.upsertActors([row({ orgNumber: '914778271', slug: 'nidaros-kvantum-as-09016' })]),
    ).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
  });
});
