/**
 * The region's institutions, clusters, support actors, companies and technologies as facts.
 * Every row comes from /work/shared/reference/region-facts.md and carries `source: "seed"` and
 * the URL it was stated at. Facts marked [UNVERIFIED] there are left out or left null.
 *
 * What is Kobling's classification rather than a sourced fact (documented in seeds/README.md):
 * an actor's `kind` and `helix`, the topics of actors and technologies (the taxonomy is
 * Kobling's), `isTech` for the companies of the facts' tech-company list, `stage` ESTABLISHED
 * for companies founded decades ago, and the TRL of fact technologies (the sources give none;
 * milestone notes say so).
 */
import { REGION_GOALS, type TechnologyStage } from '@kobling/domain';
import { actorRow, clusterRow, kpiRow, milestoneRow, projectRow, technologyRow } from './rows.ts';
import {
  LANDSCAPE_ACTORS,
  LANDSCAPE_PROJECTS,
  LANDSCAPE_SOURCES,
  bilingual,
  type FactActor,
  type Weighted,
} from './research-landscape.ts';
import { NTNU_DEPARTMENT_ACTORS, NTNU_DEPARTMENT_SOURCES } from './ntnu-departments.ts';
import { RESEARCH_CENTRE_ACTORS, RESEARCH_CENTRE_SOURCES } from './research-centres.ts';
import { SINTEF_UNIT_ACTORS, SINTEF_UNIT_SOURCES } from './sintef-units.ts';
import { ref, rel, type Row, type SeedRelationship } from './seed-graph.ts';
import { topicId } from './taxonomy.ts';
import { TRONDHEIM } from './municipalities.ts';

const U = {
  ntnuWiki: 'https://no.m.wikipedia.org/wiki/NTNU',
  facultiesNb: 'https://github.com/dotkom/gradestats/blob/master/grades/models.py',
  cristinNtnu: 'https://api.cristin.no/v2/units/194.0.0.0',
  cristinIe: 'https://api.cristin.no/v2/units/194.63.0.0',
  cristinSu: 'https://api.cristin.no/v2/units/194.67.0.0',
  cristinIes: 'https://api.cristin.no/v2/units/194.63.35.0',
  idi: 'https://i.ntnu.no/wiki/-/wiki/Norsk/Fordypning+og+forberedende+prosjekt+for+Datateknologi+og+Informatikk+-+IDI',
  itk: 'https://fi-nor.no/autonome-maritime-systemer-i-praksis-nordic-five-tech-besokte-nyhavna',
  imt: 'https://rapporter.ntnu.no/imtreport2024/',
  amos: 'http://tu.no/artikler/her-er-norge-verdensledende-na-skal-vi-gjore-det-til-en-milliardindustri/347799',
  sff: 'https://www.universitetsavisa.no/redirectBySourceAndSourceId?sourceid=56077&source=ua_ece5',
  kavli: 'https://norbrain.no/nodes/ntnu-2/',
  quspin: 'https://www.ntnu.edu/quspin/the-journey-of-quspin',
  sfi2014: 'https://www.ntnu.no/blogger/rektoratet/2014/11/sfi/',
  cgf: 'https://www.universitetsavisa.no/forskning/nytt-senter-vil-sorge-for-bedre-overvaking-av-ras-og-jordskjelv/100522',
  vista: 'https://norwegianscitechnews.com/2020/11/teaching-robots-to-cooperate-underwater/',
  sintef: 'https://snl.no/SINTEF',
  sintefInstitutes:
    'https://docslib.org/doc/4929371/annual-report-2019-photo-shutterstock-oatawa-photo',
  sintefOcean: 'http://sysla.no/pressemelding/sintef-samler-havromsforskning-i-ett-institutt/',
  sintefEnergy: 'https://bigccs.no/2015/10/12/opening-of-sintef-energy-lab/',
  sintefTto: 'https://www.sintef.no/en/latest-news/2025/the-spinoff-generator',
  oceanAutonomy: 'https://www.ntnu.no/nyheter/styrker-satsingen-pa-autonome-fartoy/',
  oceanAutonomy2023:
    'https://www.southsoundbiz.com/news/groups-in-washington-norway-partner-on-autonomous-maritime-innovation/article_fa7955d0-15ce-11ee-9e5c-07c3d671e6c0.html',
  aquatech:
    'https://siva.no/2016/06/nye-naeringsklynger-skal-bidra-til-a-drive-omstillingen-i-okonomien/',
  woodworks:
    'https://www.dagensperspektiv.no/nyskaping/2019/tar-opp-atte-nye-klynger-i-fornyet-satsing',
  tequity: 'https://www.digi.no/artikler/landets-forste-naeringsklynge-for-finansteknologi/409562',
  instrumentation: 'https://tu.no/artikler/klynger-seg-til-mer-instrumentering/218696',
  len: 'https://len.no/2015/06/prioriterer-ikke-havromsklynge/',
  clusterLevels: 'https://arsrapport.innovasjonnorge.no/2022/no/klynger',
  fylke: 'https://roros.kommune.no/aktuelt/nyheter/nytt-fylke-nytt-kommunenummer/',
  innovasjonNorge:
    'https://www.trondheimtechport.no/nyheter/na-bygger-vi-et-nytt-tyngdepunkt-for-innovasjon',
  techPort:
    'https://www.trondelagfylke.no/vare-tjenester/naring-og-innovasjon/nyheter/trondheim-tech-port/',
  siva: 'http://docplayer.me/104710070-Sivarapport-2018-1-siva-sf-havnegata-7-pirsenteret-7010-trondheim-siva-no.html',
  ntnuTto:
    'https://www.universitetsavisa.no/immaterielle-rettigheter-technology-transfer-office-toril-nagelhus-hernes/ntnu-overtar-mer-av-ansvaret-for-kommersialisering/374096',
  discovery: 'https://ntnudiscovery.no/en/mainproject/',
  spark: 'https://www.projectchic.eu/post/student-to-student-mentoring-gdansk-and-split',
  accel: 'https://www.innovasjonnorge.no/no/finansiering/presakornkapital/',
  digs: 'https://www.adressa.no/meninger/kronikker/2020/09/25/Slik-holder-vi-hjulene-i-gang-n%C3%A5r-korona-krisen-treffer-gr%C3%BCndermilj%C3%B8et-22712039.ece',
  sixAm:
    'https://shifter.no/nyheter/nytt-fond-innforer-grasrotandel-vil-belonne-coworkingspace-som-yngler-frem-suksess-selskapene/269797',
  investinor: 'https://norwaytoday.info/finance/investinor-loss-2018/',
  proventure: 'https://www.adressa.no/i/nw6Red',
  trondheimsregionen: 'https://trondheimsregionen.no/en/about-us/',
  forskningsradet: 'https://www.forskningsradet.no/utlysninger/2022/kvalifiseringsprosjekt/',
  nordic:
    'https://www.eenewseurope.com/en/ceo-interview-staying-independent-at-nordic-semiconductor/',
  atmel: 'https://atmelcorporation.wordpress.com/tag/vegard-wollan/',
  fast: 'https://www.dn.no/fasts-store-dag/1-1-1052356',
  kahoot: 'http://www.adressa.no/nyheter/trondheim/article10257932.ece',
  powel: 'https://www.powel.com/tr/news/50aarshistorie/',
  blueye: 'https://nyheter.ntnu.no/blueyes-bilder-av-sprengt-gassror-gar-verden-rundt/',
  ubiq: 'https://www.ntnutto.no/ubiq-aerospace-far-stor-amerikansk-investor-med-pa-laget/',
  eelume:
    'https://www.forskningsradet.no/sok-om-finansiering/hvem-kan-soke-om-finansiering/naringsliv/prosjekter-naringslivet/fjernstyrt-drone-pa-havets-dyp---kan-revolusjonere-undervannsoperasjoner/',
  maritimeRobotics:
    'https://www.tu.no/artikler/norske-robotdroner-historien-om-maritime-robotics-er-et-lite-industrieventyr/447232',
  norbit: 'https://norbit.com/investors/the-share/',
  zedge:
    'http://www.mb.no/nyheter/2017/01/12/%E2%80%93-Koding-m%C3%A5-inn-i-grunnskolen-14053094.ece',
  impello2014: 'https://trondheimsregionen.no/impello-2014/',
  kpi2016:
    'http://www.fosna-folket.no/nyheter/2017/02/28/Mange-teknologibedrifter-i-Indre-Fosen-14320715.ece',
  impelloHovedfunn: 'https://www.impelloanalysen.no/hovedfunn',
  // The goals and their sources are stated once, in @kobling/domain (the API serves them too).
  kpi2023: REGION_GOALS.assessment2023.sourceRef,
  goals: REGION_GOALS.doubling.sourceRef,
  goals2025: REGION_GOALS.sourceRef,
} as const;

