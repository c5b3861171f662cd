import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('defaults for embedded development', () => {
    expect(parseEnv({})).toMatchObject({
      NODE_ENV: 'development',
      PORT: 4000,
      KOBLING_DATA_DIR: './.data',
      INTRODUCTION_EXPIRY_DAYS: 14,
    });
  });

  it('reads configured values', () => {
    expect(
      parseEnv({
        PORT: '8080',
        INTRODUCTION_EXPIRY_DAYS: '7',
        NEO4J_URI: 'neo4j://db',
        NEO4J_USER: 'u',
        NEO4J_PASSWORD: 'p',
      }),
    ).toMatchObject({ PORT: 8080, INTRODUCTION_EXPIRY_DAYS: 7, NEO4J_URI: 'neo4j://db' });
  });

  it('names every bad field in one message', () => {
    let error: unknown;
    try {
      parseEnv({
        NODE_ENV: 'production',
        PORT: 'eighty',
        INTRODUCTION_EXPIRY_DAYS: '0',
        NEO4J_URI: 'neo4j://db',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    for (const field of [
      'PORT',
      'INTRODUCTION_EXPIRY_DAYS',
      'NEO4J_USER',
      'NEO4J_PASSWORD',
      'SESSION_SECRET',
    ])
      expect(message).toContain(field);
  });
});
