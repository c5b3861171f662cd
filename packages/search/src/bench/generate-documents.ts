import {
  ACTOR_KINDS,
  CLUSTER_LEVELS,
  COMPANY_STAGES,
  DEFAULT_HELIX,
  OPPORTUNITY_KINDS,
  TECHNOLOGY_STAGES,
  Cdf,
  mulberry32,
  pick,
  zipfWeights,
} from '@kobling/domain';
import type { ActorKind } from '@kobling/domain';
import type { SearchDocument, SearchDocumentType } from '../document.ts';
import { searchDocumentId } from '../document.ts';

/**
 * Deterministic search documents for the benchmark: bokmål and English text, topics drawn with
 * Zipf-like frequencies (a few very common, a long tail), realistic facet values.
 */

export const benchTopics: readonly (readonly [slug: string, en: string, nb: string])[] = [
  ['aquaculture', 'Aquaculture', 'Havbruk'],
  ['energy', 'Energy', 'Energi'],
  ['ai', 'Artificial intelligence', 'Kunstig intelligens'],
  ['machine-learning', 'Machine learning', 'Maskinlæring'],
  ['health', 'Health', 'Helse'],
  ['ocean', 'Ocean', 'Hav'],
  ['construction', 'Construction', 'Bygg'],
  ['renewable-energy', 'Renewable energy', 'Fornybar energi'],
  ['semiconductors', 'Semiconductors', 'Halvledere'],
  ['ccs', 'Carbon capture', 'Karbonfangst'],
  ['wood', 'Wood', 'Tre'],
  ['robotics', 'Robotics', 'Robotikk'],
  ['batteries', 'Batteries', 'Batterier'],
  ['offshore-wind', 'Offshore wind', 'Havvind'],
  ['software', 'Software', 'Programvare'],
  ['cybersecurity', 'Cybersecurity', 'Cybersikkerhet'],
  ['biotechnology', 'Biotechnology', 'Bioteknologi'],
  ['seafood', 'Seafood', 'Sjømat'],
  ['materials', 'Materials', 'Materialer'],
  ['sustainability', 'Sustainability', 'Bærekraft'],
  ['transport', 'Transport', 'Samferdsel'],
  ['agriculture', 'Agriculture', 'Landbruk'],
  ['education', 'Education', 'Utdanning'],
  ['digitalisation', 'Digitalisation', 'Digitalisering'],
  ['hydrogen', 'Hydrogen', 'Hydrogen'],
  ['sensors', 'Sensors', 'Sensorer'],
  ['medtech', 'Medical technology', 'Medisinsk teknologi'],
  ['fintech', 'Financial technology', 'Finansteknologi'],
  ['gaming', 'Games', 'Spill'],
  ['space', 'Space', 'Romfart'],
  ['logistics', 'Logistics', 'Logistikk'],
  ['circular-economy', 'Circular economy', 'Sirkulærøkonomi'],
  ['mining', 'Mining', 'Gruvedrift'],
  ['tourism', 'Tourism', 'Reiseliv'],
  ['food', 'Food', 'Mat'],
  ['process-industry', 'Process industry', 'Prosessindustri'],
  ['maritime', 'Maritime', 'Maritim'],
  ['smart-cities', 'Smart cities', 'Smarte byer'],
  ['water', 'Water', 'Vann'],
  ['forestry', 'Forestry', 'Skogbruk'],
];

const words = (
  'sensor data plattform løsning solution system analyse analysis modell model utvikling ' +
  'development forskning research innovasjon innovation produksjon production nettverk network ' +
  'fisk fish laks salmon havbruk aquaculture energi energy batteri battery hydrogen vind wind ' +
  'sol solar helse health pasient patient sykehus hospital bygg construction tre wood stål steel ' +
  'betong concrete programvare software sky cloud sikkerhet security robot automasjon automation ' +
  'maskinlæring learning kunstig intelligens intelligence algoritme algorithm optimalisering ' +
  'optimisation bærekraft sustainability sirkulær circular utslipp emissions karbonfangst capture ' +
  'lagring storage transport logistikk havn port skip ship maritim marine undervanns subsea ' +
  'overvåking monitoring prediksjon prediction digital tvilling twin simulering simulation ' +
  'materialer materials halvleder semiconductor mikroelektronikk microelectronics ' +
  'bioteknologi biotechnology vaksine vaccine diagnostikk diagnostics kunde customer marked ' +
  'market partner samarbeid collaboration pilot test laboratorium laboratory universitet ' +
  'university studenter students startup oppstart investor kapital capital region trøndelag ' +
  'trondheim norge norway nordisk nordic global internasjonal international'
).split(' ');

const titleHeads =
  'Nordic Fjord Trønder Nidaros Polar Blue Green Smart Ocean Arctic Aurora Viking Nova Helix Kyst Nord'.split(
    ' ',
  );