/** The source URLs used by the fact rows, by name (for the site's "sources" page). */
export const FACT_SOURCES: Readonly<Record<string, string>> = {
  ...U,
  ...LANDSCAPE_SOURCES,
  ...NTNU_DEPARTMENT_SOURCES,
  ...SINTEF_UNIT_SOURCES,
  ...RESEARCH_CENTRE_SOURCES,
};

export const actorId = (slug: string): string => `actor:${slug}`;

const academia = (
  slug: string,
  kind: 'INSTITUTION' | 'RESEARCH_GROUP' | 'INTERMEDIARY',
  name: string,
  sourceRef: string,
  rest: Partial<FactActor> & { topics: Weighted },
): FactActor => ({ slug, kind, helix: 'ACADEMIA', name, sourceRef, ...rest });

const faculty = (code: string, slug: string, nameEn: string, nameNb: string, topics: Weighted) =>
  academia(`ntnu-${slug}`, 'INSTITUTION', `NTNU ${nameEn}`, U.facultiesNb, {
    description: `${nameNb} (${code}), one of NTNU's eight faculties since 2017.`,
    partOf: 'ntnu',
    topics,
  });

const FACT_ACTORS: readonly FactActor[] = [
  // NTNU
  academia('ntnu', 'INSTITUTION', 'NTNU', U.ntnuWiki, {
    description:
      'Norwegian University of Science and Technology. Since 2017 it has had 8 faculties and 56 departments, plus NTNU Vitenskapsmuseet (NTNU itself counts nine faculties and faculty-level units and 55 departments).',
    website: 'https://www.ntnu.edu',
    locatedIn: TRONDHEIM,
    topics: [
      ['ict', 0.6],
      ['ocean-space', 0.6],
      ['energy', 0.6],
      ['health', 0.5],
      ['materials', 0.5],
      ['innovation', 0.4],
    ],
  }),
  faculty('AD', 'ad', 'Faculty of Architecture and Design', 'Fakultet for arkitektur og design', [
    ['architecture', 1],
    ['construction', 0.6],
  ]),
  faculty('HF', 'hf', 'Faculty of Humanities', 'Det humanistiske fakultet', [['society', 1]]),
  faculty(
    'IE',
    'ie',
    'Faculty of Information Technology and Electrical Engineering',
    'Fakultet for informasjonsteknologi og elektroteknikk',
    [
      ['ict', 1],
      ['electronics', 0.8],
      ['ai-data', 0.7],
      ['power-systems', 0.5],
      ['automation', 0.5],
    ],
  ),
  faculty('IV', 'iv', 'Faculty of Engineering', 'Fakultet for ingeniørvitenskap', [
    ['marine-operations', 0.7],
    ['materials', 0.7],
    ['industry', 0.6],
    ['energy', 0.6],
    ['construction', 0.5],
  ]),
  faculty(
    'MH',
    'mh',
    'Faculty of Medicine and Health Sciences',
    'Fakultet for medisin og helsevitenskap',
    [
      ['health', 1],
      ['medtech', 0.6],
      ['neuroscience', 0.6],
    ],
  ),
  faculty('NV', 'nv', 'Faculty of Natural Sciences', 'Fakultet for naturvitenskap', [
    ['biotech', 0.6],
    ['quantum', 0.5],
    ['biodiversity', 0.5],
    ['catalysis', 0.4],
    ['materials', 0.4],
  ]),
  faculty(
    'SU',
    'su',
    'Faculty of Social and Educational Sciences',
    'Fakultet for samfunns- og utdanningsvitenskap',
    [
      ['education', 1],
      ['teacher-education', 0.7],
      ['society', 0.7],
    ],
  ),
  faculty('ØK', 'ok', 'Faculty of Economics and Management', 'Fakultet for økonomi', [
    ['economics-management', 1],
    ['innovation', 0.6],
  ]),
  academia('ntnu-idi', 'INSTITUTION', 'NTNU Department of Computer Science (IDI)', U.idi, {
    description:
      'Institutt for datateknologi og informatikk, Faculty of Information Technology and Electrical Engineering.',
    partOf: 'ntnu-ie',
    topics: [
      ['software', 1],
      ['ai-data', 0.8],
      ['machine-learning', 0.6],
    ],
  }),
  academia(
    'ntnu-itk',
    'INSTITUTION',
    'NTNU Department of Engineering Cybernetics (ITK)',
    LANDSCAPE_SOURCES.itk,
    {
      description: bilingual(
        'Founded in 1954 as a control engineering laboratory and named the Department of Engineering Cybernetics since 1972. Its control of dynamic systems is applied from the process industry and ship positioning to fish farming. Faculty of Information Technology and Electrical Engineering.',
        'Grunnlagt i 1954 som reguleringsteknisk laboratorium, og har hett Institutt for teknisk kybernetikk siden 1972. Styringen av dynamiske systemer brukes fra prosessindustri og posisjonering av skip til fiskeoppdrett. Fakultet for informasjonsteknologi og elektroteknikk.',
      ),
      foundedYear: 1954,
      partOf: 'ntnu-ie',
      topics: [
        ['automation', 1],
        ['ocean-autonomy', 0.8],
        ['robotics', 0.7],
        ['autonomous-ships', 0.6],
        ['underwater-robotics', 0.6],
      ],
    },
  ),
  academia('ntnu-ies', 'INSTITUTION', 'NTNU Department of Electronic Systems', U.cristinIes, {
    description:
      'Institutt for elektroniske systemer, Faculty of Information Technology and Electrical Engineering (Cristin unit 194.63.35.0).',
    partOf: 'ntnu-ie',
    topics: [
      ['electronics', 1],
      ['microchips', 0.6],
      ['wireless', 0.6],
    ],
  }),
  academia('ntnu-iel', 'INSTITUTION', 'NTNU Department of Electric Energy', U.cristinIe, {
    description:
      'Institutt for elkraftteknikk, Faculty of Information Technology and Electrical Engineering.',
    partOf: 'ntnu-ie',
    topics: [
      ['power-systems', 1],
      ['energy', 0.7],
    ],
  }),
  academia('ntnu-imt', 'INSTITUTION', 'NTNU Department of Marine Technology', U.imt, {
    description: bilingual(
      'Department of the Faculty of Engineering working for sustainable ocean industries: marine structures, ships and marine operations. In 2024 it won almost NOK 400 million for equipment in Fjordlab, which uses the Trondheim fjord as a research laboratory, and took part in building the Norwegian Ocean Technology Centre.',
      'Institutt for marin teknikk ved Fakultet for ingeniørvitenskap arbeider for bærekraftige havnæringer: marine konstruksjoner, skip og marine operasjoner. I 2024 fikk instituttet nesten 400 millioner kroner til utstyr i Fjordlab, som bruker Trondheimsfjorden som forskningslaboratorium, og var med på å bygge Norsk havteknologisenter.',
    ),
    partOf: 'ntnu-iv',
    topics: [
      ['marine-operations', 1],
      ['ship-design', 0.8],
      ['maritime', 0.7],
      ['ocean-autonomy', 0.6],
      ['underwater-robotics', 0.5],
    ],
  }),
  academia(
    'ntnu-iot',
    'INSTITUTION',
    'NTNU Department of Industrial Economics and Technology Management (IØT)',
    U.cristinNtnu,
    {
      description:
        'Institutt for industriell økonomi og teknologiledelse, Faculty of Economics and Management.',
      partOf: 'ntnu-ok',
      topics: [
        ['economics-management', 1],
        ['innovation', 0.5],
      ],
    },
  ),
  academia('ntnu-ilu', 'INSTITUTION', 'NTNU Department of Teacher Education', U.cristinSu, {
    description: 'Institutt for lærerutdanning, Faculty of Social and Educational Sciences.',
    partOf: 'ntnu-su',
    topics: [
      ['teacher-education', 1],
      ['edtech', 0.4],
    ],
  }),
  academia(
    'ntnu-amos',
    'RESEARCH_GROUP',
    'NTNU AMOS (Autonomous Marine Operations and Systems)',
    U.amos,
    {
      description: bilingual(
        'Centre of Excellence (SFF) for autonomous marine operations and systems, 2013–2022, with a ten-year budget of about NOK 1 billion; some 60 % went to research on robotics and autonomous vessels, the rest to associated projects such as greener and smarter shipping.',
        'Senter for fremragende forskning (SFF) for autonome marine operasjoner og systemer, 2013–2022, med et tiårig budsjett på om lag 1 milliard kroner; rundt 60 % gikk til forskning på robotisering og autonome fartøy, resten til tilknyttede prosjekter som grønnere og smartere skipsfart.',
      ),
      foundedYear: 2013,
      partOf: 'ntnu',
      topics: [
        ['ocean-autonomy', 1],
        ['underwater-robotics', 0.8],
        ['marine-operations', 0.7],
        ['automation', 0.6],
      ],
    },
  ),
  academia('ntnu-cnc', 'RESEARCH_GROUP', 'Centre for Neural Computation (CNC)', U.sff, {
    description: 'Centre of Excellence (SFF) at NTNU.',
    partOf: 'ntnu',
    topics: [
      ['computational-neuroscience', 1],
      ['neuroscience', 0.8],
    ],
  }),
  academia('ntnu-cbd', 'RESEARCH_GROUP', 'Centre for Biodiversity Dynamics (CBD)', U.sff, {
    description: 'Centre of Excellence (SFF) at NTNU.',
    partOf: 'ntnu',
    topics: [
      ['biodiversity', 1],
      ['climate', 0.5],
    ],
  }),
  academia('ntnu-cemir', 'RESEARCH_GROUP', 'CEMIR', U.sff, {
    description: 'Centre of Excellence (SFF) at NTNU.',
    partOf: 'ntnu',
    topics: [
      ['immunology', 1],
      ['health', 0.6],
    ],
  }),
  academia('ntnu-kavli', 'RESEARCH_GROUP', 'Kavli Institute for Systems Neuroscience', U.kavli, {
    description: 'Has hosted two Centres of Excellence (SFF), 2003–2012 and 2013–2022.',
    partOf: 'ntnu',
    topics: [
      ['systems-neuroscience', 1],
      ['neuroscience', 0.8],
    ],
  }),
  academia('ntnu-quspin', 'RESEARCH_GROUP', 'QuSpin (Quantum Spintronics)', U.quspin, {
    description: 'Centre of Excellence (SFF) at NTNU since 2017.',
    foundedYear: 2017,
    partOf: 'ntnu',
    topics: [
      ['spintronics', 1],
      ['quantum', 0.8],
    ],
  }),
  ...(
    [
      [
        'ntnu-casa',
        'CASA',
        [
          ['structural-integrity', 1],
          ['materials', 0.6],
        ],
      ],
      [
        'ntnu-cius',
        'CIUS (ultrasound)',
        [
          ['medical-imaging', 1],
          ['medtech', 0.6],
          ['acoustics-sonar', 0.4],
        ],
      ],
      [
        'ntnu-subpro',
        'SUBPRO',
        [
          ['subsea', 1],
          ['oil-and-gas', 0.7],
          ['process-industry', 0.4],
        ],
      ],
      [
        'ntnu-sfi-metal-production',
        'SFI Metal Production',
        [
          ['metal-production', 1],
          ['process-industry', 0.6],
        ],
      ],
      [
        'ntnu-icsi',
        'iCSI',
        [
          ['catalysis', 1],
          ['process-industry', 0.6],
        ],
      ],
    ] as const
  ).map(([slug, name, topics]) =>
    academia(slug, 'RESEARCH_GROUP', name, U.sfi2014, {
      description:
        'Centre for Research-based Innovation (SFI) hosted by NTNU, from the 2014 round.',
      partOf: 'ntnu',
      topics,
    }),
  ),
  academia(
    'ntnu-geophysical-forecasting',
    'RESEARCH_GROUP',
    'Centre for Geophysical Forecasting',
    U.cgf,
    {
      description:
        'Centre for Research-based Innovation (SFI) from 2020, led by NTNU (NTNU leads 5 of the 2020 SFIs).',
      foundedYear: 2020,
      partOf: 'ntnu',
      topics: [
        ['geophysical-forecasting', 1],
        ['geohazards', 0.8],
      ],
    },
  ),
  academia(
    'ntnu-vista-subsea-autonomy',
    'RESEARCH_GROUP',
    'NTNU VISTA subsea autonomy centre',
    U.vista,
    {
      description: bilingual(
        'NTNU VISTA Centre for autonomous operations subsea, started in 2020: robots that cooperate under water, on the surface and in the air to map and monitor the ocean and the seabed. The Norwegian Academy of Science and Letters and Equinor support it with NOK 25 million, NOK 5 million a year for five years to the Departments of Marine Technology and Engineering Cybernetics.',
        'NTNU VISTA-senter for autonome operasjoner under vann, startet i 2020: roboter som samarbeider under vann, på overflaten og i lufta for å kartlegge og overvåke havet og havbunnen. Det Norske Videnskaps-Akademi og Equinor støtter det med 25 millioner kroner, 5 millioner i året i fem år til Institutt for marin teknikk og Institutt for teknisk kybernetikk.',
      ),
      foundedYear: 2020,
      partOf: 'ntnu',
      topics: [
        ['underwater-robotics', 1],
        ['ocean-autonomy', 0.8],
        ['robotics', 0.5],
      ],
    },
  ),
  // SINTEF
  academia('sintef', 'INSTITUTION', 'SINTEF', U.sintef, {
    description:
      'Research organisation founded in 1950 by NTH; headquartered in Trondheim; about 2,000 employees.',
    website: 'https://www.sintef.no',
    foundedYear: 1950,
    locatedIn: TRONDHEIM,
    topics: [
      ['energy', 0.6],
      ['ocean-space', 0.6],
      ['ict', 0.6],
      ['materials', 0.5],
      ['industry', 0.5],
    ],
  }),
  academia('sintef-community', 'INSTITUTION', 'SINTEF Community', U.sintefInstitutes, {
    description: 'SINTEF institute.',
    partOf: 'sintef',
    topics: [
      ['construction', 0.8],
      ['smart-buildings', 0.6],
      ['mobility', 0.6],
    ],
  }),
  academia('sintef-industry', 'INSTITUTION', 'SINTEF Industry', U.sintefInstitutes, {
    description: 'SINTEF institute.',
    partOf: 'sintef',
    topics: [
      ['materials', 0.8],
      ['process-industry', 0.7],
      ['industry', 0.6],
    ],
  }),
  academia('sintef-digital', 'INSTITUTION', 'SINTEF Digital', U.sintefInstitutes, {
    description: 'SINTEF institute.',
    partOf: 'sintef',
    topics: [
      ['ict', 1],
      ['ai-data', 0.8],
      ['electronics', 0.5],
    ],
  }),
  academia('sintef-manufacturing', 'INSTITUTION', 'SINTEF Manufacturing AS', U.sintefInstitutes, {
    description: 'SINTEF institute.',
    partOf: 'sintef',
    topics: [
      ['industry', 1],
      ['additive-manufacturing', 0.5],
      ['industrial-robotics', 0.5],
    ],
  }),
  academia('sintef-ocean', 'INSTITUTION', 'SINTEF Ocean AS', U.sintefOcean, {
    description: bilingual(
      'Formed in 2017 from MARINTEK, SINTEF Fiskeri og havbruk and an environmental technology unit, to research the ocean space as a whole. Fields: fisheries, aquaculture, maritime and offshore.',
      'Dannet i 2017 av MARINTEK, SINTEF Fiskeri og havbruk og en enhet for miljøteknologi, for å forske på havrommet som helhet. Fagfelt: fiskeri, havbruk, maritim virksomhet og offshore.',
    ),
    foundedYear: 2017,
    partOf: 'sintef',
    topics: [
      ['aquaculture', 1],
      ['fisheries', 0.8],
      ['maritime', 0.8],
      ['marine-operations', 0.7],
      ['ocean-autonomy', 0.4],
    ],
  }),
  academia(
    'sintef-energy',
    'INSTITUTION',
    'SINTEF Energy Research AS (SINTEF Energi)',
    U.sintefEnergy,
    {
      description: 'Power grids, CCS and offshore wind; runs the SINTEF Energy Lab.',
      partOf: 'sintef',
      topics: [
        ['power-systems', 1],
        ['ccs', 0.9],
        ['offshore-wind', 0.8],
      ],
    },
  ),
  academia('sintef-tto', 'INTERMEDIARY', 'SINTEF TTO', U.sintefTto, {
    description: "SINTEF's technology transfer office; it has produced spin-offs since the 1980s.",
    partOf: 'sintef',
    topics: [
      ['technology-transfer', 1],
      ['startups', 0.6],
    ],
  }),
  // Support actors
  academia('ntnu-tto', 'INTERMEDIARY', 'NTNU TTO', U.ntnuTto, {
    description:
      'Technology transfer office, established 2003. Owned by NTNU (85 %) and Helse Midt-Norge (15 %).',
    website: 'https://www.ntnutto.no',
    foundedYear: 2003,
    partOf: 'ntnu',
    topics: [
      ['technology-transfer', 1],
      ['startups', 0.6],
      ['innovation', 0.5],
    ],
  }),
  academia('ntnu-discovery', 'INTERMEDIARY', 'NTNU Discovery', U.discovery, {
    description:
      'Pre-company funding for research-based ideas; requires a DOFI and a TTO assessment of the IPR.',
    website: 'https://ntnudiscovery.no',
    topics: [
      ['technology-transfer', 1],
      ['startups', 0.5],
    ],
  }),
  academia('spark-ntnu', 'INTERMEDIARY', 'Spark* NTNU', U.spark, {
    description: 'Student-to-student mentoring since 2014; 570 projects by 2021.',
    foundedYear: 2014,
    topics: [
      ['startups', 1],
      ['innovation', 0.6],
      ['education', 0.3],
    ],
  }),
  {
    slug: 'ntnu-accel',
    kind: 'INVESTOR',
    helix: 'INDUSTRY',
    name: 'NTNU Accel',
    sourceRef: U.accel,
    description: 'Pre-seed fund manager; runs the Watts Up incubator.',
    topics: [
      ['venture-capital', 1],
      ['startups', 0.7],
      ['energy', 0.3],
    ],
  },
  {
    slug: 'digs',
    kind: 'INTERMEDIARY',
    helix: 'INDUSTRY',
    name: 'DIGS',
    sourceRef: U.digs,
    description: 'Coworking hub: 108 companies and 456 people (2020).',
    topics: [
      ['startups', 1],
      ['innovation', 0.5],
      ['ict', 0.3],
    ],
  },
  {
    slug: '6am',
    kind: 'INTERMEDIARY',
    helix: 'INDUSTRY',
    name: '6AM',
    sourceRef: U.sixAm,
    description: 'Accelerator; with Gnist, a fund of about NOK 30 million.',
    topics: [
      ['startups', 1],
      ['venture-capital', 0.6],
    ],
  },
  {
    slug: 'investinor',
    kind: 'INVESTOR',
    helix: 'GOVERNMENT',
    name: 'Investinor',
    sourceRef: U.investinor,
    description: 'State investor founded in 2008, headquartered in Trondheim.',
    foundedYear: 2008,
    locatedIn: TRONDHEIM,
    topics: [['venture-capital', 1]],
  },
  {
    slug: 'proventure',
    kind: 'INVESTOR',
    helix: 'INDUSTRY',
    name: 'Proventure',
    sourceRef: U.proventure,
    description: 'Manages the seed fund Proventure Seed II (about NOK 500 million).',
    topics: [
      ['venture-capital', 1],
      ['startups', 0.5],
    ],
  },
  {
    slug: 'siva',
    kind: 'PUBLIC_ACTOR',
    helix: 'GOVERNMENT',
    name: 'Siva',
    sourceRef: U.siva,
    description: 'Headquartered in Trondheim; runs incubator programmes.',
    locatedIn: TRONDHEIM,
    topics: [
      ['startups', 0.8],
      ['innovation', 0.8],
      ['regional-development', 0.6],
    ],
  },
  {
    slug: 'trondheim-tech-port',
    kind: 'INTERMEDIARY',
    helix: 'GOVERNMENT',
    name: 'Trondheim Tech Port',
    sourceRef: U.techPort,
    description: 'Innovation district launched in October 2021.',
    website: 'https://www.trondheimtechport.no',
    foundedYear: 2021,
    locatedIn: TRONDHEIM,
    topics: [
      ['innovation', 1],
      ['startups', 0.6],
      ['cluster-development', 0.4],
    ],
  },
  {
    slug: 'innovasjon-norge',
    kind: 'PUBLIC_ACTOR',
    helix: 'GOVERNMENT',
    name: 'Innovasjon Norge',
    sourceRef: U.innovasjonNorge,
    description:
      'Its Trondheim office has been co-located with Trondheim Tech Port since December 2023.',
    website: 'https://www.innovasjonnorge.no',
    locatedIn: TRONDHEIM,
    topics: [
      ['innovation', 1],
      ['regional-development', 0.7],
      ['venture-capital', 0.5],
    ],
  },
  {
    slug: 'forskningsradet',
    kind: 'PUBLIC_ACTOR',
    helix: 'GOVERNMENT',
    name: 'Forskningsrådet',
    sourceRef: U.forskningsradet,
    description:
      'The Research Council of Norway. Its commercialisation projects (kvalifiseringsprosjekt) cover TRL 2–7.',
    topics: [
      ['innovation', 0.8],
      ['technology-transfer', 0.7],
    ],
  },
  {
    slug: 'trondelag-fylkeskommune',
    kind: 'PUBLIC_ACTOR',
    helix: 'GOVERNMENT',
    name: 'Trøndelag fylkeskommune',
    sourceRef: U.fylke,
    description: 'County authority of Trøndelag, formed in 2018 (county number 50).',
    website: 'https://www.trondelagfylke.no',
    foundedYear: 2018,
    topics: [
      ['regional-development', 1],
      ['innovation', 0.5],
      ['mobility', 0.4],
    ],
  },
  {
    slug: 'trondheimsregionen',
    kind: 'PUBLIC_ACTOR',
    helix: 'GOVERNMENT',
    name: 'Trondheimsregionen',
    sourceRef: U.trondheimsregionen,
    description:
      "Cooperation of eight municipalities — Trondheim, Stjørdal, Malvik, Melhus, Midtre Gauldal, Skaun, Orkland and Indre Fosen — which hold 65 % of Trøndelag's population.",
    website: 'https://trondheimsregionen.no',
    topics: [
      ['regional-development', 1],
      ['innovation', 0.5],
      ['cluster-development', 0.4],
    ],
  },
  {
    slug: 'leiv-eiriksson-nyskaping',
    kind: 'INTERMEDIARY',
    helix: 'INDUSTRY',
    name: 'Leiv Eiriksson Nyskaping',
    sourceRef: U.len,
    description: 'Innovation company; facilitated NCE Instrumentation.',
    website: 'https://len.no',
    topics: [
      ['cluster-development', 1],
      ['innovation', 0.7],
      ['sensors', 0.4],
    ],
  },
  // Spin-offs and technology companies (§5; Disruptive Technologies, Airthings, Zaptec and "Vivid" are excluded there)
  ...(
    [
      {
        slug: 'nordic-semiconductor',
        name: 'Nordic Semiconductor',
        sourceRef: U.nordic,
        foundedYear: 1983,
        stage: 'ESTABLISHED',
        locatedIn: TRONDHEIM,
        description:
          'Wireless IoT chips; headquartered in Trondheim. Founded in 1983 (40 years in 2023). The industry grew out of ELAB (SINTEF) and NTH.',
        topics: [
          ['microchips', 1],
          ['wireless', 0.9],
          ['iot', 0.8],
          ['electronics', 0.7],
        ],
      },
      {
        slug: 'atmel-norway',
        name: 'Atmel Norway',
        sourceRef: U.atmel,
        description: 'AVR microcontrollers; about 200 employees.',
        topics: [
          ['microchips', 1],
          ['embedded-systems', 0.7],
        ],
      },
      {
        slug: 'fast-search-transfer',
        name: 'Fast Search & Transfer',
        sourceRef: U.fast,
        foundedYear: 1997,
        description:
          'Search technology, founded in 1997 from the NTNU student milieu; bought by Microsoft in 2008.',
        topics: [
          ['search-technology', 1],
          ['software', 0.6],
        ],
      },
      {
        slug: 'kahoot',
        name: 'Kahoot!',
        sourceRef: U.kahoot,
        foundedYear: 2011,
        description: 'Edtech company, founded as Mobitroll AS in December 2011 with NTNU TTO.',
        topics: [
          ['edtech', 1],
          ['game-based-learning', 0.9],
          ['software', 0.5],
        ],
      },
      {
        slug: 'volue',
        name: 'Volue (formerly Powel)',
        sourceRef: U.powel,
        foundedYear: 1996,
        stage: 'ESTABLISHED',
        description:
          'Energy software. Powel was founded in 1996 with 37 employees from EFI/SINTEF and is now Volue.',
        topics: [
          ['energy-software', 1],
          ['power-systems', 0.7],
          ['software', 0.6],
        ],
      },
      {
        slug: 'blueye-robotics',
        name: 'Blueye Robotics',
        sourceRef: U.blueye,
        foundedYear: 2015,
        description: 'Underwater drones; spun out of NTNU AMOS with NTNU TTO in 2015.',
        topics: [
          ['underwater-robotics', 1],
          ['ocean-autonomy', 0.7],
          ['subsea', 0.4],
        ],
      },
      {
        slug: 'ubiq-aerospace',
        name: 'UBIQ Aerospace',
        sourceRef: U.ubiq,
        foundedYear: 2017,
        description: 'Drone de-icing, founded in 2017; NTNU TTO is a co-owner.',
        topics: [
          ['drones', 1],
          ['robotics', 0.5],
        ],
      },
      {
        slug: 'eelume',
        name: 'Eelume',
        sourceRef: U.eelume,
        locatedIn: TRONDHEIM,
        description: bilingual(
          'Trondheim company making a snake-shaped underwater robot for inspection, maintenance and repair of subsea installations in oil and gas, aquaculture and wind power, controlled from land; it grew out of the snake robotics research at NTNU and SINTEF.',
          'Trondheimsbedrift som lager en slangeformet undervannsrobot for inspeksjon, vedlikehold og reparasjon av undervannsinstallasjoner innen olje og gass, havbruk og vindkraft, styrt fra land; den springer ut av slangerobotikkmiljøet ved NTNU og SINTEF.',
        ),
        topics: [
          ['underwater-robotics', 1],
          ['subsea', 0.8],
          ['robotics', 0.6],
          ['ocean-autonomy', 0.6],
        ],
      },
      {
        slug: 'maritime-robotics',
        name: 'Maritime Robotics',
        sourceRef: U.maritimeRobotics,
        foundedYear: 2005,
        locatedIn: TRONDHEIM,
        description: bilingual(
          'Trondheim company, started in 2005, with a portfolio of unmanned vehicles that collect data in the air and at sea, powered by electric or fuel engines, or by waves and sun.',
          'Trondheimsbedrift, startet i 2005, med en portefølje av ubemannede farkoster som samler inn data i lufta og på havet, drevet av elmotor eller drivstoff, eller av bølger og sol.',
        ),
        topics: [
          ['autonomous-ships', 1],
          ['ocean-autonomy', 0.9],
          ['drones', 0.6],
          ['sensors', 0.4],
        ],
      },
      {
        slug: 'zedge',
        name: 'Zedge',
        sourceRef: U.zedge,
        description: 'Mobile content; Trondheim area.',
        topics: [
          ['software', 1],
          ['ict', 0.6],
        ],
      },
      {
        slug: 'norbit',
        name: 'NORBIT',
        sourceRef: U.norbit,
        website: 'https://norbit.com',
        description: 'Sonar and intelligent traffic systems (ITS); Trondheim area.',
        topics: [
          ['acoustics-sonar', 1],
          ['sensors', 0.6],
          ['mobility', 0.5],
        ],
      },
    ] satisfies Omit<FactActor, 'kind' | 'helix'>[]
  ).map((c): FactActor => ({ ...c, kind: 'COMPANY', helix: 'INDUSTRY', isTech: true })),
  ...LANDSCAPE_ACTORS,
  ...NTNU_DEPARTMENT_ACTORS,
  ...SINTEF_UNIT_ACTORS,
  ...RESEARCH_CENTRE_ACTORS,
];

