import { parseCookie } from 'cookie';
import { DEFAULT_LANG, isLang } from './i18n/index.ts';
import type { Lang } from './i18n/index.ts';

/* The language choice lives in a plain cookie (not a secret, readable without the session). */
export const LANG_COOKIE = 'kobling_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The cookie's language, else the browser's preference, else bokmål. */
export function langOf(request: Request): Lang {
  const chosen = parseCookie(request.headers.get('cookie') ?? '')[LANG_COOKIE];
  if (isLang(chosen)) return chosen;
  const accept = request.headers.get('accept-language') ?? '';
  const first = accept.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('en')) return 'en';
  return DEFAULT_LANG;
}

/** The API's name of a language (its `language` arguments). */
export function apiLanguage(lang: Lang): 'NB' | 'EN' {
  return lang === 'en' ? 'EN' : 'NB';
}

export function langCookie(lang: Lang): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}