const titleTails =
  'AS Solutions Lab Technologies Systems Senter Gruppen Analytics Robotics Energy Health Marine Bygg Data'.split(
    ' ',
  );
const firstNames =
  'Kari Ola Ingrid Lars Sofie Magnus Nora Henrik Emma Jonas Sara Erik Ida Anders Maja'.split(' ');
const lastNames =
  'Nordmann Hansen Johansen Olsen Larsen Berg Haugen Bakken Moe Lie Dahl Strand Aune Solberg'.split(
    ' ',
  );
const municipalities = [
  ['5001', 'Trondheim'],
  ['5035', 'Stjørdal'],
  ['5029', 'Skaun'],
  ['5031', 'Malvik'],
  ['5028', 'Melhus'],
  ['5059', 'Orkland'],
  ['5037', 'Levanger'],
  ['5056', 'Hitra'],
  ['5057', 'Ørland'],
  ['5055', 'Heim'],
] as const;
/** Most actors are companies, as in the region. */
const actorKinds: readonly ActorKind[] = ['COMPANY', 'COMPANY', 'COMPANY', ...ACTOR_KINDS];
/** Search shows technologies on their way to market; dropped ones are rare. */
const techStages = TECHNOLOGY_STAGES.filter((stage) => stage !== 'DROPPED');

export function* generateSearchDocuments(count: number, seed = 42): Generator<SearchDocument> {
  const rnd = mulberry32(seed);
  // Index i with probability proportional to 1 / (i + 1): Zipf with s = 1.
  const topicCdf = new Cdf(zipfWeights(benchTopics.length, 1));
  const wordCdf = new Cdf(zipfWeights(words.length, 1));
  const topicIndex = () => topicCdf.sample(rnd);
  const wordIndex = () => wordCdf.sample(rnd);
  const sentence = (n: number) => Array.from({ length: n }, () => words[wordIndex()]).join(' ');

  for (let i = 0; i < count; i++) {
    const roll = rnd();
    const type: SearchDocumentType =
      roll < 0.62
        ? 'actor'
        : roll < 0.8
          ? 'person'
          : roll < 0.9
            ? 'technology'
            : roll < 0.98
              ? 'opportunity'
              : roll < 0.99
                ? 'cluster'
                : 'topic';
    const entityId = `bench-${i.toString(36)}`;
    const topicCount = 1 + Math.floor(rnd() * 3);
    const topics = [...new Set(Array.from({ length: topicCount }, () => topicIndex()))].map(
      (t) => benchTopics[t] as readonly [string, string, string],
    );
    const base = {
      id: searchDocumentId(type, entityId),
      type,
      entityId,
      topics: topics.map(([slug]) => slug),
      topicNames: topics.flatMap(([, en, nb]) => (en === nb ? [en] : [en, nb])),
      synthetic: true,
      updatedAt: 1_700_000_000_000 + i * 1000,
    };
    const body = sentence(12 + Math.floor(rnd() * 30));
    switch (type) {
      case 'actor': {
        const kind = pick(rnd, actorKinds);
        const [code, name] = pick(rnd, municipalities);
        yield {
          ...base,
          title: `${pick(rnd, titleHeads)} ${words[wordIndex()]} ${pick(rnd, titleTails)}`,
          body,
          slug: entityId,
          kind,
          helix: DEFAULT_HELIX[kind],
          municipality: code,
          municipalityName: name,
          stage: kind === 'COMPANY' ? pick(rnd, COMPANY_STAGES) : undefined,
          isTech: kind === 'COMPANY' ? rnd() < 0.4 : undefined,
        };
        break;
      }
      case 'person':
        yield { ...base, title: `${pick(rnd, firstNames)} ${pick(rnd, lastNames)}`, body };
        break;
      case 'technology':
        yield {
          ...base,
          title: `${words[wordIndex()]} ${words[wordIndex()]} ${pick(rnd, ['sensor', 'metode', 'method', 'system', 'material'])}`,
          body,
          slug: entityId,
          stage: pick(rnd, techStages),
          trl: 1 + Math.floor(rnd() * 9),
        };
        break;
      case 'opportunity':
        yield {
          ...base,
          title: `${pick(rnd, ['Søker', 'Seeking', 'Tilbyr', 'Offering'])} ${sentence(3)}`,
          body,
          kind: pick(rnd, OPPORTUNITY_KINDS),
        };
        break;
      case 'cluster':
        yield {
          ...base,
          title: `${pick(rnd, titleHeads)} ${pick(rnd, ['Cluster', 'Klynge'])}`,
          body,
          slug: entityId,
          level: pick(rnd, CLUSTER_LEVELS),
        };
        break;
      case 'topic': {
        const [slug, en, nb] = pick(rnd, benchTopics);
        yield { ...base, title: en, body: nb, slug, topics: [slug], topicNames: [en, nb] };
        break;
      }
    }
  }
}
