/**
 * Illustrative data that makes every page and the matchmaking look alive: companies, people,
 * projects, cluster memberships, opportunities, introductions and technologies. Everything here
 * is invented, generated deterministically from a fixed seed, and marked `source: "synthetic"`
 * with an empty `sourceRef`, so the site can label it.
 *
 * Rules that keep invented data from passing as fact:
 * - names are generic compositions (no real people, no real companies);
 * - relationships carry no provenance of their own, so every synthetic relationship touches at
 *   least one synthetic node: a real research group may take part in a synthetic project, but
 *   two real actors are never linked here;
 * - no organisation numbers (they would collide with the register) and no real web sites; email
 *   addresses use example.no.
 */
import { seededRandom, slugify } from '@kobling/domain';
import type { CompanyStage, SeededRandom, TechnologyStage } from '@kobling/domain';
import { SEED_TIME, ref, rel, type Row, type SeedRelationship } from './seed-graph.ts';
import {
  actorRow,
  introductionRow,
  milestoneRow,
  opportunityRow,
  personRow,
  projectRow,
  technologyRow,
} from './rows.ts';
import { TOPICS, topicId, type TopicSlug } from './taxonomy.ts';
import { REGION_MUNICIPALITIES } from './municipalities.ts';
import { actorId, clusterId } from './facts.ts';

/** The fixed seed of the synthetic data. */
export const SYNTHETIC_SEED = 20_260_101;

export const SYNTHETIC_COUNTS = {
  companies: 150,
  people: 80,
  projects: 40,
  opportunities: 40,
  introductions: 20,
} as const;

const DAY = 86_400_000;
const synthetic = { source: 'synthetic', sourceRef: '' } as const;

interface Area {
  readonly key: string;
  readonly weight: number;
  /** Topics in falling popularity (draws are skewed to the front). */
  readonly topics: readonly TopicSlug[];
  readonly nace: readonly string[];
  readonly words: readonly string[];
}

const AREAS: readonly Area[] = [
  {
    key: 'software',
    weight: 24,
    topics: [
      'software',
      'ai-data',
      'machine-learning',
      'data-platforms',
      'cybersecurity',
      'computer-vision',
      'digital-twins',
      'search-technology',
    ],
    nace: ['62.010', '62.020', '63.110', '58.290'],
    words: ['Programvare', 'Dataanalyse', 'Skyløsninger', 'Systemutvikling', 'Digital'],
  },
  {
    key: 'ocean',
    weight: 16,
    topics: [
      'ocean-autonomy',
      'underwater-robotics',
      'autonomous-ships',
      'maritime',
      'marine-operations',
      'subsea',
      'ship-design',
    ],
    nace: ['30.110', '72.190', '71.129', '33.150'],
    words: ['Marinrobotikk', 'Havteknologi', 'Sjødroner', 'Marine Systemer', 'Autonomi'],
  },
  {
    key: 'aquaculture',
    weight: 12,
    topics: ['aquaculture-technology', 'aquaculture', 'fish-health', 'fisheries'],
    nace: ['28.300', '72.190', '03.211', '10.200'],
    words: [
      'Havbruksteknikk',
      'Oppdrettsteknologi',
      'Fiskehelse',
      'Merdsystemer',
      'Sjømatteknologi',
    ],
  },
  {
    key: 'energy',
    weight: 12,
    topics: [
      'energy',
      'power-systems',
      'offshore-wind',
      'ccs',
      'hydrogen',
      'batteries',
      'energy-software',
    ],
    nace: ['71.129', '72.190', '27.110', '35.110', '62.010'],
    words: ['Energi', 'Kraftsystemer', 'Fornybar', 'Energiteknikk', 'Karbonteknologi'],
  },
  {
    key: 'electronics',
    weight: 9,
    topics: ['electronics', 'embedded-systems', 'iot', 'microchips', 'wireless', 'nanotechnology'],
    nace: ['26.110', '26.300', '26.510', '26.120'],
    words: ['Elektronikk', 'Mikrosystemer', 'Kretsdesign', 'Radioteknikk', 'Innebygd'],
  },
  {
    key: 'health',
    weight: 8,
    topics: ['medtech', 'digital-health', 'medical-imaging', 'biotech'],
    nace: ['26.600', '32.501', '72.110', '62.010'],
    words: ['Medtech', 'Helseteknologi', 'Diagnostikk', 'Biomedisin', 'Ultralyd'],
  },
  {
    key: 'industry',
    weight: 7,
    topics: [
      'industry',
      'automation',
      'industrial-robotics',
      'additive-manufacturing',
      'materials',
      'metal-production',
      'process-industry',
    ],
    nace: ['28.990', '25.620', '24.420', '72.190'],
    words: [
      'Industriteknikk',
      'Automasjon',
      'Materialteknologi',
      'Prosessteknikk',
      'Metallteknikk',
    ],
  },
  {
    key: 'sensors',
    weight: 6,
    topics: ['sensors', 'acoustics-sonar', 'environmental-monitoring', 'geophysical-forecasting'],
    nace: ['26.510', '71.200', '72.190'],
    words: ['Instrumentering', 'Måleteknikk', 'Sensorsystemer', 'Akustikk', 'Miljømåling'],
  },
  {
    key: 'bioeconomy',
    weight: 6,
    topics: [
      'wood-construction',
      'forestry',
      'construction',
      'smart-buildings',
      'circular-economy',
      'architecture',
    ],
    nace: ['16.230', '41.200', '71.121', '02.100', '16.100'],
    words: ['Trebygg', 'Skogteknologi', 'Byggteknikk', 'Bygg og Miljø', 'Sirkulær'],
  },
  {
    key: 'fintech',
    weight: 4,
    topics: ['fintech', 'payments', 'venture-capital'],
    nace: ['62.010', '64.190', '66.190'],
    words: ['Finans', 'Betaling', 'Fintech', 'Regnskapsdata'],
  },
  {
    key: 'mobility',
    weight: 4,
    topics: ['mobility', 'electric-mobility', 'autonomous-vehicles', 'drones'],
    nace: ['29.100', '62.010', '52.290'],
    words: ['Mobilitet', 'Transportdata', 'Elmobilitet', 'Droneteknikk'],
  },
  {
    key: 'edtech',
    weight: 3,
    topics: ['edtech', 'game-based-learning'],
    nace: ['62.010', '85.599'],
    words: ['Læring', 'Edtech', 'Læringsteknologi'],
  },
  {
    key: 'quantum',
    weight: 1,
    topics: ['quantum', 'spintronics'],
    nace: ['72.190'],
    words: ['Kvanteteknologi', 'Kvantesystemer'],
  },
];