interface FactCluster {
  slug: string;
  name: string;
  level: 'ARENA' | 'ARENA_PRO' | 'NCE';
  theme: string;
  description: string;
  website?: string;
  startYear?: number;
  reportedMembers?: number;
  sourceRef: string;
  facilitatedBy?: string;
}

export const clusterId = (slug: string): string => `cluster:${slug}`;

const FACT_CLUSTERS: readonly FactCluster[] = [
  {
    slug: 'ocean-autonomy',
    name: 'Ocean Autonomy Cluster',
    level: 'ARENA',
    theme: 'Ocean autonomy',
    startYear: 2020,
    sourceRef: U.oceanAutonomy,
    // ">70" is a lower bound, not a count, so reportedMembers stays null.
    description: 'Arena cluster from 2020. 23 members at the start; more than 70 by 2023.',
  },
  {
    slug: 'nce-aquatech',
    name: 'NCE Aquatech Cluster',
    level: 'NCE',
    theme: 'Aquaculture technology',
    startYear: 2016,
    sourceRef: U.aquatech,
    description: 'NCE cluster from 2016 with more than 100 members.',
  },
  {
    slug: 'woodworks',
    name: 'Woodworks (Arena Skognæringa i Trøndelag)',
    level: 'ARENA_PRO',
    theme: 'Forestry and bio-economy',
    startYear: 2016,
    reportedMembers: 46,
    sourceRef: U.woodworks,
    description:
      'Began as Arena Skognæringa i Trøndelag, an Arena cluster from 2016; Arena Pro from 2019. 46 members.',
  },
  {
    slug: 'tequity',
    name: 'Tequity Cluster',
    level: 'ARENA',
    theme: 'Financial technology',
    startYear: 2017,
    sourceRef: U.tequity,
    website: 'http://www.tequitycluster.no',
    description:
      "Arena cluster from 2017; investor-led. Norway's first business cluster for financial technology.",
  },
  {
    slug: 'nce-instrumentation',
    name: 'NCE Instrumentation',
    level: 'NCE',
    theme: 'Sensors and instrumentation',
    reportedMembers: 36,
    sourceRef: U.instrumentation,
    facilitatedBy: 'leiv-eiriksson-nyskaping',
    // The facts say the contract periods have ended but give no year: endYear stays null.
    description:
      '36 members (2012). Facilitated by Leiv Eiriksson Nyskaping. Its contract periods have ended.',
  },
];

