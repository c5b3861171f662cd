import { Link } from 'react-router';
import { useLang } from '../lib/i18n/use-t.ts';
import { topicName } from '../lib/labels.ts';

export interface TopicLinkShape {
  readonly weight?: number;
  readonly topic: { readonly name: string; readonly nameNb: string; readonly slug: string };
}

/** Topics as tags; each one searches for everything on that topic. */
export function TopicList({ topics }: { topics: readonly TopicLinkShape[] }) {
  const lang = useLang();
  if (topics.length === 0) return null;
  return (
    <ul className="tags">
      {[...topics]
        .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))
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