/** Topics that cut across areas, added now and then. */
const CROSS_TOPICS: readonly TopicSlug[] = [
  'machine-learning',
  'digital-twins',
  'iot',
  'climate',
  'sensors',
  'data-platforms',
];

const NAME_PREFIXES = [
  'Nord',
  'Fjord',
  'Lys',
  'Stein',
  'Elv',
  'Berg',
  'Vind',
  'Skog',
  'Bølge',
  'Tind',
  'Kyst',
  'Sol',
  'Eik',
  'Fure',
  'Ask',
  'Myr',
  'Strand',
  'Ravn',
  'Falk',
  'Lom',
  'Sjø',
  'Holm',
  'Lind',
  'Nes',
  'Brei',
  'Gran',
  'Lauv',
  'Sval',
  'Dis',
  'Kvit',
];
const FIRST_NAMES = [
  'Ingrid',
  'Kari',
  'Marte',
  'Silje',
  'Hanne',
  'Ida',
  'Nora',
  'Sofie',
  'Tone',
  'Guro',
  'Eirik',
  'Lars',
  'Ole',
  'Magnus',
  'Henrik',
  'Jonas',
  'Sindre',
  'Håkon',
  'Torstein',
  'Anders',
  'Emma',
  'Maja',
  'Thea',
  'Vegard',
  'Ragnhild',
  'Sigrid',
  'Aslak',
  'Trond',
  'Even',
  'Elin',
  'Amir',
  'Leila',
  'Mikael',
  'Aino',
  'Jakob',
  'Sara',
];
/** Surnames are invented compounds, so no synthetic person carries a real person's name by design. */
const SURNAME_HEADS = [
  'Aske',
  'Bjørke',
  'Eike',
  'Fure',
  'Hegge',
  'Lynge',
  'Mose',
  'Ospe',
  'Rogne',
  'Selje',
  'Tinde',
  'Vike',
  'Hasle',
  'Lunde',
  'Grane',
  'Kvist',
];
const SURNAME_TAILS = [
  'dal',
  'lund',
  'mo',
  'vik',
  'berg',
  'haug',
  'stad',
  'rud',
  'li',
  'nes',
  'bakk',
  'sve',
];

