/**
 * Kobling's topic taxonomy for the Trondheim region: English and bokmål names, BROADER links
 * (narrower → broader, two to three levels, a few topics under two parents) and synonyms in both
 * languages, lower case. It is curated by Kobling, not taken from a public source, so every
 * topic carries `source: "seed"` and `sourceRef: "kobling:taxonomy"` (TAXONOMY_SOURCE_REF).
 */
import { TAXONOMY_SOURCE_REF, ref, rel, type Row, type SeedRelationship } from './seed-graph.ts';
import { topicRow } from './rows.ts';

interface TopicDef {
  readonly slug: string;
  readonly name: string;
  readonly nameNb: string;
  readonly broader: readonly string[];
  readonly synonyms: readonly string[];
}

const t = <const S extends string>(
  slug: S,
  name: string,
  nameNb: string,
  broader: readonly string[],
  synonyms: readonly string[],
) => ({ slug, name, nameNb, broader, synonyms }) satisfies TopicDef;

export const TOPICS = [
  // Ocean space
  t(
    'ocean-space',
    'Ocean space',
    'Havrom',
    [],
    ['ocean industries', 'havnæringer', 'blue economy', 'blå økonomi'],
  ),
  t(
    'ocean-autonomy',
    'Ocean autonomy',
    'Autonomi til havs',
    ['ocean-space', 'robotics'],
    ['marine autonomy', 'autonome marine systemer', 'autonomous marine systems'],
  ),
  t(
    'autonomous-ships',
    'Autonomous ships',
    'Autonome skip',
    ['ocean-autonomy', 'maritime'],
    ['unmanned vessels', 'ubemannede fartøy', 'autonomous ferries', 'autonome ferger'],
  ),
  t(
    'underwater-robotics',
    'Underwater robotics',
    'Undervannsrobotikk',
    ['ocean-autonomy', 'robotics'],
    ['rov', 'auv', 'underwater drones', 'undervannsdroner'],
  ),
  t(
    'subsea',
    'Subsea technology',
    'Subseateknologi',
    ['ocean-space'],
    ['subsea production', 'undervannsproduksjon', 'subsea processing'],
  ),
  t(
    'aquaculture',
    'Aquaculture',
    'Havbruk',
    ['ocean-space'],
    ['fish farming', 'fiskeoppdrett', 'oppdrett', 'sea farming'],
  ),
  t(
    'aquaculture-technology',
    'Aquaculture technology',
    'Havbruksteknologi',
    ['aquaculture'],
    ['aquatech', 'oppdrettsteknologi', 'fish farm equipment', 'merdteknologi'],
  ),
  t(
    'fish-health',
    'Fish health and welfare',
    'Fiskehelse og fiskevelferd',
    ['aquaculture'],
    ['fish welfare', 'fiskevelferd', 'sea lice', 'lakselus'],
  ),
  t(
    'fisheries',
    'Fisheries',
    'Fiskeri',
    ['ocean-space'],
    ['fishing', 'fiske', 'seafood', 'sjømat'],
  ),
  t(
    'maritime',
    'Maritime industry',
    'Maritim næring',
    ['ocean-space'],
    ['shipping', 'skipsfart', 'sjøtransport', 'ferries', 'ferjer'],
  ),
  t(
    'ship-design',
    'Ship design and hydrodynamics',
    'Skipsdesign og hydrodynamikk',
    ['maritime'],
    ['naval architecture', 'skipsteknikk', 'hydrodynamics', 'hydrodynamikk'],
  ),
  t(
    'marine-operations',
    'Marine operations',
    'Marine operasjoner',
    ['maritime'],
    ['offshore operations', 'offshoreoperasjoner', 'marine technology', 'marin teknikk'],
  ),
  // Energy
  t(
    'energy',
    'Energy',
    'Energi',
    [],
    ['energy systems', 'energisystemer', 'energy transition', 'energiomstilling'],
  ),
  t(
    'ccs',
    'Carbon capture and storage',
    'Karbonfangst og -lagring',
    ['energy', 'climate'],
    ['ccs', 'co2 capture', 'co2-fangst', 'ccus'],
  ),
  t(
    'offshore-wind',
    'Offshore wind',
    'Havvind',
    ['energy', 'ocean-space'],
    ['floating wind', 'flytende havvind', 'wind power', 'vindkraft'],
  ),
  t(
    'power-systems',
    'Power systems and grids',
    'Kraftsystemer og nett',
    ['energy'],
    ['power grid', 'strømnett', 'smart grid', 'elkraft', 'electric power engineering'],
  ),
  t(
    'hydrogen',
    'Hydrogen',
    'Hydrogen',
    ['energy'],
    ['green hydrogen', 'electrolysis', 'elektrolyse', 'fuel cells', 'brenselceller'],
  ),
  t(
    'batteries',
    'Batteries and energy storage',
    'Batterier og energilagring',
    ['energy'],
    ['energy storage', 'energilagring', 'battery technology', 'batteriteknologi'],
  ),
  t(
    'energy-software',
    'Energy management software',
    'Programvare for energistyring',
    ['energy', 'software'],
    ['energy trading software', 'kraftomsetning', 'energy analytics', 'energianalyse'],
  ),
  t(
    'oil-and-gas',
    'Oil and gas',
    'Olje og gass',
    ['energy'],
    ['petroleum', 'offshore oil', 'sokkel'],
  ),
  // ICT
  t(
    'ict',
    'ICT',
    'IKT',
    [],
    ['information technology', 'informasjonsteknologi', 'it', 'digitalisering'],
  ),
  t(
    'software',
    'Software development',
    'Programvareutvikling',
    ['ict'],
    ['software engineering', 'systemutvikling', 'saas', 'programvare'],
  ),
  t(
    'cybersecurity',
    'Cybersecurity',
    'Digital sikkerhet',
    ['ict'],
    ['information security', 'informasjonssikkerhet', 'cyber security', 'datasikkerhet'],
  ),
  t(
    'telecom',
    'Telecommunications',
    'Telekommunikasjon',
    ['ict'],
    ['5g', 'networks', 'kommunikasjonsnett'],
  ),
  t(
    'iot',
    'Internet of things',
    'Tingenes internett',
    ['ict', 'electronics'],
    ['iot', 'connected devices', 'tilkoblede enheter'],
  ),
  t(
    'search-technology',
    'Search and information retrieval',
    'Søketeknologi',
    ['ict'],
    ['enterprise search', 'søkemotor', 'information retrieval', 'gjenfinning'],
  ),
  // AI and data
  t(
    'ai-data',
    'AI and data',
    'KI og data',
    ['ict'],
    ['artificial intelligence', 'kunstig intelligens', 'ai', 'ki', 'data science'],
  ),
  t(
    'machine-learning',
    'Machine learning',
    'Maskinlæring',
    ['ai-data'],
    ['deep learning', 'dyp læring', 'ml', 'neural networks'],
  ),
  t(
    'computer-vision',
    'Computer vision',
    'Datasyn',
    ['ai-data'],
    ['image analysis', 'bildeanalyse', 'maskinsyn', 'machine vision'],
  ),
  t(
    'data-platforms',
    'Data platforms and analytics',
    'Dataplattformer og analyse',
    ['ai-data'],
    ['big data', 'stordata', 'analytics', 'dataanalyse'],
  ),
  t(
    'digital-twins',
    'Digital twins',
    'Digitale tvillinger',
    ['ai-data'],
    ['digital twin', 'digital tvilling', 'simulation models', 'simuleringsmodeller'],
  ),
  // Semiconductors and electronics
  t(
    'electronics',
    'Semiconductors and electronics',
    'Halvledere og elektronikk',
    [],
    ['electronic systems', 'elektroniske systemer', 'hardware', 'maskinvare'],
  ),
  t(
    'microchips',
    'Microchips and integrated circuits',
    'Mikrobrikker og integrerte kretser',
    ['electronics'],
    ['ic design', 'chip design', 'microcontrollers', 'mikrokontrollere', 'halvlederbrikker'],
  ),
  t(
    'wireless',
    'Wireless communication',
    'Trådløs kommunikasjon',
    ['electronics', 'telecom'],
    ['bluetooth', 'radio', 'low-power wireless', 'trådløs'],
  ),
  t(
    'embedded-systems',
    'Embedded systems',
    'Innebygde systemer',
    ['electronics'],
    ['firmware', 'fastvare', 'embedded software', 'innvevde systemer'],
  ),
  t(
    'nanotechnology',
    'Nanotechnology',
    'Nanoteknologi',
    ['electronics', 'materials'],
    ['nanomaterials', 'nanomaterialer', 'nanofabrication'],
  ),
  // Health and medtech
  t(
    'health',
    'Health and medtech',
    'Helse og medisinsk teknologi',
    [],
    ['health technology', 'helseteknologi', 'life science', 'livsvitenskap'],
  ),
  t(
    'medtech',
    'Medical technology',
    'Medisinsk teknologi',
    ['health'],
    ['medical devices', 'medisinsk utstyr', 'medtech'],
  ),
  t(
    'medical-imaging',
    'Medical imaging and ultrasound',
    'Medisinsk avbildning og ultralyd',
    ['medtech', 'sensors'],
    ['ultrasound', 'ultralyd', 'mri', 'bildediagnostikk'],
  ),
  t(
    'digital-health',
    'Digital health',
    'Digital helse',
    ['health', 'ict'],
    ['e-health', 'e-helse', 'health data', 'helsedata'],
  ),
  t(
    'biotech',
    'Biotechnology',
    'Bioteknologi',
    ['health'],
    ['biotech', 'life sciences', 'molekylærbiologi', 'molecular biology'],
  ),
  t(
    'immunology',
    'Inflammation and immunology',
    'Betennelse og immunologi',
    ['health'],
    ['inflammation', 'immunology', 'immunforsvar', 'molecular inflammation'],
  ),
  // Neuroscience
  t(
    'neuroscience',
    'Neuroscience',
    'Nevrovitenskap',
    ['health'],
    ['brain research', 'hjerneforskning', 'nevrovitenskap'],
  ),
  t(
    'systems-neuroscience',
    'Systems neuroscience',
    'Systemnevrovitenskap',
    ['neuroscience'],
    ['neural circuits', 'nevrale kretser', 'memory and navigation', 'hukommelse'],
  ),
  t(
    'computational-neuroscience',
    'Computational neuroscience',
    'Beregningsorientert nevrovitenskap',
    ['neuroscience', 'ai-data'],
    ['neural computation', 'nevral beregning', 'brain modelling'],
  ),
  // Materials and industry
  t(
    'materials',
    'Materials and metal production',
    'Materialer og metallproduksjon',
    [],
    ['materials science', 'materialteknologi', 'metallurgy', 'metallurgi'],
  ),
  t(
    'metal-production',
    'Metal production',
    'Metallproduksjon',
    ['materials', 'process-industry'],
    ['aluminium', 'silicon', 'silisium', 'smelteverk', 'smelters'],
  ),
  t(
    'structural-integrity',
    'Structural integrity',
    'Konstruksjonsintegritet',
    ['materials'],
    ['structural analysis', 'konstruksjonsanalyse', 'impact', 'crashworthiness'],
  ),
  t(
    'catalysis',
    'Catalysis and process chemistry',
    'Katalyse og prosesskjemi',
    ['materials', 'process-industry'],
    ['catalysis', 'katalysatorer', 'chemical engineering', 'kjemiteknikk'],
  ),
  t(
    'industry',
    'Industry and manufacturing',
    'Industri og produksjon',
    [],
    ['manufacturing', 'vareproduksjon', 'industry 4.0', 'industri 4.0'],
  ),
  t(
    'process-industry',
    'Process industry',
    'Prosessindustri',
    ['industry'],
    ['process engineering', 'prosessteknikk', 'heavy industry'],
  ),
  t(
    'additive-manufacturing',
    'Additive manufacturing',
    'Additiv tilvirkning',
    ['industry', 'materials'],
    ['3d printing', '3d-printing', 'additive production'],
  ),
  t(
    'automation',
    'Automation and control',
    'Automatisering og regulering',
    ['industry', 'robotics'],
    ['control engineering', 'reguleringsteknikk', 'engineering cybernetics', 'kybernetikk'],
  ),
  // Robotics, sensors and instrumentation
  t(
    'robotics',
    'Robotics',
    'Robotikk',
    [],
    ['robots', 'roboter', 'autonomous systems', 'autonome systemer'],
  ),
  t(
    'drones',
    'Drones and UAV',
    'Droner',
    ['robotics', 'mobility'],
    ['uav', 'unmanned aircraft', 'ubemannede luftfartøy', 'rpas'],
  ),
  t(
    'industrial-robotics',
    'Industrial robotics',
    'Industrirobotikk',
    ['robotics', 'industry'],
    ['robot cells', 'robotceller', 'manipulators', 'cobots'],
  ),
  t(
    'sensors',
    'Sensors and instrumentation',
    'Sensorer og instrumentering',
    [],
    ['instrumentation', 'instrumentering', 'measurement technology', 'måleteknikk'],
  ),
  t(
    'acoustics-sonar',
    'Acoustics and sonar',
    'Akustikk og sonar',
    ['sensors'],
    ['sonar', 'hydroacoustics', 'hydroakustikk', 'ekkolodd'],
  ),
  t(
    'environmental-monitoring',
    'Environmental monitoring',
    'Miljøovervåking',
    ['sensors', 'climate'],
    ['air quality', 'luftkvalitet', 'water quality', 'vannkvalitet'],
  ),
  // Geophysics
  t(
    'geophysics',
    'Geophysics and geohazards',
    'Geofysikk og geofare',
    [],
    ['geoscience', 'geofag', 'earth observation', 'jordobservasjon'],
  ),
  t(
    'geohazards',
    'Landslides and earthquakes',
    'Skred og jordskjelv',
    ['geophysics'],
    ['landslides', 'skred', 'seismology', 'seismologi'],
  ),
  t(
    'geophysical-forecasting',
    'Geophysical forecasting',
    'Geofysisk varsling',
    ['geophysics', 'sensors'],
    ['early warning', 'tidligvarsling', 'fiber-optic sensing', 'geophysical monitoring'],
  ),
  // Quantum
  t(
    'quantum',
    'Quantum technology',
    'Kvanteteknologi',
    [],
    ['quantum physics', 'kvantefysikk', 'quantum materials', 'kvantematerialer'],
  ),
  t(
    'spintronics',
    'Spintronics',
    'Spinntronikk',
    ['quantum', 'electronics'],
    ['quantum spintronics', 'spin electronics', 'spinnelektronikk'],
  ),
  // Wood and bio-economy
  t(
    'bioeconomy',
    'Wood and bio-economy',
    'Tre og bioøkonomi',
    [],
    ['bio-economy', 'bioøkonomi', 'biobased', 'biobasert'],
  ),
  t(
    'forestry',
    'Forestry',
    'Skogbruk',
    ['bioeconomy'],
    ['forest industry', 'skognæring', 'timber', 'tømmer'],
  ),
  t(
    'wood-construction',
    'Wood construction',
    'Trebygg',
    ['bioeconomy', 'construction'],
    ['timber buildings', 'massivtre', 'clt', 'wooden buildings'],
  ),
  // Climate and environment
  t(
    'climate',
    'Climate and environment',
    'Klima og miljø',
    [],
    ['sustainability', 'bærekraft', 'green transition', 'grønt skifte'],
  ),
  t(
    'circular-economy',
    'Circular economy',
    'Sirkulærøkonomi',
    ['climate'],
    ['recycling', 'gjenvinning', 'reuse', 'ombruk'],
  ),
  t(
    'biodiversity',
    'Biodiversity',
    'Biologisk mangfold',
    ['climate'],
    ['ecology', 'økologi', 'population dynamics', 'artsmangfold'],
  ),
  // Fintech
  t('fintech', 'Fintech', 'Finansteknologi', [], ['financial technology', 'fintech', 'finans']),
  t(
    'payments',
    'Payments',
    'Betalingsløsninger',
    ['fintech'],
    ['payment solutions', 'betaling', 'mobile payments', 'mobilbetaling'],
  ),
  // Construction and mobility
  t(
    'construction',
    'Construction and built environment',
    'Bygg og bygde omgivelser',
    [],
    ['building', 'byggenæringen', 'built environment', 'anlegg'],
  ),
  t(
    'architecture',
    'Architecture and design',
    'Arkitektur og design',
    ['construction'],
    ['architecture', 'arkitektur', 'industrial design', 'industridesign'],
  ),
  t(
    'smart-buildings',
    'Smart and zero-emission buildings',
    'Smarte bygg og nullutslippsbygg',
    ['construction', 'climate'],
    ['zero emission buildings', 'nullutslippsbygg', 'building automation', 'byggautomasjon'],
  ),
  t(
    'mobility',
    'Transport and mobility',
    'Transport og mobilitet',
    [],
    ['transport', 'mobility', 'logistics', 'logistikk'],
  ),
  t(
    'electric-mobility',
    'Electric mobility',
    'Elektrisk mobilitet',
    ['mobility', 'energy'],
    ['electric vehicles', 'elbil', 'charging', 'lading'],
  ),
  t(
    'autonomous-vehicles',
    'Autonomous vehicles',
    'Selvkjørende kjøretøy',
    ['mobility', 'robotics'],
    ['self-driving', 'selvkjørende', 'autonomous transport', 'førerløse'],
  ),
  // Education and edtech
  t('education', 'Education', 'Utdanning', [], ['learning', 'læring', 'teaching', 'undervisning']),
  t(
    'edtech',
    'Education technology',
    'Utdanningsteknologi',
    ['education', 'ict'],
    ['edtech', 'learning technology', 'læringsteknologi', 'e-learning'],
  ),
  t(
    'game-based-learning',
    'Game-based learning',
    'Spillbasert læring',
    ['edtech'],
    ['gamification', 'spillifisering', 'quiz', 'learning games'],
  ),
  t(
    'teacher-education',
    'Teacher education',
    'Lærerutdanning',
    ['education'],
    ['teacher training', 'lærerutdanning', 'pedagogy', 'pedagogikk'],
  ),
  // Society, economics and innovation
  t(
    'society',
    'Society and humanities',
    'Samfunn og humaniora',
    [],
    ['humanities', 'humaniora', 'social sciences', 'samfunnsvitenskap'],
  ),
  t(
    'economics-management',
    'Economics and technology management',
    'Økonomi og teknologiledelse',
    ['society'],
    ['industrial economics', 'industriell økonomi', 'management', 'ledelse'],
  ),
  t(
    'innovation',
    'Innovation and entrepreneurship',
    'Innovasjon og entreprenørskap',
    [],
    ['entrepreneurship', 'gründerskap', 'innovation policy', 'innovasjonspolitikk'],
  ),
  t(
    'technology-transfer',
    'Technology transfer',
    'Teknologioverføring',
    ['innovation'],
    ['tto', 'commercialisation', 'kommersialisering', 'licensing', 'lisensiering'],
  ),
  t(
    'startups',
    'Startups and incubation',
    'Oppstart og inkubasjon',
    ['innovation'],
    ['incubator', 'inkubator', 'accelerator', 'akselerator'],
  ),
  t(
    'venture-capital',
    'Venture capital and seed funding',
    'Risikokapital og såkornkapital',
    ['innovation', 'fintech'],
    ['venture capital', 'såkorn', 'pre-seed', 'investors', 'investorer'],
  ),
  t(
    'cluster-development',
    'Cluster development',
    'Klyngeutvikling',
    ['innovation'],
    ['business clusters', 'næringsklynger', 'cluster programme', 'klyngeprogram'],
  ),
  t(
    'regional-development',
    'Regional development',
    'Regional utvikling',
    ['innovation', 'society'],
    ['regional policy', 'regionalpolitikk', 'næringsutvikling', 'business development'],
  ),
] as const;

