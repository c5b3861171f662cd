import type { ResultOf } from 'gql.tada';
import { graphql } from '../lib/graphql.ts';
import { useLang, useT } from '../lib/i18n/use-t.ts';
import { topicName } from '../lib/labels.ts';

/* Unmasked: pages also name the topics they show elsewhere (matched topics, facets). */
export const TopicPickerFragment = graphql(`
  fragment TopicPicker on Topic @_unmask {
    id
    slug
    name
    nameNb
    broader {
      id
    }
  }
`);

type PickableTopic = ResultOf<typeof TopicPickerFragment>;

/**
 * Topics as checkboxes grouped under their broad topic: plain form controls, so the choice is
 * posted without JavaScript, and each group is a fieldset with its own legend.
 */
export function TopicPicker({
  topics,
  name,
  legend,
  hint,
  selected,
  error,
}: {
  topics: readonly PickableTopic[];
  name: string;
  legend: string;
  hint?: string;
  selected: readonly string[];
  error?: string | undefined;
}) {
  const t = useT();
  const lang = useLang();
  const chosen = new Set(selected);
  const roots = topics.filter((x) => x.broader === null);
  const byRoot = new Map<string, PickableTopic[]>();
  for (const x of topics) {
    if (x.broader) byRoot.set(x.broader.id, [...(byRoot.get(x.broader.id) ?? []), x]);
  }
  const sortByName = (a: PickableTopic, b: PickableTopic) =>
    topicName(lang, a).localeCompare(topicName(lang, b), lang);
  const hintId = `${name}-topics-hint`;
  const errorId = `${name}-topics-error`;
  return (
    <fieldset
      className="field topic-picker"
      aria-describedby={[hint ? hintId : '', error ? errorId : ''].join(' ').trim() || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      <details open={chosen.size > 0}>
        <summary>
          {t('topics.pick')}
          {chosen.size > 0 ? ` (${t('topics.selected', { count: chosen.size })})` : ''}
        </summary>
        <div className="topic-picker__groups">
          {[...roots].sort(sortByName).map((root) => (
            <fieldset key={root.id} className="topic-picker__group">
              <legend>
                <label className="check">
                  <input
                    type="checkbox"
                    name={name}
                    value={root.id}
                    defaultChecked={chosen.has(root.id)}
                  />
                  {topicName(lang, root)}
                </label>
              </legend>
              <div className="checks">
                {[...(byRoot.get(root.id) ?? [])].sort(sortByName).map((x) => (
                  <label key={x.id} className="check">
                    <input
                      type="checkbox"
                      name={name}
                      value={x.id}
                      defaultChecked={chosen.has(x.id)}
                    />
                    {topicName(lang, x)}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      </details>
    </fieldset>
  );
}
