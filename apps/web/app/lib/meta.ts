import type { MetaDescriptor } from 'react-router';
import { DEFAULT_LANG, isLang, translate } from './i18n/index.ts';
import type { Lang, MessageKey } from './i18n/index.ts';

/** The language of a page from the meta function's matches (the root loader's data). */
export function metaLang(
  matches: readonly ({ id: string; data?: unknown; loaderData?: unknown } | undefined)[],
): Lang {
  const root = matches.find((m) => m?.id === 'root');
  const data = (root?.loaderData ?? root?.data) as { lang?: unknown } | undefined;
  return isLang(data?.lang) ? data.lang : DEFAULT_LANG;
}

/** Title, description and the Open Graph tags for sharing. */
export function pageMeta(lang: Lang, title: string, description?: string): MetaDescriptor[] {
  const site = translate(lang, 'site.name');
  const fullTitle = title === site || title.startsWith(`${site} `) ? title : `${title} · ${site}`;
  const text = description ?? translate(lang, 'site.description');
  return [
    { title: fullTitle },
    { name: 'description', content: text },
    { property: 'og:title', content: title },
    { property: 'og:description', content: text },
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: site },
    { property: 'og:locale', content: lang === 'nb' ? 'nb_NO' : 'en_GB' },
  ];
}

/** The common case: a title from the catalogue. */
export function keyMeta(
  matches: Parameters<typeof metaLang>[0],
  titleKey: MessageKey,
  descriptionKey?: MessageKey,
): MetaDescriptor[] {
  const lang = metaLang(matches);
  return pageMeta(
    lang,
    translate(lang, titleKey),
    descriptionKey ? translate(lang, descriptionKey) : undefined,
  );
}

/** A short plain-text description from longer text. */
export function summary(text: string | null | undefined, max = 160): string | undefined {
  if (!text) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
