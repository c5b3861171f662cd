import { describe, expect, it } from 'vitest';
import { fromZodError } from '../errors.ts';
import { personInput } from '../test-factories.ts';
import { newPerson, personCreateInput, personSchema, personUpdateInput } from './person.ts';

const NOW = Date.UTC(2025, 5, 1);

describe('Person', () => {
  it('is unlisted by default and lower-cases the email', () => {
    const person = newPerson(personCreateInput.parse(personInput({ email: 'Kari@NTNU.no' })), NOW);
    expect(person.listed).toBe(false);
    expect(person.consentAt).toBeNull();
    expect(person.email).toBe('kari@ntnu.no');
    expect(personSchema.parse(person)).toEqual(person);
  });

  it('is listed only with consent', () => {
    const result = personCreateInput.safeParse(personInput({ listed: true }));
    expect(result.success).toBe(false);
    expect(fromZodError(result.error!).issues).toEqual([
      {
        path: ['consentAt'],
        message: 'A person can be listed only with consent: consentAt is missing',
      },
    ]);
    const listed = personCreateInput.parse(personInput({ listed: true, consentAt: NOW }));
    expect(newPerson(listed, NOW).listed).toBe(true);
  });

  it('names a bad email', () => {
    const result = personCreateInput.safeParse(personInput({ email: 'kari.ntnu.no' }));
    expect(fromZodError(result.error!).issues).toEqual([
      { path: ['email'], message: 'Invalid email address "kari.ntnu.no"' },
    ]);
  });

  it('update needs a field', () => {
    expect(personUpdateInput.safeParse({}).success).toBe(false);
    expect(personUpdateInput.parse({ title: null })).toEqual({ title: null });
  });
});
