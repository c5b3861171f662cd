/**
 * Lookups in the vocabulary of one Orama text property (its radix tree), without collecting
 * postings: Orama's own `find` gathers document ids with a quadratic `includes` per word, which
 * takes seconds for a word in tens of thousands of documents. Here we only find words; their
 * postings are read straight from the node.
 */

/** The shape of Orama's RadixNode this module reads. */
export interface RadixNode {
  /** Edge label from the parent. */
  readonly s: string;
  /** Children by the first character of their edge label. */
  readonly c: Map<string, RadixNode>;
  /** Ids of documents containing the word ending here. */
  readonly d: Set<number>;
  /** A word ends here. */
  readonly e: boolean;
  /** The whole word up to here. */
  readonly w: string;
}

/** The node where `term` ends, and whether it ends inside that node's edge label. */
function descend(root: RadixNode, term: string): { node: RadixNode; inside: boolean } | null {
  let node = root;
  let i = 0;
  while (i < term.length) {
    const child = node.c.get(term[i] as string);
    if (!child) return null;
    const label = child.s;
    const rest = term.slice(i, i + label.length);
    if (rest.length < label.length) {
      return label.startsWith(rest) ? { node: child, inside: true } : null;
    }
    if (rest !== label) return null;
    node = child;
    i += label.length;
  }
  return { node, inside: false };
}

/** The node of exactly this word, if the vocabulary has it. */
export function exactWord(root: RadixNode, word: string): RadixNode | null {
  const found = descend(root, word);
  return found && !found.inside && found.node.e ? found.node : null;
}

/** Words starting with the prefix (itself included), the most frequent first, at most `max`. */
export function wordsWithPrefix(root: RadixNode, prefix: string, max: number): RadixNode[] {
  const found = descend(root, prefix);
  if (!found) return [];
  const words: RadixNode[] = [];
  const stack = [found.node];
  while (stack.length > 0) {
    const node = stack.pop() as RadixNode;
    if (node.e && node.d.size > 0) words.push(node);
    for (const child of node.c.values()) stack.push(child);
  }
  return words.sort((a, b) => b.d.size - a.d.size).slice(0, max);
}

/**
 * Words within `maxDistance` edits (Levenshtein) of the term, with their distance: a walk of
 * the tree carrying one row of the edit-distance table, pruned once a row exceeds the budget.
 */
export function wordsNear(
  root: RadixNode,
  term: string,
  maxDistance: number,
): Map<RadixNode, number> {
  const out = new Map<RadixNode, number>();
  const chars = [...term];
  const first = chars.map((_, i) => i + 1);
  first.unshift(0);
  const stack: { node: RadixNode; row: number[] }[] = [...root.c.values()].map((node) => ({
    node,
    row: first,
  }));
  while (stack.length > 0) {
    const { node, row: start } = stack.pop() as { node: RadixNode; row: number[] };
    let row = start;
    let pruned = false;
    for (const ch of node.s) {
      const next = [(row[0] as number) + 1];
      for (let j = 1; j <= chars.length; j++) {
        const cost = chars[j - 1] === ch ? 0 : 1;
        next.push(
          Math.min(
            (next[j - 1] as number) + 1,
            (row[j] as number) + 1,
            (row[j - 1] as number) + cost,
          ),
        );
      }
      row = next;
      if (Math.min(...row) > maxDistance) {
        pruned = true;
        break;
      }
    }
    if (pruned) continue;
    const distance = row[chars.length] as number;
    if (node.e && node.d.size > 0 && distance <= maxDistance) out.set(node, distance);
    for (const child of node.c.values()) stack.push({ node: child, row });
  }
  return out;
}
