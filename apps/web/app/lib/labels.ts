import type { MessageKey, Translate } from './i18n/index.ts';

/* Enum values as words: the catalogue holds `<group>.<VALUE>` for each. */
export type EnumGroup =
  | 'helix'
  | 'kind'
  | 'oppKind'
  | 'stage'
  | 'introStatus'
  | 'membership'
  | 'level'
  | 'search.type'
  | 'partners.quadrant'
  | 'me.repStatus'
  | 'companyStage'
  | 'opp.visibility'
  | 'opp.status'
  | 'partners.feature'
  | 'manage.role'
  | 'consortiumRole';

export function enumLabel(
  t: Translate,
  group: EnumGroup,
  value: string | null | undefined,
): string {
  if (!value) return t('common.unknown');
  const key = `${group}.${value}` as MessageKey;
  const text = t(key);
  return text === key || text === undefined ? value : text;
}

/** The topic's name in the page's language. */
export function topicName(lang: string, topic: { name: string; nameNb: string }): string {
  return lang === 'nb' ? topic.nameNb || topic.name : topic.name;
}
