import { readFragment } from 'gql.tada';
import type { FragmentOf } from 'gql.tada';
import { Link } from 'react-router';
import { graphql } from '../lib/graphql.ts';
import { useLang } from '../lib/i18n/use-t.ts';
import { topicName } from '../lib/labels.ts';

export const TopicListFragment = graphql(`
  fragment TopicList on TopicLink {
    weight
    topic {
      name
      nameNb
      slug
    }
  }
`);

/** Topics as tags; each one searches for everything on that topic. */
export function TopicList({
  topics: data,
}: {
  topics: readonly FragmentOf<typeof TopicListFragment>[];
}) {
  const lang = useLang();
  const topics = readFragment(TopicListFragment, data);
  if (topics.length === 0) return null;
  return (
    <ul className="tags">
      {[...topics]
        .sort((a, b) => b.weight - a.weight)
        .map((l) => (
          <li key={l.topic.slug}>
            <Link className="tag" to={`/search?q=${encodeURIComponent(topicName(lang, l.topic))}`}>
              {topicName(lang, l.topic)}
            </Link>
          </li>
        ))}
    </ul>
  );
}
