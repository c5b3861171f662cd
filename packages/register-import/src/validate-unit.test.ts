import { describe, expect, it } from 'vitest';
import { resolveMunicipality } from './municipalities.ts';
import type { RawUnit } from './raw-unit.ts';
import { validateUnit } from './validate-unit.ts';

const good = {
  organisasjonsnummer: '923609016',
  navn: 'EQUINOR ASA',
  organisasjonsform: { kode: 'ASA' },
  naeringskode1: { kode: '06.100' },
  antallAnsatte: 21000,
  forretningsadresse: { kommunenummer: '5001', kommune: 'TRONDHEIM', landkode: 'NO' },
  stiftelsesdato: '1972-09-18',
  hjemmeside: 'www.equinor.com',
  konkurs: false,
  underAvvikling: false,
} as const;

const withUnit = (patch: Record<string, unknown>): RawUnit => ({ ...good, ...patch });

describe('resolveMunicipality', () => {
  it('maps every pre-2020 code of the region to today’s code', () => {
    const pairs: [string, string][] = [
      ['1601', '5001'],
      ['1662', '5001'],
      ['5030', '5001'],
      ['1714', '5035'],
      ['1663', '5031'],
      ['1653', '5028'],
      ['1657', '5029'],
      ['1648', '5027'],
      ['1638', '5059'],
      ['5024', '5059'],
      ['1624', '5054'],
      ['1718', '5054'],
      ['5001', '5001'],
      ['5059', '5059'],
    ];
    for (const [from, to] of pairs)
      expect(resolveMunicipality(from)).toEqual({ status: 'REGION', code: to });
  });
  it('tells codes outside the region from codes that do not exist', () => {
    expect(resolveMunicipality('0301').status).toBe('OUTSIDE');
    expect(resolveMunicipality('5006').status).toBe('OUTSIDE');
    expect(resolveMunicipality('5012').status).toBe('OUTSIDE');
    for (const c of ['9999', '0000', '12A4', '50', '50011', '5000'])
      expect(resolveMunicipality(c).status).toBe('UNKNOWN');
  });
  it('knows every code of Trøndelag (county 50, and 16 / 17 before 2018): any other code there is unknown', () => {
    for (const c of ['5099', '5002', '5062', '1699', '1799'])
      expect(resolveMunicipality(c).status, c).toBe('UNKNOWN');
    // A split former code is known, but cannot be placed in the region.
    expect(resolveMunicipality('1613').status).toBe('OUTSIDE');
    expect(validateUnit(withUnit({ forretningsadresse: { kommunenummer: '5099' } }))).toEqual({
      status: 'REJECTED',
      reason: 'UNKNOWN_MUNICIPALITY',
      detail: 'kommunenummer "5099" is not a known municipality code',
      orgNumber: good.organisasjonsnummer,
    });
  });
});

describe('validateUnit', () => {
  it('accepts a regional unit and narrows its fields', () => {
    expect(validateUnit(withUnit({ forretningsadresse: { kommunenummer: '1601' } }))).toEqual({
      status: 'VALID',
      unit: {
        orgNumber: '923609016',
        name: 'EQUINOR ASA',
        municipalityCode: '5001',
        registeredMunicipalityCode: '1601',
        organisationForm: 'ASA',
        naceCode: '06.100',
        employees: 21000,
        founded: '1972-09-18',
        website: 'www.equinor.com',
      },
    });
  });

  it.each([
    [{ organisasjonsnummer: undefined }, 'MISSING_ORG_NUMBER'],
    [{ organisasjonsnummer: '  ' }, 'MISSING_ORG_NUMBER'],
    [{ organisasjonsnummer: '92360901' }, 'ORG_NUMBER_FORMAT'],
    [{ organisasjonsnummer: '92360901A' }, 'ORG_NUMBER_FORMAT'],
    [{ organisasjonsnummer: '923609017' }, 'ORG_NUMBER_CHECKSUM'],
    [{ navn: undefined }, 'MISSING_NAME'],
    [{ navn: ' ' }, 'MISSING_NAME'],
    [{ navn: 42 }, 'MISSING_NAME'],
    [{ forretningsadresse: undefined }, 'MISSING_MUNICIPALITY'],
    [{ forretningsadresse: { kommune: 'TRONDHEIM', landkode: 'NO' } }, 'MISSING_MUNICIPALITY'],
    [{ forretningsadresse: { kommunenummer: '9999' } }, 'UNKNOWN_MUNICIPALITY'],
    [{ forretningsadresse: { kommunenummer: 'ABCD' } }, 'UNKNOWN_MUNICIPALITY'],
  ])('rejects %j with %s', (patch, reason) => {
    expect(validateUnit(withUnit(patch))).toMatchObject({ status: 'REJECTED', reason });
  });

  it('keeps the offending org number in the rejection and a readable detail', () => {
    expect(validateUnit(withUnit({ organisasjonsnummer: '923609017' }))).toEqual({
      status: 'REJECTED',
      reason: 'ORG_NUMBER_CHECKSUM',
      detail: 'Organisation number 923609017 fails the mod-11 check digit (expected 6, got 7)',
      orgNumber: '923609017',
    });
  });

  it('filters units outside the region, abroad, bankrupt, dissolving or deleted instead of rejecting them', () => {
    expect(validateUnit(withUnit({ forretningsadresse: { kommunenummer: '0301' } })).status).toBe(
      'OUT_OF_REGION',
    );
    expect(validateUnit(withUnit({ forretningsadresse: { landkode: 'SE' } })).status).toBe(
      'OUT_OF_REGION',
    );
    expect(validateUnit(withUnit({ konkurs: true })).status).toBe('INACTIVE');
    expect(validateUnit(withUnit({ underAvvikling: 'true' })).status).toBe('INACTIVE');
    expect(validateUnit(withUnit({ underTvangsavviklingEllerTvangsopplosning: true })).status).toBe(
      'INACTIVE',
    );
    expect(validateUnit(withUnit({ slettedato: '2020-01-01' })).status).toBe('INACTIVE');
    // Region is decided before activity, so the counts stay disjoint.
    expect(
      validateUnit(withUnit({ konkurs: true, forretningsadresse: { kommunenummer: '0301' } }))
        .status,
    ).toBe('OUT_OF_REGION');
  });

  it('reads CSV strings: numbers and the "false" flag', () => {
    const v = validateUnit(withUnit({ antallAnsatte: '12', konkurs: 'false', underAvvikling: '' }));
    expect(v).toMatchObject({ status: 'VALID', unit: { employees: 12 } });
  });
});
