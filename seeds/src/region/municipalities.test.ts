import { describe, expect, it } from 'vitest';
import {
  PLAN_2010_MUNICIPALITIES,
  REGION_MUNICIPALITIES,
  REGION_POPULATION_2023,
  municipalityRows,
  toCurrentRegionCode,
} from './municipalities.ts';

describe('region municipalities', () => {
  it('are the eight members with the codes and 2023 populations of region-facts §0', () => {
    const byName = Object.fromEntries(REGION_MUNICIPALITIES.map((m) => [m.name, m]));
    expect(Object.fromEntries(REGION_MUNICIPALITIES.map((m) => [m.name, m.code]))).toEqual({
      Trondheim: '5001',
      Stjørdal: '5035',
      Malvik: '5031',
      Melhus: '5028',
      Skaun: '5029',
      'Midtre Gauldal': '5027',
      Orkland: '5059',
      'Indre Fosen': '5054',
    });
    expect(byName.Trondheim?.formerCodes).toEqual(expect.arrayContaining(['1601', '5030', '1662']));
    expect(byName.Orkland?.formerCodes).toEqual(expect.arrayContaining(['5024', '1638']));
    expect(byName['Indre Fosen']?.formerCodes).toEqual(expect.arrayContaining(['1624', '1718']));
    expect(byName.Stjørdal?.formerCodes).toEqual(['1714']);
    expect(byName.Trondheim?.population).toBe(212_660);
    const sum = REGION_MUNICIPALITIES.reduce((s, m) => s + m.population, 0);
    expect(sum).toBe(REGION_POPULATION_2023.population);
  });

  it('map current and former codes to today’s, and nothing else', () => {
    expect(toCurrentRegionCode('5001')).toBe('5001');
    expect(toCurrentRegionCode('1662')).toBe('5001');
    expect(toCurrentRegionCode('5024')).toBe('5059');
    expect(toCurrentRegionCode('1718')).toBe('5054');
    expect(toCurrentRegionCode('5006')).toBeNull();
    expect(toCurrentRegionCode('')).toBeNull();
  });

  it('map the ten municipalities of the 2010 plan to today’s', () => {
    expect(PLAN_2010_MUNICIPALITIES).toHaveLength(10);
    const today = Object.fromEntries(PLAN_2010_MUNICIPALITIES.map((m) => [m.name, m.today]));
    expect(today).toMatchObject({
      Klæbu: 'Trondheim',
      Orkdal: 'Orkland',
      Rissa: 'Indre Fosen',
      Leksvik: 'Indre Fosen',
    });
    for (const m of PLAN_2010_MUNICIPALITIES) {
      expect(toCurrentRegionCode(m.codeThen)).toBe(m.todayCode);
      expect(REGION_MUNICIPALITIES.find((r) => r.code === m.todayCode)?.name).toBe(m.today);
    }
  });

  it('become rows in Trøndelag, in the region, with the 2023 population', () => {
    for (const row of municipalityRows()) {
      expect(row).toMatchObject({
        county: 'Trøndelag',
        inRegion: true,
        populationYear: 2023,
        source: 'seed',
      });
      expect(String(row.sourceRef)).toMatch(/^https?:\/\//);
    }
  });
});
