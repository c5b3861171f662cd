import { useRouteLoaderData } from 'react-router';
import { DEFAULT_LANG, isLang, translatorFor } from './index.ts';
import type { Lang, Translate } from './index.ts';

/** The page's language, from the root loader (bokmål when the root has no data, e.g. in an error). */
export function useLang(): Lang {
  const data = useRouteLoaderData('root') as { lang?: unknown } | undefined;
  return isLang(data?.lang) ? data.lang : DEFAULT_LANG;
}

export function useT(): Translate {
  return translatorFor(useLang());
}
