import { describe, expect, it } from 'vitest';
import { safeRedirect } from './viewer.server.ts';

describe('safeRedirect', () => {
  it('keeps paths of the site', () => {
    expect(safeRedirect('/me')).toBe('/me');
    expect(safeRedirect('/clusters/tequity?tab=members')).toBe('/clusters/tequity?tab=members');
  });

  it('sends anything else to the fallback: other hosts, protocol-relative and odd forms', () => {
    for (const to of [
      'https://evil.test/',
      '//evil.test',
      '/\\evil.test',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeRedirect(to, '/me')).toBe('/me');
    }
  });
});
