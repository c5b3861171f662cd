/**
 * Word lists for synthetic rows. Everything made from them is marked `source: "synthetic"`; the
 * region's real facts live in the seeds proper, not here.
 */

/** [English, bokmål] for the taxonomy's top level and its second level. */
export const topicDomains: readonly (readonly [
  readonly [string, string],
  readonly (readonly [string, string])[],
])[] = [
  [
    ['Ocean technology', 'Havteknologi'],
    [
      ['Subsea systems', 'Undervannssystemer'],
      ['Marine robotics', 'Marin robotikk'],
      ['Ship design', 'Skipsdesign'],
      ['Offshore structures', 'Offshorekonstruksjoner'],
      ['Ocean observation', 'Havobservasjon'],
    ],
  ],
  [
    ['Aquaculture', 'Havbruk'],
    [
      ['Fish health', 'Fiskehelse'],
      ['Feed technology', 'Fôrteknologi'],
      ['Closed containment', 'Lukkede anlegg'],
      ['Seaweed farming', 'Taredyrking'],
      ['Sea lice control', 'Lusekontroll'],
    ],
  ],
  [
    ['Energy', 'Energi'],
    [
      ['Offshore wind', 'Havvind'],
      ['Hydropower', 'Vannkraft'],
      ['Hydrogen', 'Hydrogen'],
      ['Batteries', 'Batterier'],
      ['Smart grids', 'Smarte strømnett'],
    ],
  ],
  [
    ['Climate and environment', 'Klima og miljø'],
    [
      ['Carbon capture', 'Karbonfangst'],
      ['Circular economy', 'Sirkulærøkonomi'],
      ['Climate adaptation', 'Klimatilpasning'],
      ['Biodiversity', 'Naturmangfold'],
      ['Emissions accounting', 'Utslippsregnskap'],
    ],
  ],
  [
    ['Health technology', 'Helseteknologi'],
    [
      ['Medical imaging', 'Medisinsk bildediagnostikk'],
      ['Digital health', 'Digital helse'],
      ['Medical devices', 'Medisinsk utstyr'],
      ['Welfare technology', 'Velferdsteknologi'],
      ['Diagnostics', 'Diagnostikk'],
    ],
  ],
  [
    ['Life sciences', 'Livsvitenskap'],
    [
      ['Biotechnology', 'Bioteknologi'],
      ['Drug discovery', 'Legemiddelutvikling'],
      ['Genomics', 'Genomikk'],
      ['Nanomedicine', 'Nanomedisin'],
      ['Bioinformatics', 'Bioinformatikk'],
    ],
  ],
  [
    ['Artificial intelligence', 'Kunstig intelligens'],
    [
      ['Machine learning', 'Maskinlæring'],
      ['Computer vision', 'Datasyn'],
      ['Language technology', 'Språkteknologi'],
      ['Responsible AI', 'Ansvarlig KI'],
      ['Optimisation', 'Optimering'],
    ],
  ],
  [
    ['Digital technology', 'Digital teknologi'],
    [
      ['Cyber security', 'Digital sikkerhet'],
      ['Cloud services', 'Skytjenester'],
      ['Internet of things', 'Tingenes internett'],
      ['Software engineering', 'Programvareutvikling'],
      ['Data platforms', 'Dataplattformer'],
    ],
  ],
  [
    ['Materials', 'Materialer'],
    [
      ['Aluminium', 'Aluminium'],
      ['Silicon', 'Silisium'],
      ['Composites', 'Kompositter'],
      ['Nanomaterials', 'Nanomaterialer'],
      ['Metallurgy', 'Metallurgi'],
    ],
  ],
  [
    ['Manufacturing', 'Industriproduksjon'],
    [
      ['Additive manufacturing', 'Additiv produksjon'],
      ['Industrial robotics', 'Industrirobotikk'],
      ['Process industry', 'Prosessindustri'],
      ['Digital twins', 'Digitale tvillinger'],
      ['Quality control', 'Kvalitetskontroll'],
    ],
  ],
  [
    ['Construction', 'Bygg og anlegg'],
    [
      ['Timber buildings', 'Trebygg'],
      ['Zero-emission construction', 'Utslippsfri bygging'],
      ['Building information modelling', 'Bygningsinformasjonsmodellering'],
      ['Infrastructure', 'Infrastruktur'],
      ['Smart buildings', 'Smarte bygg'],
    ],
  ],
  [
    ['Transport', 'Transport'],
    [
      ['Autonomous vessels', 'Autonome fartøy'],
      ['Electric mobility', 'Elektrisk mobilitet'],
      ['Logistics', 'Logistikk'],
      ['Rail', 'Jernbane'],
      ['Aviation', 'Luftfart'],
    ],
  ],
  [
    ['Food', 'Mat'],
    [
      ['Food processing', 'Matforedling'],
      ['Food safety', 'Mattrygghet'],
      ['Agritech', 'Landbruksteknologi'],
      ['Alternative proteins', 'Alternative proteiner'],
      ['Food waste', 'Matsvinn'],
    ],
  ],
  [
    ['Education', 'Utdanning'],
    [
      ['Edtech', 'Utdanningsteknologi'],
      ['Lifelong learning', 'Livslang læring'],
      ['Skills', 'Kompetanse'],
      ['Entrepreneurship education', 'Entreprenørskapsutdanning'],
      ['Research training', 'Forskerutdanning'],
    ],
  ],
  [
    ['Public sector innovation', 'Innovasjon i offentlig sektor'],
    [
      ['Smart cities', 'Smarte byer'],
      ['Public procurement', 'Offentlige anskaffelser'],
      ['E-government', 'Digital forvaltning'],
      ['Civil protection', 'Samfunnssikkerhet'],
      ['Urban planning', 'Byplanlegging'],
    ],
  ],
  [
    ['Finance and business', 'Finans og næringsliv'],
    [
      ['Fintech', 'Fintech'],
      ['Venture capital', 'Risikokapital'],
      ['Business models', 'Forretningsmodeller'],
      ['Sustainable finance', 'Bærekraftig finans'],
      ['Insurance technology', 'Forsikringsteknologi'],
    ],
  ],
];

