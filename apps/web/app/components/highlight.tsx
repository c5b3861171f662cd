import { Fragment } from 'react';

/**
 * The text with each occurrence of the search words marked. Used when the search engine gives
 * no highlights of its own; matching is case-insensitive and on whole words of the query.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  const words = query
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${words.join('|')})`, 'gi');
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  );
}

/** Text from the engine with <em>…</em> (or <mark>) around the hits, rendered without raw HTML. */
export function EngineHighlight({ html }: { html: string }) {
  const parts = html.split(/<\/?(?:em|mark)>/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  );
}
