/**
 * Research groups, centres, departments and technology companies of the region beyond
 * ../shared/reference/region-facts.md (issue 16). Every row was found on a public page, its
 * `sourceRef`; the description is Kobling's own short summary of that page, in English and then
 * bokmål. Where the page does not name a department's faculty, the department is PART_OF NTNU
 * itself. What is Kobling's rather than the source's is the same as for the other facts (an
 * actor's kind, helix and topics); see seeds/README.md.
 */
import type { ActorInput } from './rows.ts';
import type { TopicSlug } from './taxonomy.ts';
import { TRONDHEIM } from './municipalities.ts';

export type Weighted = readonly (readonly [TopicSlug, number])[];

export interface FactActor extends Omit<ActorInput, 'id' | 'source'> {
  partOf?: string;
  locatedIn?: string;
  topics: Weighted;
}

/** A description in both languages: English, a blank line, bokmål. */
export const bilingual = (en: string, nb: string): string => `${en}\n\n${nb}`;

export const LANDSCAPE_SOURCES = {
  itk: 'http://www.ntnu.edu/itk/about/history',
  autoShipHost:
    'https://computerweekly.com/feature/What-Norwegians-are-learning-as-they-pioneer-autonomous-ships',
  autoShipPartners: 'https://trondheimhavn.no/over-200-millioner-til-forskning-pa-autonome-skip/',
  shoreControl:
    'https://norwegianscitechnews.com/2021/04/taking-control-of-unmanned-vessels-at-sea',
  norwai:
    'https://www.sintef.no/en/latest-news/2020/-these-are-fields-in-which-norway-can-lead-the-way',
  nail: 'https://sintef.no/en/latest-news/2018/a-strengthened-national-powerhouse-for-artificial-intelligence-in-norway',
  porelab: 'https://porelab.no/2017/09/11/kick-off-for-sff-porous-media-laboratory-porelab/',
  porelabPartners: 'https://pet.geo.ntnu.no/wordpress/igp/nb/tag/sff/',
  civil:
    'http://globalauthorid.com/WebPortal/ArticleView?wd=18AF5169B579FF4B0EF9C22D471E368974037DFB7FB2886B',
  engineeringAffiliations:
    'http://globalauthorid.com/WebPortal/ArticleView?wd=738CA3F32DBBA663EB462ED9346D5E86E38897AA82F2A7C5',
  physmet: 'https://gitlab.com/ntnu-physmet',
  energyProcess: 'https://sintef.no/siste-nytt/2020/110-ar-med-ingeniorer-som-bygde-landet2',
  chemicalEngineering: 'https://www.ntnu.edu/chemeng/ikp-strategy',
  exposed: 'https://fiskeribladet.no/tekfisk/nyheter/?artikkel=60887',
  zeabuz:
    'https://www.tu.no/artikler/autonome-skip-mye-mer-komplekst-enn-man-kan-forestille-seg/547276',
  seatex: 'https://www.adressa.no/okonomi/i/7dwWeo/viste-frem-trondheimsteknologi-til-toppsjefen',
} as const;

const S = LANDSCAPE_SOURCES;

/** A sourced academic unit (department, centre, group, lab) of the landscape. */
export const unit = (
  slug: string,
  kind: 'INSTITUTION' | 'RESEARCH_GROUP',
  name: string,
  sourceRef: string,
  rest: Omit<FactActor, 'slug' | 'kind' | 'helix' | 'name' | 'sourceRef'>,
): FactActor => ({ slug, kind, helix: 'ACADEMIA', name, sourceRef, ...rest });

/** A sourced technology company of the landscape. */
export const company = (
  slug: string,
  name: string,
  sourceRef: string,
  rest: Omit<FactActor, 'slug' | 'kind' | 'helix' | 'name' | 'sourceRef'>,
): FactActor => ({
  slug,
  kind: 'COMPANY',
  helix: 'INDUSTRY',
  name,
  sourceRef,
  isTech: true,
  ...rest,
});