interface FactTechnology {
  slug: string;
  title: string;
  summary: string;
  stage: TechnologyStage;
  /** Kobling's estimate from the stage; the sources give no TRL. */
  trl: number;
  sourceRef: string;
  originatedAt: readonly string[];
  commercialisedBy: string;
  supportedBy: readonly string[];
  milestones: readonly {
    stage: TechnologyStage;
    trl: number;
    year: number;
    month?: number;
    note: string;
  }[];
  topics: Weighted;
}

export const technologyId = (slug: string): string => `technology:${slug}`;

const TRL_NOTE = 'TRL is Kobling’s estimate; the source gives none.';

const FACT_TECHNOLOGIES: readonly FactTechnology[] = [
  {
    slug: 'blueye-underwater-drones',
    title: 'Blueye underwater drones',
    sourceRef: U.blueye,
    summary:
      'Underwater drones from NTNU AMOS, taken to market by the spin-off Blueye Robotics with NTNU TTO.',
    stage: 'ON_MARKET',
    trl: 9,
    originatedAt: ['ntnu-amos'],
    commercialisedBy: 'blueye-robotics',
    supportedBy: ['ntnu-tto'],
    milestones: [
      {
        stage: 'SPIN_OFF',
        trl: 6,
        year: 2015,
        note: `Blueye Robotics founded as a spin-off of NTNU AMOS with NTNU TTO (2015; the date within the year is not given). ${TRL_NOTE}`,
      },
    ],
    topics: [
      ['underwater-robotics', 1],
      ['ocean-autonomy', 0.7],
    ],
  },
  {
    slug: 'kahoot-game-based-learning',
    title: 'Kahoot! game-based learning',
    sourceRef: U.kahoot,
    summary:
      'Game-based learning platform, taken to market by Mobitroll AS (Kahoot!), founded with NTNU TTO.',
    stage: 'ON_MARKET',
    trl: 9,
    originatedAt: [],
    commercialisedBy: 'kahoot',
    supportedBy: ['ntnu-tto'],
    milestones: [
      {
        stage: 'SPIN_OFF',
        trl: 6,
        year: 2011,
        month: 12,
        note: `Mobitroll AS founded with NTNU TTO (December 2011; the day is not given). ${TRL_NOTE}`,
      },
    ],
    topics: [
      ['game-based-learning', 1],
      ['edtech', 0.8],
    ],
  },
  {
    slug: 'ubiq-drone-de-icing',
    title: 'UBIQ drone de-icing',
    sourceRef: U.ubiq,
    summary:
      'De-icing for drones, commercialised by UBIQ Aerospace (2017), co-owned by NTNU TTO, which has brought in a large American investor.',
    stage: 'FUNDED',
    trl: 6,
    originatedAt: [],
    commercialisedBy: 'ubiq-aerospace',
    supportedBy: ['ntnu-tto'],
    milestones: [
      {
        stage: 'SPIN_OFF',
        trl: 5,
        year: 2017,
        note: `UBIQ Aerospace founded, co-owned by NTNU TTO (2017; the date within the year is not given). ${TRL_NOTE}`,
      },
    ],
    topics: [
      ['drones', 1],
      ['robotics', 0.4],
    ],
  },
  {
    slug: 'eelume-subsea-snake-robot',
    title: 'Eelume subsea snake robot',
    sourceRef: U.eelume,
    summary:
      'Snake-shaped subsea robot from NTNU and SINTEF, commercialised by Eelume; presented by Forskningsrådet among its business projects.',
    stage: 'SPIN_OFF',
    trl: 6,
    originatedAt: ['ntnu', 'sintef'],
    commercialisedBy: 'eelume',
    supportedBy: ['forskningsradet'],
    // The founding year is unverified in the facts: no milestone.
    milestones: [],
    topics: [
      ['underwater-robotics', 1],
      ['subsea', 0.8],
    ],
  },
  {
    slug: 'powel-energy-software',
    title: 'Powel energy software',
    sourceRef: U.powel,
    summary: 'Energy software from EFI/SINTEF, taken to market by Powel (now Volue).',
    stage: 'ON_MARKET',
    trl: 9,
    originatedAt: ['sintef'],
    commercialisedBy: 'volue',
    supportedBy: [],
    milestones: [
      {
        stage: 'SPIN_OFF',
        trl: 7,
        year: 1996,
        note: `Powel founded with 37 employees from EFI/SINTEF (1996; the date within the year is not given). ${TRL_NOTE}`,
      },
    ],
    topics: [
      ['energy-software', 1],
      ['power-systems', 0.6],
    ],
  },
];