/** Real research units and public actors that synthetic projects, people and technologies may involve. */
const RESEARCH_PARTNERS = [
  'ntnu-amos',
  'ntnu-itk',
  'ntnu-idi',
  'ntnu-ies',
  'ntnu-iel',
  'ntnu-imt',
  'ntnu-cius',
  'ntnu-subpro',
  'ntnu-sfi-metal-production',
  'ntnu-icsi',
  'ntnu-casa',
  'ntnu-geophysical-forecasting',
  'ntnu-vista-subsea-autonomy',
  'ntnu-quspin',
  'ntnu-iot',
  'sintef-ocean',
  'sintef-energy',
  'sintef-digital',
  'sintef-industry',
  'sintef-manufacturing',
  'sintef-community',
] as const;
const PUBLIC_PARTNERS = [
  'trondelag-fylkeskommune',
  'trondheimsregionen',
  'innovasjon-norge',
  'siva',
] as const;
const INTRODUCERS = [
  'ntnu-tto',
  'digs',
  'trondheim-tech-port',
  'leiv-eiriksson-nyskaping',
  '6am',
  'spark-ntnu',
] as const;
const FUNDERS = [
  ['Forskningsrådet', 45],
  ['Innovasjon Norge', 30],
  ['EU Horizon Europe', 15],
  ['Trøndelag fylkeskommune', 10],
] as const;

/** Roots of a topic in the taxonomy (a topic may sit under two parents). */
const broaderOf = new Map<string, readonly string[]>(TOPICS.map((t) => [t.slug, t.broader]));
function rootsOf(slug: string): Set<string> {
  const parents = broaderOf.get(slug) ?? [];
  if (parents.length === 0) return new Set([slug]);
  return new Set(parents.flatMap((p) => [...rootsOf(p)]));
}
const rootsOfAll = (slugs: readonly string[]): Set<string> =>
  new Set(slugs.flatMap((s) => [...rootsOf(s)]));
const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

const topicName = new Map<string, string>(TOPICS.map((t) => [t.slug, t.name]));
/** A topic's name for use inside a sentence: "Machine learning" → "machine learning", "AI and data" stays. */
const nameOf = (slug: TopicSlug): string => {
  const name = topicName.get(slug) ?? slug;
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
};
const listOf = (slugs: readonly TopicSlug[]): string => {
  const names = slugs.map(nameOf);
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};

/** A Zipf-like draw: the first topics of a list are much more likely. */
const skewed = (rng: SeededRandom, topics: readonly TopicSlug[]): TopicSlug =>
  rng.weighted(topics.map((t, i) => [t, 1 / (i + 1)] as const));

/** Per stage: employees from–to, founded from–to. */
const STAGE_RANGES: Record<CompanyStage, readonly [number, number, number, number]> = {
  IDEA: [1, 3, 2024, 2025],
  STARTUP: [2, 15, 2018, 2025],
  SCALEUP: [15, 80, 2012, 2021],
  ESTABLISHED: [20, 600, 1985, 2015],
};