export const LANDSCAPE_ACTORS: readonly FactActor[] = [
  // NTNU departments
  unit(
    'ntnu-civil-environmental',
    'INSTITUTION',
    'NTNU Department of Civil and Environmental Engineering',
    S.civil,
    {
      description: bilingual(
        'Department of the Faculty of Engineering at NTNU in Trondheim.',
        'Institutt for bygg- og miljøteknikk, Fakultet for ingeniørvitenskap ved NTNU i Trondheim.',
      ),
      partOf: 'ntnu-iv',
      topics: [
        ['construction', 1],
        ['structural-integrity', 0.5],
        ['climate', 0.4],
      ],
    },
  ),
  unit(
    'ntnu-mechanical-industrial',
    'INSTITUTION',
    'NTNU Department of Mechanical and Industrial Engineering',
    S.engineeringAffiliations,
    {
      description: bilingual(
        'Department of mechanical and industrial engineering at NTNU in Trondheim.',
        'Institutt for maskinteknikk og produksjon ved NTNU i Trondheim.',
      ),
      partOf: 'ntnu',
      topics: [
        ['industry', 1],
        ['materials', 0.6],
        ['structural-integrity', 0.4],
      ],
    },
  ),
  unit(
    'ntnu-geoscience-petroleum',
    'INSTITUTION',
    'NTNU Department of Geoscience and Petroleum',
    S.engineeringAffiliations,
    {
      description: bilingual(
        'Department of geoscience and petroleum at NTNU in Trondheim.',
        'Institutt for geovitenskap og petroleum ved NTNU i Trondheim.',
      ),
      partOf: 'ntnu',
      topics: [
        ['geophysics', 1],
        ['oil-and-gas', 0.8],
        ['geohazards', 0.5],
        ['ccs', 0.4],
      ],
    },
  ),
  unit('ntnu-physics', 'INSTITUTION', 'NTNU Department of Physics', S.porelabPartners, {
    description: bilingual(
      'Institutt for fysikk; the director of the Centre of Excellence PoreLab works here.',
      'Institutt for fysikk; lederen for senteret for fremragende forskning PoreLab arbeider her.',
    ),
    partOf: 'ntnu',
    topics: [
      ['quantum', 0.6],
      ['nanotechnology', 0.5],
      ['materials', 0.5],
    ],
  }),
  unit(
    'ntnu-materials',
    'INSTITUTION',
    'NTNU Department of Materials Science and Engineering',
    S.physmet,
    {
      description: bilingual(
        'Department of materials science and engineering at NTNU in Trondheim, home of the Physical Metallurgy group.',
        'Institutt for materialteknologi ved NTNU i Trondheim, der forskergruppen for fysikalsk metallurgi holder til.',
      ),
      partOf: 'ntnu',
      topics: [
        ['materials', 1],
        ['metal-production', 0.6],
        ['process-industry', 0.4],
      ],
    },
  ),
  unit(
    'ntnu-energy-process',
    'INSTITUTION',
    'NTNU Department of Energy and Process Engineering',
    S.energyProcess,
    {
      description: bilingual(
        'For 110 years its engineers have developed energy technology: hydropower, freezing techniques for the fisheries (with SINTEF), indoor climate, energy production and use, oil and gas, and lately climate-friendly energy solutions.',
        'Institutt for energi- og prosessteknikk: i 110 år har ingeniørene her utviklet energiteknologi – vannkraft, fryseteknikk for fiskerinæringen (sammen med SINTEF), inneklima, energiproduksjon og energibruk, olje og gass, og de siste tiårene klimavennlige energiløsninger.',
      ),
      partOf: 'ntnu',
      topics: [
        ['energy', 1],
        ['process-industry', 0.6],
        ['oil-and-gas', 0.4],
        ['climate', 0.4],
      ],
    },
  ),
  unit(
    'ntnu-chemical-engineering',
    'INSTITUTION',
    'NTNU Department of Chemical Engineering',
    S.chemicalEngineering,
    {
      description: bilingual(
        'Department of the Faculty of Natural Sciences whose strategy for 2018–2025 is sustainable process solutions.',
        'Institutt for kjemisk prosessteknologi ved Fakultet for naturvitenskap, med bærekraftige prosessløsninger som strategi for 2018–2025.',
      ),
      partOf: 'ntnu-nv',
      topics: [
        ['process-industry', 1],
        ['catalysis', 0.6],
        ['climate', 0.3],
      ],
    },
  ),
  unit('ntnu-design', 'INSTITUTION', 'NTNU Department of Design', S.shoreControl, {
    description: bilingual(
      'Its researchers work on the design of control rooms and driverless ferries that passengers can trust, at the NTNU Shore Control Centre.',
      'Forskerne arbeider med utforming av kontrollrom og førerløse ferger som passasjerer kan stole på, ved NTNU Shore Control Centre.',
    ),
    partOf: 'ntnu',
    topics: [
      ['industry', 0.5],
      ['autonomous-ships', 0.5],
      ['innovation', 0.4],
    ],
  }),
  // NTNU centres and groups
  unit('ntnu-sfi-autoship', 'RESEARCH_GROUP', 'SFI AutoShip', S.autoShipHost, {
    description: bilingual(
      'Centre for Research-based Innovation (SFI) on autonomous ships and their operation: an eight-year programme funded by the Research Council and 22 partners, hosted by the Department of Engineering Cybernetics at NTNU.',
      'Senter for forskningsdrevet innovasjon (SFI) for autonome skip og drift av dem: et åtteårig program finansiert av Forskningsrådet og 22 partnere, med Institutt for teknisk kybernetikk ved NTNU som vert.',
    ),
    foundedYear: 2020,
    partOf: 'ntnu-itk',
    topics: [
      ['autonomous-ships', 1],
      ['ocean-autonomy', 0.9],
      ['maritime', 0.6],
      ['automation', 0.4],
    ],
  }),
  unit('ntnu-shore-control-centre', 'RESEARCH_GROUP', 'NTNU Shore Control Centre', S.shoreControl, {
    description: bilingual(
      'Laboratory at Nyhavna in Trondheim for the design and control of unmanned vessels, with research for SFI AutoShip: how remote operators supervise autonomous ships and ferries.',
      'Laboratorium på Nyhavna i Trondheim for utforming og styring av ubemannede fartøy, med forskning for SFI AutoShip: hvordan operatører på land overvåker autonome skip og ferger.',
    ),
    partOf: 'ntnu',
    locatedIn: TRONDHEIM,
    topics: [
      ['autonomous-ships', 1],
      ['ocean-autonomy', 0.7],
      ['maritime', 0.4],
    ],
  }),
  unit(
    'ntnu-norwai',
    'RESEARCH_GROUP',
    'NorwAI (Norwegian Research Center for AI Innovation)',
    S.norwai,
    {
      description: bilingual(
        'Centre for Research-based Innovation (SFI) from 2020 on applying artificial intelligence in industry: innovation, ethical use, explainability and machine learning. Located at the Department of Computer Science at NTNU and run together with SINTEF Digital, with partners from media, finance, energy and industry.',
        'Senter for forskningsdrevet innovasjon (SFI) fra 2020 for bruk av kunstig intelligens i næringslivet: innovasjon, etisk bruk, forklarbarhet og maskinlæring. Ligger ved Institutt for datateknologi og informatikk ved NTNU og drives sammen med SINTEF Digital, med partnere fra medier, finans, energi og industri.',
      ),
      foundedYear: 2020,
      partOf: 'ntnu-idi',
      topics: [
        ['ai-data', 1],
        ['machine-learning', 0.9],
        ['data-platforms', 0.4],
      ],
    },
  ),
  unit('ntnu-nail', 'RESEARCH_GROUP', 'Norwegian Open AI Lab (NAIL)', S.nail, {
    description: bilingual(
      'Laboratory for artificial intelligence, machine learning and big data in Trondheim, an expansion of the Telenor-NTNU AI-Lab that Telenor, NTNU and SINTEF started in 2016.',
      'Laboratorium for kunstig intelligens, maskinlæring og stordata i Trondheim, en utvidelse av Telenor-NTNU AI-Lab som Telenor, NTNU og SINTEF startet i 2016.',
    ),
    partOf: 'ntnu',
    topics: [
      ['machine-learning', 1],
      ['ai-data', 0.9],
    ],
  }),
  unit('ntnu-porelab', 'RESEARCH_GROUP', 'PoreLab (Porous Media Laboratory)', S.porelab, {
    description: bilingual(
      'Centre of Excellence (SFF) from 2017 on the physics of flow in porous media, with experimental, theoretical and computational methods; shared between NTNU and the University of Oslo.',
      'Senter for fremragende forskning (SFF) fra 2017 om fysikken i strømning gjennom porøse medier, med eksperimentelle, teoretiske og numeriske metoder; delt mellom NTNU og Universitetet i Oslo.',
    ),
    foundedYear: 2017,
    partOf: 'ntnu',
    topics: [
      ['geophysics', 0.7],
      ['ccs', 0.5],
      ['oil-and-gas', 0.5],
      ['materials', 0.4],
    ],
  }),
  unit('ntnu-physmet', 'RESEARCH_GROUP', 'NTNU Physical Metallurgy group (PhysMet)', S.physmet, {
    description: bilingual(
      'Research group for physical metallurgy at the Department of Materials Science and Engineering, NTNU, Trondheim.',
      'Forskergruppe for fysikalsk metallurgi ved Institutt for materialteknologi, NTNU, Trondheim.',
    ),
    partOf: 'ntnu-materials',
    topics: [
      ['materials', 1],
      ['metal-production', 0.8],
    ],
  }),
  // SINTEF centres
  unit(
    'sintef-sfi-exposed',
    'RESEARCH_GROUP',
    'SFI Exposed (Exposed Aquaculture Operations)',
    S.exposed,
    {
      description: bilingual(
        'Centre for Research-based Innovation (SFI) hosted by SINTEF Ocean, decided in autumn 2014 and started in 2015: knowledge and technology for robust, safe and efficient fish farming at exposed sites, with autonomous systems, offshore structures and vessels among the innovations it needs.',
        'Senter for forskningsdrevet innovasjon (SFI) med SINTEF Ocean som vert, vedtatt høsten 2014 og startet i 2015: kunnskap og teknologi for robust, sikkert og effektivt fiskeoppdrett på eksponerte lokaliteter, med autonome systemer, offshorekonstruksjoner og fartøy blant innovasjonene som trengs.',
      ),
      foundedYear: 2015,
      partOf: 'sintef-ocean',
      topics: [
        ['aquaculture-technology', 1],
        ['marine-operations', 0.8],
        ['aquaculture', 0.6],
        ['ocean-autonomy', 0.3],
      ],
    },
  ),
  // Technology companies
  company('zeabuz', 'Zeabuz', S.zeabuz, {
    description: bilingual(
      'Autonomous passenger ferries, from many years of research at NTNU; registered as a company in 2019. Its technology runs MF Estelle in Stockholm, in daily traffic since June 2023 as the first autonomous passenger ferry in regular service.',
      'Autonome passasjerferger, fra mange års forskning ved NTNU; registrert som eget selskap i 2019. Teknologien styrer MF Estelle i Stockholm, i daglig trafikk siden juni 2023 som den første autonome passasjerfergen i rutetrafikk.',
    ),
    foundedYear: 2019,
    locatedIn: TRONDHEIM,
    topics: [
      ['autonomous-ships', 1],
      ['ocean-autonomy', 0.8],
      ['electric-mobility', 0.5],
      ['mobility', 0.4],
    ],
  }),
  company('kongsberg-seatex', 'Kongsberg Seatex', S.seatex, {
    description: bilingual(
      'Kongsberg subsidiary with three test vessels in Trondheim; it develops navigation support for ships, such as guiding vessels through locks with sensors and cameras, as part of Kongsberg’s work on autonomous ships in Trondheim.',
      'Datterselskap av Kongsberg med tre testfartøy i Trondheim; utvikler navigasjonsstøtte for skip, som å lose fartøy gjennom sluser med sensorer og kameraer, som del av Kongsbergs arbeid med autonome skip i Trondheim.',
    ),
    topics: [
      ['autonomous-ships', 1],
      ['maritime', 0.7],
      ['sensors', 0.6],
      ['computer-vision', 0.4],
    ],
  }),
];

