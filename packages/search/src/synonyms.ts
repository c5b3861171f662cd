import { isStopWord } from './stop-words.ts';
import { tokenize } from './text.ts';

/**
 * The synonym table, bokmål and English, declared once: the Meilisearch settings are generated
 * from it and the embedded adapter expands queries with it. Entries are lower case.
 */

/** Every member of a group finds every other member. */
export const synonymGroups: readonly (readonly string[])[] = [
  ['havbruk', 'aquaculture', 'fish farming'],
  ['kunstig intelligens', 'ki', 'ai', 'artificial intelligence'],
  ['maskinlæring', 'machine learning', 'ml'],
  ['hav', 'ocean'],
  ['havrom', 'ocean space'],
  ['marin', 'marine'],
  ['energi', 'energy'],
  ['fornybar', 'renewable'],
  ['fornybar energi', 'renewable energy'],
  ['havvind', 'offshore wind'],
  ['vindkraft', 'wind power'],
  ['karbonfangst', 'ccs', 'carbon capture', 'carbon capture and storage'],
  ['helse', 'health'],
  ['helseteknologi', 'health technology', 'healthtech'],
  ['halvleder', 'semiconductor'],
  ['halvledere', 'semiconductors'],
  ['tre', 'wood', 'timber'],
  ['bygg', 'construction'],
  ['robotikk', 'robotics'],
  ['batteri', 'battery'],
  ['batterier', 'batteries'],
  ['bærekraft', 'sustainability'],
  ['digitalisering', 'digitalisation', 'digitalization'],
  ['programvare', 'software'],
  ['cybersikkerhet', 'cybersecurity', 'cyber security'],
  ['bioteknologi', 'biotechnology'],
  ['sjømat', 'seafood'],
  ['fiskeri', 'fisheries'],
  ['olje og gass', 'oil and gas'],
  ['landbruk', 'agriculture'],
  ['samferdsel', 'transport'],
  ['utdanning', 'education'],
  ['forskning', 'research'],
  ['innovasjon', 'innovation'],
  ['materialer', 'materials'],
  ['klynge', 'cluster'],
];

/** The key finds the targets (and their groups); the targets do not find the key. */
export const oneWaySynonyms: readonly (readonly [string, readonly string[]])[] = [
  ['fiskeoppdrett', ['havbruk']],
  ['lakseoppdrett', ['havbruk']],
  ['oppdrett', ['havbruk']],
  ['nevrale nettverk', ['maskinlæring']],
  ['deep learning', ['machine learning']],
  ['solenergi', ['fornybar energi']],
  ['vindenergi', ['fornybar energi']],
];

/** term → every term it also finds (not itself). Built once. */
function buildTable(): Map<string, Set<string>> {
  const table = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    let set = table.get(from);
    if (!set) {
      set = new Set();
      table.set(from, set);
    }
    set.add(to);
  };
  const groupOf = new Map<string, readonly string[]>();
  for (const group of synonymGroups) {
    for (const member of group) {
      groupOf.set(member, group);
      for (const other of group) add(member, other);
    }
  }
  for (const [key, targets] of oneWaySynonyms) {
    for (const target of targets) {
      for (const t of groupOf.get(target) ?? [target]) add(key, t);
    }
  }
  return table;
}

const table = buildTable();

/** The table in Meilisearch's `synonyms` setting shape. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, targets] of table) out[key] = [...targets].sort();
  return out;
}

/** Normalized phrase ("kunstig intelligens") → the token lists of its synonyms. */
const tokenTable: Map<string, string[][]> = new Map(
  [...table].map(([key, targets]) => [tokenize(key).join(' '), [...targets].map(tokenize)]),
);
const longestPhrase = Math.max(...[...tokenTable.keys()].map((k) => k.split(' ').length));

/**
 * The extra tokens a query's tokens find through synonyms, each with the positions of the query
 * tokens it stands for: every run of one to a few adjacent tokens that is a key of the table
 * contributes the tokens of its synonyms ("machine learning" → "maskinlæring" for positions 0
 * and 1). The tokens include stop words, so a phrase that holds one ("olje og gass") is still
 * recognised.
 */
export function synonymSources(tokens: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= longestPhrase && i + n <= tokens.length; n++) {
      const synonyms = tokenTable.get(tokens.slice(i, i + n).join(' '));
      for (const synonym of synonyms ?? []) {
        for (const t of synonym) {
          const positions = out.get(t) ?? [];
          for (let at = i; at < i + n; at++) if (!positions.includes(at)) positions.push(at);
          out.set(t, positions);
        }
      }
    }
  }
  for (const t of tokens) out.delete(t);
  // Joining words of multi-word synonyms ("carbon capture and storage") would find everything.
  for (const t of out.keys()) if (isStopWord(t)) out.delete(t);
  return out;
}

/** The extra tokens a query's tokens find through synonyms. */
export function synonymTokens(tokens: readonly string[]): string[] {
  return [...synonymSources(tokens).keys()];
}