export type TopicSlug = (typeof TOPICS)[number]['slug'];

export const topicId = (slug: TopicSlug): string => `topic:${slug}`;

/** The taxonomy as rows and BROADER relationships (actorCount is filled in by the combiner). */
export function taxonomyGraph(): { topics: Row[]; broader: SeedRelationship[] } {
  const topics = TOPICS.map((d) =>
    topicRow({
      id: topicId(d.slug),
      slug: d.slug,
      name: d.name,
      nameNb: d.nameNb,
      synonyms: [...d.synonyms],
      source: 'seed',
      sourceRef: TAXONOMY_SOURCE_REF,
    }),
  );
  const broader = TOPICS.flatMap((d) =>
    d.broader.map((b) =>
      rel('BROADER', ref('Topic', topicId(d.slug)), ref('Topic', topicId(b as TopicSlug))),
    ),
  );
  return { topics, broader };
}

/** Every topic below `root` (narrower, transitively), in taxonomy order. */
export function narrowerThan(root: TopicSlug): TopicSlug[] {
  const out: TopicSlug[] = [];
  const walk = (slug: string): void => {
    for (const d of TOPICS) {
      if ((d.broader as readonly string[]).includes(slug) && !out.includes(d.slug)) {
        out.push(d.slug);
        walk(d.slug);
      }
    }
  };
  walk(root);
  return out;
}