export interface FactProject {
  slug: string;
  title: string;
  summary: string;
  funder: string;
  startYear: number;
  sourceRef: string;
  coordinator: string;
  partners: readonly string[];
  topics: Weighted;
}

/** Consortia the sources name, as projects: real ties between real actors. */
export const LANDSCAPE_PROJECTS: readonly FactProject[] = [
  {
    slug: 'sfi-autoship',
    title: 'SFI AutoShip: safe autonomous ships',
    summary: bilingual(
      'NTNU-led Centre for Research-based Innovation, one of 22 granted in 2020, with over NOK 200 million for eight years and more than 20 partners from the Norwegian maritime cluster (among them SINTEF Ocean, SINTEF Digital and Maritime Robotics).',
      'NTNU-ledet senter for forskningsdrevet innovasjon, ett av 22 tildelt i 2020, med over 200 millioner kroner over åtte år og mer enn 20 partnere fra den norske maritime klyngen (blant dem SINTEF Ocean, SINTEF Digital og Maritime Robotics).',
    ),
    funder: 'Forskningsrådet',
    startYear: 2020,
    sourceRef: S.autoShipPartners,
    coordinator: 'ntnu-sfi-autoship',
    partners: ['sintef-ocean', 'sintef-digital', 'maritime-robotics'],
    topics: [
      ['autonomous-ships', 1],
      ['ocean-autonomy', 0.8],
    ],
  },
  {
    slug: 'norwai',
    title: 'NorwAI: Norwegian Research Center for AI Innovation',
    summary: bilingual(
      'Centre for Research-based Innovation granted in 2020, located at NTNU and run with SINTEF Digital; its consortium includes the University of Oslo, the University of Stavanger, the Norwegian Computing Centre and companies such as Telenor, DNB, Schibsted, DNV GL, Cognite, Trønderenergi, Kongsberg Digital and SpareBank 1 SMN.',
      'Senter for forskningsdrevet innovasjon tildelt i 2020, ved NTNU og drevet sammen med SINTEF Digital; konsortiet omfatter Universitetet i Oslo, Universitetet i Stavanger, Norsk Regnesentral og selskaper som Telenor, DNB, Schibsted, DNV GL, Cognite, Trønderenergi, Kongsberg Digital og SpareBank 1 SMN.',
    ),
    funder: 'Forskningsrådet',
    startYear: 2020,
    sourceRef: S.norwai,
    coordinator: 'ntnu-norwai',
    partners: ['sintef-digital'],
    topics: [
      ['ai-data', 1],
      ['machine-learning', 0.8],
    ],
  },
];
