import { describe, expect, it } from 'vitest';
import { classify, signature } from './classify.ts';

const json = (body: unknown) => JSON.stringify(body);

describe('classify', () => {
  it('a plain answer is a success', () => {
    const v = classify(200, json({ data: { viewer: { isSignedIn: false } } }));
    expect(v).toMatchObject({ outcome: 'success', serverError: false, succeededWrite: false });
  });

  it('errors with a code and typed mutation results are typed', () => {
    expect(
      classify(
        200,
        json({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }], data: null }),
      ),
    ).toMatchObject({ outcome: 'typed', typed: ['BAD_USER_INPUT'] });
    expect(
      classify(200, json({ data: { result: { __typename: 'ForbiddenError', message: 'no' } } })),
    ).toMatchObject({ outcome: 'typed', typed: ['ForbiddenError'], succeededWrite: false });
  });

  it('masked errors and errors without a code are unexpected', () => {
    const masked = classify(
      200,
      json({
        errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    );
    expect(masked).toMatchObject({
      outcome: 'unexpected',
      unexpected: ['INTERNAL_SERVER_ERROR: Unexpected error.'],
    });
    const uncoded = classify(
      400,
      json({ errors: [{ message: 'Variable "$v0" of required type "ID!" was not provided.' }] }),
    );
    expect(uncoded).toMatchObject({
      outcome: 'unexpected',
      unexpected: ['no code: Variable "…" of required type "…" was not provided.'],
    });
    // One unexpected error makes the request unexpected, whatever else it holds.
    const mixed = classify(
      200,
      json({ errors: [{ message: 'a', extensions: { code: 'FORBIDDEN' } }, { message: 'b' }] }),
    );
    expect(mixed.outcome).toBe('unexpected');
  });

  it('a mutation root field with its success type (or a Boolean) may have written', () => {
    expect(
      classify(
        200,
        json({
          data: {
            a: { __typename: 'MutationCreateActorSuccess' },
            b: { __typename: 'ConflictError' },
          },
        }),
      ).succeededWrite,
    ).toBe(true);
    expect(classify(200, json({ data: { logOut: false } })).succeededWrite).toBe(true);
    expect(
      classify(
        200,
        json({ data: null, errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }),
      ).succeededWrite,
    ).toBe(false);
  });

  it('bodies that are not JSON: a 4xx is typed by its status, anything else is unexpected', () => {
    expect(classify(415, '')).toMatchObject({
      outcome: 'typed',
      typed: ['HTTP 415'],
      serverError: false,
    });
    expect(classify(500, 'oops')).toMatchObject({ outcome: 'unexpected', serverError: true });
    expect(classify(200, '{}')).toMatchObject({ outcome: 'unexpected' });
    expect(
      classify(503, json({ errors: [{ message: 'x', extensions: { code: 'X' } }] })).serverError,
    ).toBe(true);
  });
});

describe('signature', () => {
  it('groups messages that differ only in values', () => {
    expect(signature('Invalid global ID: QWN0b3I6YWN0b3I6ZGlz')).toBe(
      signature('Invalid global ID: eA=='),
    );
    expect(signature('ID: QWN0b3I6YWN0b3I6ZGlzLWhhdnRla25v is not of type: Technology')).toBe(
      signature('ID: VGVjaG5vbG9neTpwcm9qZWN0OjAx is not of type: Actor'),
    );
    expect(signature('PothosSchemaError: Nope has not been implemented')).toBe(
      'PothosSchemaError: Nope has not been implemented',
    );
    expect(signature('Query Cost limit of 20000 exceeded, found 2.8836650400000004e+21.')).toBe(
      signature('Query Cost limit of 20000 exceeded, found 31065.5.'),
    );
    expect(signature('Aliases limit of 15 exceeded, found 17.')).toBe(
      'Aliases limit of N exceeded, found N.',
    );
  });
});