/** Draws until the value is new, and remembers it. */
function drawUnique(used: Set<string>, draw: () => string): string {
  for (;;) {
    const value = draw();
    if (!used.has(value)) {
      used.add(value);
      return value;
    }
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * How well an actor's topics fit a project's: the sum over shared topics of both weights, and
 * apart from it the same for topics one BROADER step apart (a looser fit).
 */
function topicFit(
  actor: ReadonlyMap<string, number>,
  project: ReadonlyMap<string, number>,
): { shared: number; adjacent: number } {
  let shared = 0;
  let adjacent = 0;
  for (const [topic, weight] of project) {
    const own = actor.get(topic);
    if (own !== undefined) shared += weight * own;
    for (const [other, w] of actor) {
      if (
        (broaderOf.get(topic) ?? []).includes(other) ||
        (broaderOf.get(other) ?? []).includes(topic)
      )
        adjacent += weight * w;
    }
  }
  return { shared, adjacent };
}

/**
 * Up to n participants for a project, drawn without replacement with a chance proportional to
 * how well their topics fit the project's: from the actors that share a topic when there are
 * enough of them, else also from those one step away; never an actor that fits neither. Every
 * slot takes one draw from the stream, filled or not, so the sections after the projects keep
 * their ids.
 */
function drawByTopic(
  rng: SeededRandom,
  candidates: readonly (readonly [string, ReadonlyMap<string, number>])[],
  project: ReadonlyMap<string, number>,
  n: number,
): string[] {
  const fits = candidates.map(([id, topics]) => [id, topicFit(topics, project)] as const);
  const sharing = fits.filter(([, f]) => f.shared > 0).map(([id, f]) => [id, f.shared] as const);
  let pool: (readonly [string, number])[] =
    sharing.length >= n
      ? sharing
      : fits
          .filter(([, f]) => f.shared + f.adjacent > 0)
          .map(([id, f]) => [id, f.shared + 0.25 * f.adjacent]);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    // A slot no fitting actor is left for stays empty; its draw is still taken.
    const id = pool.length > 0 ? rng.weighted(pool) : (rng.next(), null);
    if (id === null) continue;
    out.push(id);
    pool = pool.filter(([other]) => other !== id);
  }
  return out;
}

interface SynActor {
  id: string;
  name: string;
  area: Area;
  topics: TopicSlug[];
  roots: Set<string>;
}

export interface FactContext {
  /** Topics of the fact actors, by actor id, heaviest first (from the fact graph's HAS_TOPIC). */
  actorTopics: ReadonlyMap<string, readonly string[]>;
  /** Weights of those topics, by actor id and topic slug. */
  actorTopicWeights: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Real research units (departments, centres, institutes) that may take part in projects. */
  researchUnits: readonly string[];
}

/** The synthetic rows and relationships; `facts` supplies the topics of real partners. */
export function syntheticGraph(facts: FactContext): {
  nodes: Record<string, Row[]>;
  relationships: SeedRelationship[];
} {
  const rng = seededRandom(SYNTHETIC_SEED);
  const relationships: SeedRelationship[] = [];
  const hasTopic = (label: string, key: string, slug: TopicSlug, weight: number): void => {
    relationships.push(rel('HAS_TOPIC', ref(label, key), ref('Topic', topicId(slug)), { weight }));
  };
  const drawTopics = (area: Area, max: number): TopicSlug[] => {
    const out: TopicSlug[] = [skewed(rng, area.topics)];
    const extra = rng.int(0, max - 1);
    for (let i = 0; i < extra; i++) {
      const t = skewed(rng, area.topics);
      if (!out.includes(t)) out.push(t);
    }
    if (rng.chance(0.3)) {
      const t = rng.pick(CROSS_TOPICS);
      if (!out.includes(t)) out.push(t);
    }
    return out;
  };

  // Companies
  const usedNames = new Set<string>();
  const companies: SynActor[] = [];
  const actorRows: Row[] = [];
  const municipalityWeights = REGION_MUNICIPALITIES.map((m) => [m.code, m.population] as const);
  for (let i = 0; i < SYNTHETIC_COUNTS.companies; i++) {
    const area = rng.weighted(AREAS.map((a) => [a, a.weight] as const));
    const name = drawUnique(
      usedNames,
      () => `${rng.pick(NAME_PREFIXES)} ${rng.pick(area.words)} AS`,
    );
    const slug = slugify(name);
    const id = actorId(slug);
    const stage = rng.weighted([
      ['IDEA', 10],
      ['STARTUP', 35],
      ['SCALEUP', 25],
      ['ESTABLISHED', 30],
    ] as const);
    const [lo, hi, y0, y1] = STAGE_RANGES[stage];
    // Log-uniform headcounts: many small companies, few large ones.
    const employees = Math.round(
      Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo))),
    );
    const naceCode = rng.pick(area.nace);
    const topics = drawTopics(area, 3);
    companies.push({ id, name, area, topics, roots: rootsOfAll(topics) });
    actorRows.push(
      actorRow({
        id,
        kind: 'COMPANY',
        helix: 'INDUSTRY',
        name,
        slug,
        description: `Illustrative company working with ${listOf(topics)}.`,
        naceCode,
        employees,
        foundedYear: rng.int(y0, y1),
        isTech: ['20', '21', '26', '27', '28', '29', '30', '62', '63', '72'].includes(
          naceCode.slice(0, 2),
        ),
        stage,
        ...synthetic,
      }),
    );
    relationships.push(
      rel('LOCATED_IN', ref('Actor', id), ref('Municipality', rng.weighted(municipalityWeights))),
    );
    topics.forEach((t, k) =>
      hasTopic('Actor', id, t, k === 0 ? 1 : round1(0.4 + rng.next() * 0.5)),
    );
  }
  const companiesIn = (roots: Set<string>): SynActor[] =>
    companies.filter((c) => overlaps(c.roots, roots));

  // People
  const people: Row[] = [];
  const usedPeople = new Set<string>();
  for (let i = 0; i < SYNTHETIC_COUNTS.people; i++) {
    const [first = '', last = ''] = drawUnique(
      usedPeople,
      () => `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAME_HEADS)}${rng.pick(SURNAME_TAILS)}`,
    ).split(' ');
    const id = `person:${slugify(`${first} ${last}`)}`;
    const where = rng.weighted([
      ['company', 65],
      ['research', 25],
      ['public', 10],
    ] as const);
    let employer: string;
    let topics: TopicSlug[];
    let title: string;
    if (where === 'company') {
      const c = rng.pick(companies);
      employer = c.id;
      topics = rng.sample(c.topics, 2);
      title = rng.pick([
        'Daglig leder',
        'CTO',
        'Head of R&D',
        'Forretningsutvikler',
        'Senior engineer',
        'Product manager',
        'Data scientist',
      ]);
    } else {
      const slug = where === 'research' ? rng.pick(RESEARCH_PARTNERS) : rng.pick(PUBLIC_PARTNERS);
      employer = actorId(slug);
      topics = rng.sample((facts.actorTopics.get(employer) ?? ['innovation']) as TopicSlug[], 2);
      title =
        where === 'research'
          ? rng.pick([
              'Professor',
              'Førsteamanuensis',
              'Postdoctoral fellow',
              'Senior researcher',
              'Research scientist',
              'PhD candidate',
            ])
          : rng.pick(['Rådgiver', 'Seniorrådgiver', 'Innovation advisor', 'Næringsrådgiver']);
    }
    const listed = rng.chance(0.85);
    people.push(
      personRow({
        id,
        name: `${first} ${last}`,
        title,
        email: `${slugify(first)}.${slugify(last)}@example.no`,
        expertise: `Works with ${listOf(topics)}.`,
        listed,
        consentAt: listed ? SEED_TIME - rng.int(10, 700) * DAY : null,
        ...synthetic,
      }),
    );
    relationships.push(rel('WORKS_AT', ref('Person', id), ref('Actor', employer), { role: title }));
    topics.forEach((t, k) => hasTopic('Person', id, t, k === 0 ? 1 : 0.6));
  }

  // Projects: companies with research groups, now and then a public actor.
  const projects: Row[] = [];
  const usedTitles = new Set<string>();
  for (let i = 0; i < SYNTHETIC_COUNTS.projects; i++) {
    const area = rng.weighted(
      AREAS.filter((a) => a.key !== 'quantum').map((a) => [a, a.weight] as const),
    );
    const topics = drawTopics(area, 2);
    const main = topics[0] as TopicSlug;
    const title = drawUnique(
      usedTitles,
      () =>
        `${rng.pick(['Data-driven', 'Scalable', 'Low-emission', 'Resilient', 'Next-generation', 'Affordable', 'Trustworthy', 'Open'])} ${nameOf(main)} ${rng.pick(['for coastal industries', 'for small and medium-sized enterprises', 'in Trøndelag', 'in harsh environments', 'for public services', 'at industrial scale', 'pilot', 'demonstrator'])}`,
    );
    const id = `project:${String(i + 1).padStart(3, '0')}-${slugify(title)}`;
    const funder = rng.weighted(FUNDERS);
    const startYear = rng.int(2019, 2026);
    // The main topic counts most when participants are chosen.
    const weights = new Map(topics.map((t, k) => [t, k === 0 ? 1 : 0.5] as const));
    const partnersCompanies = drawByTopic(
      rng,
      companies.map((c) => [c.id, new Map(c.topics.map((t) => [t, 1] as const))] as const),
      weights,
      rng.int(1, 3),
    );
    const partnersResearch = drawByTopic(
      rng,
      facts.researchUnits.map((id) => [id, facts.actorTopicWeights.get(id) ?? new Map()] as const),
      weights,
      rng.int(1, 2),
    );
    const partnersPublic = rng.chance(0.25) ? [actorId(rng.pick(PUBLIC_PARTNERS))] : [];
    const coordinator = rng.chance(0.5)
      ? (partnersResearch[0] ?? partnersCompanies[0])
      : partnersCompanies[0];
    for (const a of [...partnersCompanies, ...partnersResearch, ...partnersPublic]) {
      relationships.push(
        rel('PARTICIPATES_IN', ref('Actor', a), ref('Project', id), {
          role: a === coordinator ? 'COORDINATOR' : 'PARTNER',
        }),
      );
    }
    projects.push(
      projectRow({
        id,
        title: title.charAt(0).toUpperCase() + title.slice(1),
        summary: `Illustrative ${funder} project on ${listOf(topics)}, with ${partnersCompanies.length + partnersResearch.length + partnersPublic.length} partners.`,
        funder,
        startYear,
        endYear: startYear + rng.int(2, 4),
        ...synthetic,
      }),
    );
    topics.forEach((t, k) =>
      hasTopic('Project', id, t, k === 0 ? 1 : round1(0.5 + rng.next() * 0.4)),
    );
  }

  // Cluster memberships of synthetic companies (the ended NCE Instrumentation gets none).
  const clusterPools: readonly (readonly [string, readonly string[], number])[] = [
    ['ocean-autonomy', ['ocean'], 22],
    ['nce-aquatech', ['aquaculture'], 18],
    ['woodworks', ['bioeconomy'], 10],
    ['tequity', ['fintech', 'software'], 10],
  ];
  for (const [slug, areaKeys, n] of clusterPools) {
    const members = rng.sample(
      companies.filter((c) => areaKeys.includes(c.area.key)),
      n,
    );
    for (const m of members) {
      const status = rng.weighted([
        ['ACTIVE', 80],
        ['REQUESTED', 10],
        ['INVITED', 10],
      ] as const);
      const role =
        status === 'ACTIVE'
          ? rng.weighted([
              ['MEMBER', 75],
              ['PARTNER', 15],
              ['BOARD', 10],
            ] as const)
          : 'MEMBER';
      relationships.push(
        rel('MEMBER_OF', ref('Actor', m.id), ref('Cluster', clusterId(slug)), {
          status,
          role,
          since: SEED_TIME - rng.int(5, 1500) * DAY,
        }),
      );
    }
  }

  // Opportunities: mostly posted by companies; research units offer, public actors challenge.
  const opportunities: Row[] = [];
  const posted: { id: string; poster: string; topics: TopicSlug[] }[] = [];
  const templates = {
    NEED: [
      'Looking for a partner in {t}',
      'Need test facilities for {t}',
      'Seeking a pilot customer for {t}',
      'Need expertise in {t}',
    ],
    OFFER: [
      'Offering expertise in {t}',
      'Lab capacity available: {t}',
      'Pilot site for {t}',
      'Student projects in {t}',
    ],
    CHALLENGE: [
      'Open challenge: {t} for public services',
      'Challenge: how can {t} serve the region better?',
      'Challenge: {t} for small businesses',
    ],
  } as const;
  for (let i = 0; i < SYNTHETIC_COUNTS.opportunities; i++) {
    const kind =
      i % 10 === 3
        ? 'CHALLENGE'
        : rng.weighted([
            ['NEED', 50],
            ['OFFER', 35],
            ['CHALLENGE', 15],
          ] as const);
    let poster: string;
    let topics: TopicSlug[];
    if (kind === 'OFFER' && rng.chance(0.25)) {
      poster = actorId(rng.pick(RESEARCH_PARTNERS));
      topics = rng.sample((facts.actorTopics.get(poster) ?? ['innovation']) as TopicSlug[], 2);
    } else if (kind === 'CHALLENGE' && rng.chance(0.5)) {
      poster = actorId(rng.pick(PUBLIC_PARTNERS));
      topics = [
        rng.pick([
          'climate',
          'mobility',
          'digital-health',
          'circular-economy',
          'smart-buildings',
        ] as const),
      ];
    } else {
      const c = rng.pick(companies);
      poster = c.id;
      topics = rng.sample(c.topics, rng.int(1, 2));
    }
    const main = topics[0] as TopicSlug;
    const title = rng.pick(templates[kind]).replace('{t}', nameOf(main));
    const id = `opportunity:${String(i + 1).padStart(3, '0')}-${slugify(title)}`;
    const createdAt = SEED_TIME - rng.int(3, 300) * DAY;
    const closed = rng.chance(0.15);
    opportunities.push(
      opportunityRow({
        id,
        kind,
        title,
        body: `Illustrative ${kind.toLowerCase()} about ${listOf(topics)}. Get in touch through Kobling.`,
        status: closed ? 'CLOSED' : 'OPEN',
        visibility: i % 10 === 7 ? 'PRIVATE' : 'PUBLIC',
        expiresAt: rng.chance(0.2) ? null : SEED_TIME + rng.int(365, 730) * DAY,
        closedAt: closed ? createdAt + rng.int(10, 60) * DAY : null,
        createdAt,
        ...synthetic,
      }),
    );
    relationships.push(rel('POSTED', ref('Actor', poster), ref('Opportunity', id)));
    topics.forEach((t, k) => hasTopic('Opportunity', id, t, k === 0 ? 1 : 0.6));
    if (!closed) posted.push({ id, poster, topics });
  }

  // Introductions in every status, some about an opportunity, some via an introducer.
  const introductions: Row[] = [];
  const statuses = ['REQUESTED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'COMPLETED'] as const;
  for (let i = 0; i < SYNTHETIC_COUNTS.introductions; i++) {
    const status = statuses[i % statuses.length] as (typeof statuses)[number];
    const id = `introduction:${String(i + 1).padStart(3, '0')}`;
    const about = i % 2 === 0 ? rng.pick(posted) : null;
    const requester = rng.pick(companies.filter((c) => c.id !== about?.poster));
    const to = about
      ? about.poster
      : rng.pick([
          ...companies.filter((c) => c.id !== requester.id).map((c) => c.id),
          ...RESEARCH_PARTNERS.map(actorId),
        ]);
    const shared = about ? about.topics : requester.topics.slice(0, 1);
    const score = round1(40 + rng.next() * 55);
    const createdAt = SEED_TIME - rng.int(20, 200) * DAY;
    const respondedAt =
      status === 'ACCEPTED' || status === 'DECLINED' || status === 'COMPLETED'
        ? createdAt + rng.int(1, 10) * DAY
        : null;
    const outcome =
      status === 'COMPLETED'
        ? rng.pick([
            'MEETING',
            'PROJECT',
            'NO_FIT',
            'Signed an NDA and started a feasibility study',
          ])
        : null;
    introductions.push(
      introductionRow({
        id,
        status,
        message: `Hei! We work on ${nameOf(shared[0] as TopicSlug)} and would like to talk.`,
        explanation: JSON.stringify({
          sharedTopics: shared,
          reasons: ['shared topics', about ? 'answers an opportunity' : 'complementary helix'],
        }),
        score,
        requestedBy: null,
        respondedAt,
        expiresAt:
          status === 'REQUESTED' ? SEED_TIME + rng.int(180, 365) * DAY : createdAt + 30 * DAY,
        outcome,
        outcomeAt: outcome && respondedAt ? respondedAt + rng.int(7, 60) * DAY : null,
        createdAt,
        ...synthetic,
      }),
    );
    relationships.push(rel('REQUESTED', ref('Actor', requester.id), ref('Introduction', id)));
    relationships.push(rel('TO', ref('Introduction', id), ref('Actor', to)));
    if (rng.chance(0.4))
      relationships.push(
        rel('VIA', ref('Introduction', id), ref('Actor', actorId(rng.pick(INTRODUCERS)))),
      );
    if (about)
      relationships.push(rel('ABOUT', ref('Introduction', id), ref('Opportunity', about.id)));
  }

  // Technologies, one ending in each pipeline stage, with their milestone and TRL history.
  const technologies: Row[] = [];
  const milestones: Row[] = [];
  const techs: readonly {
    title: string;
    origin: string;
    topics: readonly TopicSlug[];
    path: readonly (readonly [TechnologyStage, number])[];
  }[] = [
    {
      title: 'Self-calibrating fibre-optic landslide sensor',
      origin: 'ntnu-geophysical-forecasting',
      topics: ['geophysical-forecasting', 'geohazards'],
      path: [['DISCLOSURE', 2]],
    },
    {
      title: 'Wearable ultrasound patch for continuous monitoring',
      origin: 'ntnu-cius',
      topics: ['medical-imaging', 'medtech'],
      path: [
        ['DISCLOSURE', 2],
        ['EVALUATION', 3],
      ],
    },
    {
      title: 'Cooperative docking for underwater drones',
      origin: 'ntnu-vista-subsea-autonomy',
      topics: ['underwater-robotics', 'ocean-autonomy'],
      path: [
        ['DISCLOSURE', 2],
        ['EVALUATION', 3],
        ['PROTECTION', 4],
      ],
    },
    {
      title: 'Catalyst coating for low-temperature hydrogen production',
      origin: 'ntnu-icsi',
      topics: ['catalysis', 'hydrogen'],
      path: [
        ['DISCLOSURE', 3],
        ['EVALUATION', 3],
        ['PROTECTION', 4],
        ['LICENSING', 5],
      ],
    },
    {
      title: 'Collision avoidance for autonomous ferries',
      origin: 'ntnu-itk',
      topics: ['autonomous-ships', 'automation'],
      path: [
        ['DISCLOSURE', 3],
        ['EVALUATION', 4],
        ['PROTECTION', 4],
        ['SPIN_OFF', 5],
      ],
    },
    {
      title: 'Sea-lice counting by computer vision',
      origin: 'sintef-ocean',
      topics: ['fish-health', 'computer-vision'],
      path: [
        ['DISCLOSURE', 3],
        ['EVALUATION', 4],
        ['PROTECTION', 5],
        ['SPIN_OFF', 5],
        ['FUNDED', 6],
      ],
    },
    {
      title: 'Grid congestion forecasting service',
      origin: 'sintef-energy',
      topics: ['power-systems', 'machine-learning'],
      path: [
        ['DISCLOSURE', 2],
        ['EVALUATION', 3],
        ['PROTECTION', 4],
        ['SPIN_OFF', 5],
        ['FUNDED', 6],
        ['ON_MARKET', 8],
      ],
    },
    {
      title: 'Spin-wave logic gate',
      origin: 'ntnu-quspin',
      topics: ['spintronics', 'electronics'],
      path: [
        ['DISCLOSURE', 2],
        ['EVALUATION', 3],
        ['DROPPED', 3],
      ],
    },
  ];
  for (const t of techs) {
    const slug = slugify(t.title);
    const id = `technology:${slug}`;
    const last = t.path[t.path.length - 1] as readonly [TechnologyStage, number];
    const stages = t.path.map(([s]) => s);
    technologies.push(
      technologyRow({
        id,
        slug,
        title: t.title,
        summary: `Illustrative technology from ${t.origin.startsWith('sintef') ? 'SINTEF' : 'NTNU'}: ${nameOf(t.topics[0] as TopicSlug)}.`,
        trl: last[1],
        stage: last[0],
        ...synthetic,
      }),
    );
    let at = Date.UTC(rng.int(2017, 2022), rng.int(0, 11), rng.int(1, 28));
    t.path.forEach(([stage, trl], k) => {
      const mid = `milestone:${slug}:${k + 1}-${stage.toLowerCase()}`;
      milestones.push(
        milestoneRow({
          id: mid,
          stage,
          trl,
          at,
          note: `Illustrative: reached ${stage.toLowerCase().replace('_', '-')} at TRL ${trl}.`,
          ...synthetic,
        }),
      );
      relationships.push(rel('HAS_MILESTONE', ref('Technology', id), ref('Milestone', mid)));
      at = Math.min(at + rng.int(90, 420) * DAY, SEED_TIME - DAY);
    });
    const origin = actorId(t.origin);
    relationships.push(rel('ORIGINATED_AT', ref('Technology', id), ref('Actor', origin)));
    const fromNtnu = t.origin.startsWith('ntnu');
    const supporters = [
      fromNtnu ? 'ntnu-tto' : 'sintef-tto',
      ...(fromNtnu && stages.includes('EVALUATION') ? ['ntnu-discovery'] : []),
      ...(stages.includes('PROTECTION') ? ['forskningsradet'] : []),
      ...(stages.includes('SPIN_OFF') ? ['ntnu-accel'] : []),
      ...(stages.includes('FUNDED') ? ['proventure', 'innovasjon-norge'] : []),
      ...(stages.includes('ON_MARKET') ? ['investinor'] : []),
    ];
    for (const s of supporters)
      relationships.push(rel('SUPPORTED_BY', ref('Technology', id), ref('Actor', actorId(s))));
    if (stages.some((s) => s === 'LICENSING' || s === 'SPIN_OFF')) {
      const pool = companiesIn(rootsOfAll(t.topics));
      relationships.push(
        rel(
          'COMMERCIALISED_BY',
          ref('Technology', id),
          ref('Actor', rng.pick(pool.length > 0 ? pool : companies).id),
        ),
      );
    }
    t.topics.forEach((tp, k) => hasTopic('Technology', id, tp, k === 0 ? 1 : 0.6));
  }

  return {
    nodes: {
      Actor: actorRows,
      Person: people,
      Project: projects,
      Opportunity: opportunities,
      Introduction: introductions,
      Technology: technologies,
      Milestone: milestones,
    },
    relationships,
  };
}
