import { describe, expect, it } from 'vitest';
import { SCRYPT_PARAMS, hashPassword, verifyPassword } from './password.ts';
import { credentialsOf, sessionIdFor, signToken, unsignToken } from './sessions.ts';

describe('passwords', () => {
  it('hash with scrypt at the OWASP parameters and verify', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
  });
});

describe('session tokens', () => {
  it('store only a hash; sign cookies; read bearer before cookie', () => {
    expect(sessionIdFor('t')).toMatch(/^[0-9a-f]{64}$/);
    const signed = signToken('tok', 'secret');
    expect(unsignToken(signed, 'secret')).toBe('tok');
    expect(unsignToken(signed, 'other')).toBeNull();
    expect(unsignToken('tok', 'secret')).toBeNull();
    const request = new Request('http://x', {
      headers: { authorization: 'Bearer abc', cookie: `kobling_session=${signed}` },
    });
    expect(credentialsOf(request, 'secret')).toEqual({ token: 'abc', via: 'bearer' });
    const cookieOnly = new Request('http://x', {
      headers: { cookie: `kobling_session=${encodeURIComponent(signed)}` },
    });
    expect(credentialsOf(cookieOnly, 'secret')).toEqual({ token: 'tok', via: 'cookie' });
  });
});
