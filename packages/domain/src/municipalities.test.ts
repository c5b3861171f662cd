import { describe, expect, it } from 'vitest';
import {
  MUNICIPALITIES,
  REGION_MUNICIPALITY_CODES,
  currentMunicipalityCode,
  isRegionMunicipality,
  municipalityByCode,
  municipalityCodeError,
  municipalityCodeFormatError,
  municipalityCodeFormatSchema,
  municipalityCodeSchema,
} from './municipalities.ts';

describe('municipalities', () => {
  it('marks exactly the eight members of Trondheimsregionen', () => {
    expect([...REGION_MUNICIPALITY_CODES].sort()).toEqual(
      ['5001', '5027', '5028', '5029', '5031', '5035', '5054', '5059'].sort(),
    );
    expect(municipalityByCode('5054')?.name).toBe('Indre Fosen');
  });

  it('lists the 38 current Trøndelag municipalities, with unique current and former codes', () => {
    expect(MUNICIPALITIES).toHaveLength(38);
    const codes = MUNICIPALITIES.map((m) => m.code);
    const former = MUNICIPALITIES.flatMap((m) => m.formerCodes);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(former).size).toBe(former.length);
    expect(former.filter((c) => codes.includes(c))).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^50\d{2}$/);
  });

  it.each([
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
  ])('maps %s to today’s %s', (former, current) => {
    expect(currentMunicipalityCode(former)).toBe(current);
    expect(isRegionMunicipality(former)).toBe(true);
  });

  it('knows codes outside the region', () => {
    expect(currentMunicipalityCode('1702')).toBe('5006');
    expect(isRegionMunicipality('5025')).toBe(false);
    expect(currentMunicipalityCode('0301')).toBeNull();
    expect(isRegionMunicipality('9999')).toBe(false);
  });

  it('accepts current codes and names the unknown code', () => {
    expect(municipalityCodeError('5001')).toBeNull();
    expect(municipalityCodeError('9999')).toBe('Unknown municipality code 9999');
    expect(municipalityCodeSchema.safeParse('9999').error?.issues[0]?.message).toBe(
      'Unknown municipality code 9999',
    );
  });

  it('says a code has four digits, the one message wherever a code is checked', () => {
    for (const code of ['501', '50011', 'abcd', '']) {
      expect(municipalityCodeFormatError(code)).toBe(
        'A municipality code (kommunenummer) has four digits',
      );
      expect(municipalityCodeError(code)).toBe(municipalityCodeFormatError(code));
    }
    expect(municipalityCodeFormatError('0301')).toBeNull();
    expect(municipalityCodeFormatSchema.safeParse('12a4').error?.issues[0]?.message).toBe(
      'A municipality code (kommunenummer) has four digits',
    );
  });

  it('refuses control characters instead of echoing them', () => {
    expect(municipalityCodeError('50\u000001')).toBe(
      'Municipality code must not contain control characters (found U+0000 at character 3)',
    );
  });

  it('gives no single successor for a split municipality', () => {
    expect(currentMunicipalityCode('5012')).toBeNull();
    expect(isRegionMunicipality('1613')).toBe(false);
    expect(municipalityCodeError('5012')).toBe(
      'Municipality code 5012 is no longer in use; its area was split between 5059 Orkland, 5056 Hitra, 5055 Heim',
    );
  });

  it('tells a former code from an unknown one', () => {
    expect(municipalityCodeError('1601')).toBe(
      'Municipality code 1601 is no longer in use; today it is 5001 (Trondheim)',
    );
  });
});