/** Third-level facets: a second-level topic seen from one angle. */
export const topicFacets: readonly (readonly [string, string])[] = [
  ['sensors', 'sensorer'],
  ['data analytics', 'dataanalyse'],
  ['modelling', 'modellering'],
  ['testing', 'testing'],
  ['safety', 'sikkerhet'],
  ['automation', 'automatisering'],
  ['sustainability', 'bærekraft'],
  ['regulation', 'regulering'],
  ['materials', 'materialer'],
  ['commercialisation', 'kommersialisering'],
];

export const namePrefixes = [
  'Nidaros',
  'Gløs',
  'Trondhjem',
  'Fosen',
  'Gauldal',
  'Orkla',
  'Nidelv',
  'Bymarka',
  'Munkholm',
  'Lade',
  'Heimdal',
  'Ranheim',
  'Stjørdal',
  'Malvik',
  'Skaun',
  'Melhus',
  'Tyholt',
  'Elgeseter',
  'Brattøra',
  'Sluppen',
  'Leangen',
  'Byåsen',
  'Moholt',
  'Dragvoll',
  'Kalvskinnet',
  'Ila',
  'Nordlys',
  'Fjord',
  'Kyst',
  'Polar',
  'Havbris',
  'Fjell',
  'Skog',
  'Elv',
  'Nord',
  'Midt',
];

export const nameCores = [
  'Subsea',
  'Robotics',
  'Analytics',
  'Energy',
  'Marine',
  'Bio',
  'Data',
  'Vision',
  'Systems',
  'Labs',
  'Solutions',
  'Technologies',
  'Dynamics',
  'Materials',
  'Health',
  'Sensor',
  'Software',
  'Ocean',
  'Grid',
  'Hydro',
  'Nano',
  'Cyber',
  'Logistics',
  'Aqua',
  'Photonics',
  'Motion',
];

export const companySuffixes = ['AS', 'AS', 'AS', 'AS', 'ASA', 'SA'];

export const researchGroupNouns = [
  'Lab',
  'Group',
  'Centre',
  'Laboratory',
  'Research Group',
  'Unit',
];

export const institutionNames = [
  'University',
  'University Hospital',
  'Research Institute',
  'University College',
  'Polytechnic',
];

export const publicActorNouns = ['Municipality Office', 'County Office', 'Agency', 'Directorate'];
export const investorNouns = ['Ventures', 'Capital', 'Invest', 'Partners', 'Seed Fund'];
export const intermediaryNouns = [
  'Incubator',
  'Science Park',
  'Innovation Hub',
  'TTO',
  'Accelerator',
];

/** [NACE code, counts as tech] — SN2007 codes typical for the region's companies. */
export const naceCodes: readonly (readonly [string, boolean, number])[] = [
  ['62.010', true, 20],
  ['62.020', true, 8],
  ['63.110', true, 4],
  ['71.129', true, 10],
  ['72.190', true, 8],
  ['26.510', true, 3],
  ['26.120', true, 2],
  ['28.990', true, 2],
  ['30.113', true, 1],
  ['58.290', true, 3],
  ['70.220', false, 10],
  ['46.690', false, 6],
  ['43.210', false, 5],
  ['03.211', false, 3],
  ['10.200', false, 2],
  ['68.209', false, 4],
  ['86.909', false, 3],
  ['74.900', false, 6],
];