/** The KPI baseline: technology companies and their employees in the region, by year. */
export const KPI_BASELINE = [
  {
    year: 2014,
    techCompanies: 554,
    techEmployees: 10_318,
    note: 'Impello 2014 (figures for 2013/14)',
    sourceRef: U.impello2014,
  },
  { year: 2016, techCompanies: 592, techEmployees: 11_695, note: null, sourceRef: U.kpi2016 },
  {
    year: 2017,
    techCompanies: 703,
    techEmployees: 12_000,
    note: 'employees: estimate (~12,000); 611 of the companies in Trondheim',
    sourceRef: U.impelloHovedfunn,
  },
  {
    year: 2018,
    techCompanies: 706,
    techEmployees: 12_242,
    note: '706 counted (estimated 750)',
    sourceRef: U.impelloHovedfunn,
  },
  {
    year: 2023,
    techCompanies: 790,
    techEmployees: null,
    note: 'employees not given; 55 new companies and 27 scale-ups',
    sourceRef: U.kpi2023,
  },
] as const;

const hasTopics = (label: string, key: string, topics: Weighted): SeedRelationship[] =>
  topics.map(([slug, weight]) =>
    rel('HAS_TOPIC', ref(label, key), ref('Topic', topicId(slug)), { weight }),
  );

