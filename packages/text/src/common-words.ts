import { stemsOf, type Stems } from './stems.ts';

/*
 * Words that never name a subject on their own. Function words carry no subject at all; generic
 * words are real nouns and verbs that occur in almost every description of work ("learning" in
 * "machine learning", "building" in "ice building up on propellers", "system", "data"): a
 * topic may contain them, but a need that says only that word has not named the topic.
 */

/**
 * Grammatical words, as written (lower case): no subject in any text. What the search engines
 * drop as stop words.
 */
export const STOP_WORDS: readonly string[] = [
  // English
  ...['a', 'an', 'and', 'or', 'of', 'the', 'for', 'with', 'without', 'in', 'on', 'at', 'to'],
  ...['by', 'from', 'into', 'as', 'is', 'are', 'be', 'we', 'our', 'us', 'i', 'my', 'you'],
  ...['that', 'this', 'who', 'which', 'what', 'how', 'can', 'could', 'would', 'will', 'do'],
  ...['does', 'not', 'no', 'up', 'out', 'about', 'some', 'any', 'all', 'more', 'new'],
  // Bokmål
  ...['og', 'eller', 'av', 'for', 'med', 'uten', 'i', 'på', 'til', 'fra', 'om', 'som', 'er'],
  ...['vi', 'oss', 'vår', 'våre', 'jeg', 'meg', 'du', 'det', 'den', 'de', 'en', 'et', 'ei'],
  ...['at', 'har', 'kan', 'skal', 'vil', 'hvem', 'hva', 'hvordan', 'ikke', 'mer', 'ny', 'nye'],
  ...['nytt', 'innen', 'mot', 'ved'],
];

/**
 * How a need is asked ("we need", "looking for a partner", "vi søker hjelp"): no subject in a
 * need, but a subject in a search ("partner" finds partner programmes), so not stop words. "it"
 * is here too: in a need it is the pronoun, in a search it is also IT.
 */
const REQUEST_WORDS = [
  ...['it', 'need', 'needs', 'looking', 'want', 'help', 'someone', 'anyone', 'partner'],
  ...['partners', 'trenger', 'søker', 'ønsker', 'hjelp', 'noen', 'partnere', 'samarbeid'],
  'samarbeidspartner',
];

const GENERIC_WORDS = [
  // English
  ...['learning', 'building', 'system', 'data', 'technology', 'solution', 'service'],
  ...['management', 'development', 'process', 'design', 'analysis', 'platform', 'model'],
  ...['application', 'method', 'research', 'project', 'product', 'industry', 'innovation'],
  ...['operation', 'production', 'network', 'company', 'business', 'digital', 'smart'],
  ...['control', 'machine', 'computer', 'power', 'science', 'engineering', 'environment'],
  ...['use', 'using', 'based', 'work', 'tool', 'equipment', 'time', 'way', 'problem'],
  ...['test', 'testing', 'support', 'quality', 'information', 'programme', 'program'],
  ...['better', 'large', 'small', 'high', 'low', 'open', 'real', 'early', 'stage'],
  // Bokmål
  ...['læring', 'bygg', 'bygging', 'bygge', 'system', 'data', 'teknologi', 'løsning'],
  ...['tjeneste', 'ledelse', 'utvikling', 'prosess', 'design', 'analyse', 'plattform'],
  ...['modell', 'forskning', 'prosjekt', 'produkt', 'industri', 'innovasjon', 'drift'],
  ...['produksjon', 'nettverk', 'bedrift', 'selskap', 'firma', 'digital', 'smart', 'styring'],
  ...['kontroll', 'maskin', 'kraft', 'vitenskap', 'teknikk', 'miljø', 'bruk', 'verktøy'],
  ...['utstyr', 'problem', 'test', 'testing', 'støtte', 'kvalitet', 'informasjon', 'næring'],
  'anlegg',
];

const stemSets = (list: readonly string[]) => {
  const stems = list.map(stemsOf);
  return {
    words: new Set(stems.map((s) => s.word)),
    en: new Set(stems.map((s) => s.en)),
    nb: new Set(stems.map((s) => s.nb)),
  };
};
const functionWords = stemSets([...STOP_WORDS, ...REQUEST_WORDS]);
const genericWords = stemSets(GENERIC_WORDS);

/** A word that carries no subject ("and", "og", "we", "trenger"); compared as written. */
export function isFunctionWord(word: Stems): boolean {
  return functionWords.words.has(word.word);
}

/** A subject word too common to name a topic alone ("learning", "bygging", "systems"). */
export function isGenericWord(word: Stems): boolean {
  return (
    genericWords.words.has(word.word) ||
    genericWords.en.has(word.en) ||
    genericWords.nb.has(word.nb)
  );
}

/** A word that may name a subject on its own: neither a function word nor a generic one. */
export function isContentWord(word: Stems): boolean {
  return word.word.length > 1 && !isFunctionWord(word) && !isGenericWord(word);
}
