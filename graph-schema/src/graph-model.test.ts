import { describe, expect, it } from 'vitest';
import { snakeCase } from './graph-model.ts';

describe('snakeCase', () => {
  it('turns labels, properties and relationship types into constraint-name parts', () => {
    expect(snakeCase('Actor')).toBe('actor');
    expect(snakeCase('KpiObservation')).toBe('kpi_observation');
    expect(snakeCase('orgNumber')).toBe('org_number');
    expect(snakeCase('HAS_TOPIC')).toBe('has_topic');
    expect(snakeCase('URLSlug')).toBe('url_slug');
  });
});
