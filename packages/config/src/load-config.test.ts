import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults for embedded development', () => {
    const config = loadConfig({}, { root: '/repo', defaultPort: 4000 });
    expect(config.server).toEqual({
      mode: 'development',
      production: false,
      port: 4000,
      sessionSecret: null,
    });
    expect(config.dataDir).toBe('/repo/.data');
    expect(config.store.engine).toBe('ladybug');
    expect(config.search).toEqual({ embeddedPath: '/repo/.data/search.sqlite' });
    expect(config.api).toEqual({
      introductionExpiryDays: 14,
      publicCacheTtlMs: 5_000,
      importDir: null,
    });
    expect(config.admin).toBeNull();
    expect(config.web).toEqual({ cacheTtlMs: 5_000, build: 'when-stale' });
    expect(config.mail).toEqual({
      smtpUrl: null,
      from: 'Kobling <noreply@kobling.localhost>',
      publicUrl: null,
    });
  });

  it('reads the mail relay, the sender and the public address; refuses other schemes', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://user:secret@smtp.example.org:465',
      MAIL_FROM: 'Kobling <post@kobling.no>',
      PUBLIC_URL: 'https://kobling.no/',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://user:secret@smtp.example.org:465',
      from: 'Kobling <post@kobling.no>',
      publicUrl: 'https://kobling.no',
    });
    const error = errorOf(() => loadConfig({ SMTP_URL: 'http://smtp', PUBLIC_URL: 'ftp://x' }));
    expect(error.fields).toEqual(['SMTP_URL', 'PUBLIC_URL']);
    expect(error.message).toContain('SMTP_URL must be an smtp:// or smtps:// URL');
  });

  it("npm start's port is 3000 unless PORT says otherwise; an empty PORT is unset", () => {
    expect(loadConfig({}).server.port).toBe(3000);
    expect(loadConfig({ PORT: '' }).server.port).toBe(3000);
    expect(loadConfig({ PORT: '8080' }).server.port).toBe(8080);
  });

  it('reads configured values', () => {
    const config = loadConfig({
      PORT: '8080',
      INTRODUCTION_EXPIRY_DAYS: '7',
      NEO4J_URI: 'neo4j://db',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      MEILI_URL: 'http://localhost:7700',
      MEILI_MASTER_KEY: 'key',
      KOBLING_WEB_CACHE_TTL_MS: '0',
      KOBLING_BUILD: 'never',
      KOBLING_ADMIN_EMAIL: 'admin@example.org',
      KOBLING_ADMIN_PASSWORD: 'a-long-password',
    });
    expect(config.server.port).toBe(8080);
    expect(config.api.introductionExpiryDays).toBe(7);
    expect(config.store).toMatchObject({ engine: 'neo4j', uri: 'neo4j://db' });
    expect(config.search).toMatchObject({
      meiliUrl: 'http://localhost:7700',
      meiliMasterKey: 'key',
    });
    expect(config.web).toEqual({ cacheTtlMs: 0, build: 'never' });
    expect(config.admin).toEqual({
      email: 'admin@example.org',
      password: 'a-long-password',
      name: 'Administrator',
    });
  });

  it('names every bad field in one message', () => {
    const error = errorOf(() =>
      loadConfig({
        NODE_ENV: 'production',
        PORT: 'eighty',
        INTRODUCTION_EXPIRY_DAYS: '0',
        NEO4J_URI: 'neo4j://db',
      }),
    );
    for (const field of [
      'PORT',
      'INTRODUCTION_EXPIRY_DAYS',
      'NEO4J_USER',
      'NEO4J_PASSWORD',
      'SESSION_SECRET',
    ])
      expect(error.message).toContain(field);
    expect(error.message).toMatch(/^Invalid configuration: /);
  });

  it('says what each variable of the site and its administrator must be', () => {
    const error = errorOf(() =>
      loadConfig({
        KOBLING_WEB_CACHE_TTL_MS: '-1',
        KOBLING_BUILD: 'sometimes',
        KOBLING_ADMIN_EMAIL: 'not-an-address',
        MEILI_URL: 'localhost:7700',
      }),
    );
    expect(error.fields).toEqual([
      'MEILI_URL',
      'KOBLING_ADMIN_EMAIL',
      'KOBLING_ADMIN_PASSWORD',
      'KOBLING_WEB_CACHE_TTL_MS',
      'KOBLING_BUILD',
    ]);
    expect(error.message).toContain('KOBLING_WEB_CACHE_TTL_MS must be 0–600000 (ms)');
    expect(error.message).toContain('KOBLING_BUILD must be always or never');
    expect(error.message).toContain(
      'KOBLING_ADMIN_PASSWORD is required when KOBLING_ADMIN_EMAIL is set',
    );
  });

  it('refuses a short administrator password', () => {
    const error = errorOf(() =>
      loadConfig({ KOBLING_ADMIN_EMAIL: 'admin@example.org', KOBLING_ADMIN_PASSWORD: 'short' }),
    );
    expect(error.message).toBe(
      'Invalid configuration: KOBLING_ADMIN_PASSWORD must be at least 12 characters',
    );
  });
});
