import { z } from 'zod';
import { refineWith } from './check.ts';

export const TRL_MIN = 1;
export const TRL_MAX = 9;

export function trlError(value: number): string | null {
  if (!Number.isInteger(value) || value < TRL_MIN || value > TRL_MAX) {
    return `TRL must be 1–9 (got ${value})`;
  }
  return null;
}

export function isTrl(value: unknown): value is number {
  return typeof value === 'number' && trlError(value) === null;
}

export const trlSchema = refineWith(z.number(), trlError);
