import { useT } from '../lib/i18n/use-t.ts';

/**
 * Where a fact comes from: synthetic rows get a visible "Illustrative" badge so they are never
 * mistaken for facts (DESIGN §10); sourced rows link to their source.
 */
export function SourceBadge({
  source,
  sourceRef,
}: {
  source: string | null | undefined;
  sourceRef?: string | null;
}) {
  const t = useT();
  if (source === 'synthetic') {
    return (
      <span className="badge badge--synthetic" title={t('synthetic.title')}>
        {t('synthetic.badge')}
        <span className="visually-hidden"> ({t('synthetic.title')})</span>
      </span>
    );
  }
  if (sourceRef && /^https?:\/\//.test(sourceRef)) {
    return (
      <a className="source-link" href={sourceRef} rel="noopener noreferrer">
        {t('source.label')}: {source ?? new URL(sourceRef).hostname}
      </a>
    );
  }
  // A sourced row without a link: its profile page names the source; lists stay quiet.
  return null;
}

/** Rendered once per page that shows any synthetic row. */
export function SyntheticNote() {
  const t = useT();
  return (
    <p className="note">
      <span className="badge badge--synthetic">{t('synthetic.badge')}</span>{' '}
      {t('common.illustrativeNote')}
    </p>
  );
}
