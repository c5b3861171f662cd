import { en } from './en.ts';
import { nb } from './nb.ts';
import type { MessageKey } from './nb.ts';

export type { MessageKey } from './nb.ts';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nb';

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}

const catalogues: Record<Lang, Record<MessageKey, string>> = { nb, en };

export type Vars = Record<string, string | number>;

/** The message in the language, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = catalogues[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translatorFor(lang: Lang): Translate {
  return (key, vars) => translate(lang, key, vars);
}

/** Numbers and dates the way each language writes them. */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB').format(n);
}

export function formatDate(lang: Lang, iso: string | number): string {
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));
}