/** Municipalities: the eight of Trondheimsregionen and a few outside it. Weight = share of actors. */
export interface MunicipalitySpec {
  readonly code: string;
  readonly name: string;
  readonly county: string;
  readonly population: number;
  readonly inRegion: boolean;
  readonly formerCodes: readonly string[];
  readonly weight: number;
}

export const municipalitySpecs: readonly MunicipalitySpec[] = [
  {
    code: '5001',
    name: 'Trondheim',
    county: 'Trøndelag',
    population: 214000,
    inRegion: true,
    formerCodes: ['1601', '1662', '5030'],
    weight: 62,
  },
  {
    code: '5035',
    name: 'Stjørdal',
    county: 'Trøndelag',
    population: 25000,
    inRegion: true,
    formerCodes: ['1714'],
    weight: 6,
  },
  {
    code: '5031',
    name: 'Malvik',
    county: 'Trøndelag',
    population: 15000,
    inRegion: true,
    formerCodes: ['1663'],
    weight: 4,
  },
  {
    code: '5028',
    name: 'Melhus',
    county: 'Trøndelag',
    population: 17000,
    inRegion: true,
    formerCodes: ['1653'],
    weight: 4,
  },
  {
    code: '5029',
    name: 'Skaun',
    county: 'Trøndelag',
    population: 8500,
    inRegion: true,
    formerCodes: ['1657'],
    weight: 2,
  },
  {
    code: '5027',
    name: 'Midtre Gauldal',
    county: 'Trøndelag',
    population: 6400,
    inRegion: true,
    formerCodes: ['1648'],
    weight: 1.5,
  },
  {
    code: '5059',
    name: 'Orkland',
    county: 'Trøndelag',
    population: 18800,
    inRegion: true,
    formerCodes: ['1638', '5024'],
    weight: 4,
  },
  {
    code: '5054',
    name: 'Indre Fosen',
    county: 'Trøndelag',
    population: 10000,
    inRegion: true,
    formerCodes: ['1624', '1718'],
    weight: 2,
  },
  {
    code: '5037',
    name: 'Levanger',
    county: 'Trøndelag',
    population: 20000,
    inRegion: false,
    formerCodes: ['1719'],
    weight: 3,
  },
  {
    code: '5038',
    name: 'Verdal',
    county: 'Trøndelag',
    population: 15000,
    inRegion: false,
    formerCodes: ['1721'],
    weight: 2,
  },
  {
    code: '5006',
    name: 'Steinkjer',
    county: 'Trøndelag',
    population: 24000,
    inRegion: false,
    formerCodes: ['1702'],
    weight: 2,
  },
  {
    code: '5025',
    name: 'Røros',
    county: 'Trøndelag',
    population: 5600,
    inRegion: false,
    formerCodes: ['1640'],
    weight: 0.5,
  },
  {
    code: '0301',
    name: 'Oslo',
    county: 'Oslo',
    population: 717000,
    inRegion: false,
    formerCodes: [],
    weight: 5,
  },
  {
    code: '4601',
    name: 'Bergen',
    county: 'Vestland',
    population: 291000,
    inRegion: false,
    formerCodes: ['1201'],
    weight: 2,
  },
];

export const clusterThemes = [
  'Ocean Space',
  'Aquaculture',
  'Smart Energy',
  'Health Tech',
  'Digital Trøndelag',
  'Materials',
  'Zero-Emission Buildings',
  'Autonomy',
  'Circular Industry',
  'Food and Bioeconomy',
  'Cyber Security',
  'Batteries',
  'Hydrogen',
  'Offshore Wind',
  'Edtech',
  'Mobility',
  'Timber',
  'Space',
  'Fintech',
  'Life Science',
  'Process Industry',
  'AI',
  'Smart City',
  'Maritime',
  'Tourism',
  'Creative Industries',
];

export const funders = [
  'Forskningsrådet',
  'Innovasjon Norge',
  'Horizon Europe',
  'Regionale forskningsfond Midt-Norge',
  'Trøndelag fylkeskommune',
  'Enova',
  'Nordic Innovation',
  'SIVA',
];

export const projectWords = [
  'Digital twin for',
  'Next-generation',
  'Sustainable',
  'Autonomous',
  'Data-driven',
  'Low-emission',
  'Scalable',
  'Resilient',
  'Smart',
  'Circular',
];
