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

/*
 * Numbers and dates the way each language writes them. The formatters are made once per
 * language: building an Intl formatter costs far more than using one, and a page uses dozens.
 */
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO'),
  en: new Intl.NumberFormat('en-GB'),
};
const dateOptions: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
};
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat('nb-NO', dateOptions),
  en: new Intl.DateTimeFormat('en-GB', dateOptions),
};

export function formatNumber(lang: Lang, n: number): string {
  return numberFormats[lang].format(n);
}

export function formatDate(lang: Lang, iso: string | number): string {
  return dateFormats[lang].format(new Date(iso));
}
