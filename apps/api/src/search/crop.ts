/*
 * Cropping of HTML-safe highlighted text (escaped text with `<mark>…</mark>`, as both search
 * adapters return it) to a snippet around the first match. The result stays HTML-safe: it never
 * cuts inside an entity or a tag, and a mark cut at either end is reopened or closed.
 */

type Piece = { kind: 'open' | 'close' } | { kind: 'char'; text: string };

const piecePattern = /<mark>|<\/mark>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);|[\s\S]/giu;

function pieces(html: string): Piece[] {
  const out: Piece[] = [];
  for (const match of html.matchAll(piecePattern)) {
    const text = match[0];
    if (text === '<mark>') out.push({ kind: 'open' });
    else if (text === '</mark>') out.push({ kind: 'close' });
    else out.push({ kind: 'char', text });
  }
  return out;
}

const isSpace = (p: Piece | undefined) => p?.kind === 'char' && /^\s$/u.test(p.text);

/**
 * About `length` visible characters of the highlighted text, starting a little before the first
 * match (on a word boundary), with `…` where text was left out. Text no longer than `length`
 * comes back unchanged (whitespace runs folded); `length` 0 keeps everything.
 */
export function cropHighlight(html: string, length: number, context = 40): string {
  const all = pieces(html);
  const chars = all.filter((p) => p.kind === 'char');
  if (length <= 0 || chars.length <= length) return fold(html);
  // Visible position of the first mark.
  let firstMark = 0;
  let seen = 0;
  for (const p of all) {
    if (p.kind === 'open') {
      firstMark = seen;
      break;
    }
    if (p.kind === 'char') seen += 1;
  }
  let start = Math.max(0, Math.min(firstMark - context, chars.length - length));
  // Move forward to the start of a word unless at the beginning.
  if (start > 0) {
    while (start < firstMark && !isSpace(chars[start - 1])) start += 1;
  }
  let end = Math.min(chars.length, start + length);
  if (end < chars.length) {
    let back = end;
    while (back > start + length / 2 && !isSpace(chars[back])) back -= 1;
    if (back > start + length / 2) end = back;
  }
  let out = '';
  let open = false;
  let index = 0;
  for (const p of all) {
    if (p.kind !== 'char') {
      // Tags at the edges are only state: the first and last character reopen or close.
      if (index > start && index < end) out += p.kind === 'open' ? '<mark>' : '</mark>';
      open = p.kind === 'open';
      continue;
    }
    if (index === start && open) out += '<mark>';
    if (index >= start && index < end) out += p.text;
    index += 1;
    if (index === end && open) out += '</mark>';
  }
  return `${start > 0 ? '…' : ''}${fold(out).trim()}${end < chars.length ? '…' : ''}`;
}

/** Runs of whitespace (the body joins fields with newlines) as one space. */
function fold(html: string): string {
  return html.replace(/\s+/gu, ' ').trim();
}
