import { describe, expect, it } from 'vitest';
import { DomainValidationError, fromZodError } from '../errors.ts';
import { isUuidv7 } from '../ids.ts';
import { actorInput } from '../test-factories.ts';
import { applyUpdate } from './common.ts';
import { actorCreateInput, actorSchema, actorUpdateInput, newActor } from './actor.ts';

const NOW = Date.UTC(2025, 5, 1);
const issuesOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? [] : fromZodError(result.error as never).issues;

describe('Actor', () => {
  it('builds a stored actor: UUIDv7 id, slug from name, helix from kind, timestamps', () => {
    const actor = newActor(actorCreateInput.parse(actorInput({ name: 'Blåbær Robotikk AS' })), NOW);
    expect(isUuidv7(actor.id)).toBe(true);
    expect(actor.slug).toBe('blabaer-robotikk-as');
    expect(actor.helix).toBe('INDUSTRY');
    expect(actor.source).toBe('user');
    expect(actor.sourceRef).toBeNull();
    expect(actor.description).toBeNull();
    expect(actor.editedFields).toEqual([]);
    expect(actor.createdAt).toBe(NOW);
    expect(actorSchema.parse(actor)).toEqual(actor);
  });

  it('defaults the helix per kind, and keeps one given explicitly', () => {
    const build = (kind: 'RESEARCH_GROUP' | 'PUBLIC_ACTOR' | 'INTERMEDIARY', helix?: 'INDUSTRY') =>
      newActor(actorCreateInput.parse(actorInput({ kind, stage: null, helix })), NOW).helix;
    expect(build('RESEARCH_GROUP')).toBe('ACADEMIA');
    expect(build('PUBLIC_ACTOR')).toBe('GOVERNMENT');
    expect(build('INTERMEDIARY', 'INDUSTRY')).toBe('INDUSTRY');
  });

  it('keeps a seeded id and provenance', () => {
    const input = actorInput({
      id: 'actor-ntnu',
      kind: 'INSTITUTION',
      stage: null,
      source: 'seed',
      sourceRef: 'https://snl.no/NTNU',
    });
    const actor = newActor(actorCreateInput.parse(input), NOW);
    expect(actor.id).toBe('actor-ntnu');
    expect(actor.source).toBe('seed');
  });

  it('reports every bad field with its path and a specific message', () => {
    const result = actorCreateInput.safeParse(
      actorInput({
        name: '',
        website: 'ftp://x.no',
        orgNumber: '123456789',
        employees: -3,
        foundedYear: 1700,
        naceCode: 'abc',
      }),
    );
    expect(issuesOf(result)).toEqual([
      { path: ['name'], message: 'Name must be 1–200 characters (got 0)' },
      { path: ['website'], message: 'URL must use http or https (got "ftp://x.no")' },
      {
        path: ['orgNumber'],
        message: 'Organisation number 123456789 fails the mod-11 check digit (expected 5, got 9)',
      },
      { path: ['naceCode'], message: 'NACE code must look like "62.010" (got "abc")' },
      { path: ['employees'], message: 'Employees must be a whole number ≥ 0 (got -3)' },
      {
        path: ['foundedYear'],
        message: expect.stringMatching(/^Founded year must be a year in 1800–\d{4} \(got 1700\)$/),
      },
    ]);
  });

  it('rejects unknown kinds and unknown keys', () => {
    const result = actorCreateInput.safeParse({ ...actorInput(), kind: 'STARTUP', colour: 'red' });
    const issues = issuesOf(result);
    expect(issues.map((i) => i.path)).toEqual([['kind'], []]);
    expect(issues[1]?.message).toBe('Unrecognized key: "colour"');
  });

  it('allows a stage only for companies', () => {
    const result = actorCreateInput.safeParse(actorInput({ kind: 'INVESTOR', stage: 'SCALEUP' }));
    expect(issuesOf(result)).toEqual([
      { path: ['stage'], message: 'Stage applies only to companies (kind is INVESTOR)' },
    ]);
  });

  it('refuses to derive an empty slug', () => {
    const input = actorCreateInput.parse(actorInput({ name: '***' }));
    expect(() => newActor(input, NOW)).toThrow(DomainValidationError);
    try {
      newActor(input, NOW);
    } catch (error) {
      expect((error as DomainValidationError).issues).toEqual([
        { path: ['slug'], message: 'Cannot derive a slug from name "***"; give a slug' },
      ]);
    }
  });

  describe('update', () => {
    it('needs at least one field', () => {
      expect(issuesOf(actorUpdateInput.safeParse({}))).toEqual([
        { path: [], message: 'An update must change at least one field' },
      ]);
      expect(issuesOf(actorUpdateInput.safeParse({ website: undefined }))).toHaveLength(1);
    });

    it('validates given fields; null clears an optional one', () => {
      expect(actorUpdateInput.parse({ website: null })).toEqual({ website: null });
      expect(issuesOf(actorUpdateInput.safeParse({ orgNumber: '12' }))).toEqual([
        { path: ['orgNumber'], message: 'Organisation number must be exactly 9 digits (got "12")' },
      ]);
      expect(issuesOf(actorUpdateInput.safeParse({ createdAt: 1 }))[0]?.message).toBe(
        'Unrecognized key: "createdAt"',
      );
    });

    it('applyUpdate re-checks rules that span fields and sets updatedAt', () => {
      const actor = newActor(actorCreateInput.parse(actorInput()), NOW);
      const renamed = applyUpdate(
        actorSchema,
        actor,
        actorUpdateInput.parse({ name: 'Nytt navn' }),
        NOW + 5,
      );
      expect(renamed.name).toBe('Nytt navn');
      expect(renamed.updatedAt).toBe(NOW + 5);
      expect(renamed.createdAt).toBe(NOW);
      expect(() =>
        applyUpdate(actorSchema, actor, actorUpdateInput.parse({ kind: 'INVESTOR' }), NOW),
      ).toThrow('stage: Stage applies only to companies (kind is INVESTOR)');
    });
  });
});