/** All fact rows and relationships. */
export function factGraph(): { nodes: Record<string, Row[]>; relationships: SeedRelationship[] } {
  const relationships: SeedRelationship[] = [];
  const actors = FACT_ACTORS.map((a) => {
    const { partOf, locatedIn, topics, ...input } = a;
    const id = actorId(a.slug);
    if (partOf) relationships.push(rel('PART_OF', ref('Actor', id), ref('Actor', actorId(partOf))));
    if (locatedIn)
      relationships.push(rel('LOCATED_IN', ref('Actor', id), ref('Municipality', locatedIn)));
    relationships.push(...hasTopics('Actor', id, topics));
    return actorRow({ ...input, id, source: 'seed' });
  });
  const clusters = FACT_CLUSTERS.map((c) => {
    if (c.facilitatedBy) {
      relationships.push(
        rel(
          'FACILITATES',
          ref('Actor', actorId(c.facilitatedBy)),
          ref('Cluster', clusterId(c.slug)),
        ),
      );
    }
    return clusterRow({
      id: clusterId(c.slug),
      slug: c.slug,
      name: c.name,
      level: c.level,
      theme: c.theme,
      description: c.description,
      website: c.website ?? null,
      startYear: c.startYear ?? null,
      endYear: null,
      reportedMembers: c.reportedMembers ?? null,
      source: 'seed',
      sourceRef: c.sourceRef,
    });
  });
  const milestones: Row[] = [];
  const technologies = FACT_TECHNOLOGIES.map((t) => {
    const id = technologyId(t.slug);
    for (const o of t.originatedAt)
      relationships.push(rel('ORIGINATED_AT', ref('Technology', id), ref('Actor', actorId(o))));
    relationships.push(
      rel('COMMERCIALISED_BY', ref('Technology', id), ref('Actor', actorId(t.commercialisedBy))),
    );
    for (const s of t.supportedBy)
      relationships.push(rel('SUPPORTED_BY', ref('Technology', id), ref('Actor', actorId(s))));
    for (const m of t.milestones) {
      const mid = `milestone:${t.slug}:${m.stage.toLowerCase()}-${m.year}`;
      milestones.push(
        milestoneRow({
          id: mid,
          stage: m.stage,
          trl: m.trl,
          at: Date.UTC(m.year, (m.month ?? 1) - 1, 1),
          note: m.note,
          source: 'seed',
          sourceRef: t.sourceRef,
        }),
      );
      relationships.push(rel('HAS_MILESTONE', ref('Technology', id), ref('Milestone', mid)));
    }
    relationships.push(...hasTopics('Technology', id, t.topics));
    return technologyRow({
      id,
      slug: t.slug,
      title: t.title,
      summary: t.summary,
      trl: t.trl,
      stage: t.stage,
      source: 'seed',
      sourceRef: t.sourceRef,
    });
  });
  const projects = LANDSCAPE_PROJECTS.map((p) => {
    const id = `project:${p.slug}`;
    for (const a of [p.coordinator, ...p.partners]) {
      relationships.push(
        rel('PARTICIPATES_IN', ref('Actor', actorId(a)), ref('Project', id), {
          role: a === p.coordinator ? 'COORDINATOR' : 'PARTNER',
        }),
      );
    }
    relationships.push(...hasTopics('Project', id, p.topics));
    return projectRow({
      id,
      title: p.title,
      summary: p.summary,
      funder: p.funder,
      startYear: p.startYear,
      source: 'seed',
      sourceRef: p.sourceRef,
    });
  });
  const kpis = KPI_BASELINE.map((k) =>
    kpiRow({
      id: `kpi:${k.year}`,
      year: k.year,
      techCompanies: k.techCompanies,
      techEmployees: k.techEmployees,
      note: k.note,
      source: 'seed',
      sourceRef: k.sourceRef,
    }),
  );
  return {
    nodes: {
      Actor: actors,
      Cluster: clusters,
      Technology: technologies,
      Milestone: milestones,
      Project: projects,
      KpiObservation: kpis,
    },
    relationships,
  };
}
