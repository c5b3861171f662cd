import { Fragment } from 'react';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * The search engine's highlighted text (escaped, with <mark> around the matches) rendered as
 * React text and <mark> elements: no raw HTML reaches the page even if the engine misbehaved.
 */
export function EngineHighlight({ html }: { html: string }) {
  const parts = html.split(/<\/?mark>/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i}>{unescape(part)}</mark>
        ) : (
          <Fragment key={i}>{unescape(part)}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * The text with each occurrence of the search words marked (for results without engine
 * highlights); case-insensitive, on the words of the query.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  const words = query
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${words.join('|')})`, 'gi');
  return (
    <>
      {text
        .split(pattern)
        .map((part, i) =>
          i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>,
        )}
    </>
  );
}
