/**
 * More of NTNU's departments, and research units within them, found with the search tool
 * (issue 16, "a truer region"). Each row was read on the page its `sourceRef` names; the
 * description is Kobling's own short summary of that page, in English and then bokmål. As in
 * research-landscape.ts, a department is PART_OF its faculty only where its page names the
 * faculty, otherwise PART_OF NTNU; it is LOCATED_IN Trondheim only where its page places it
 * there. Departments at NTNU in Gjøvik and Ålesund are outside the region and left out.
 */
import { bilingual, unit, type FactActor } from './research-landscape.ts';
import { TRONDHEIM } from './municipalities.ts';

export const NTNU_DEPARTMENT_SOURCES = {
  biology: 'http://www.ntnu.edu/biology',
  mathematics: 'https://ecmiindmath.org/2016/08/18/the-ecmi-node-at-ntnu/',
  iik: 'https://www.altomsamfunnssikkerhet.no/samfunnssikkerhet-og-beredskap/apenhetens-dilemma/',
  ism: 'http://www.ntnu.edu/ism/about',
  ikom: 'https://www.ntnu.edu/ikom/about-the-department',
  inb: 'https://www.ntnu.edu/inb/research',
  isb: 'https://www.unipositions.com/?p=1240',
  mentalHealth: 'https://ntnu.edu/iph/youthmental',
  psychology: 'https://no.m.wikipedia.org/wiki/Psykologisk_institutt_(NTNU)',
  economics: 'http://www.ntnu.edu/econ/research/labor',
  geography: 'https://www.ntnu.edu/geography/research',
  iat: 'https://www.ntnu.edu/iat/research',
  historical: 'https://www.ntnu.edu/ihs/research',
  philosophy: 'https://www.ntnu.edu/studies/mrvi/religious-studies-master-s-programme',
} as const;

const S = NTNU_DEPARTMENT_SOURCES;

export const NTNU_DEPARTMENT_ACTORS: readonly FactActor[] = [
  // Natural sciences, mathematics, ICT
  unit('ntnu-biology', 'INSTITUTION', 'NTNU Department of Biology', S.biology, {
    description: bilingual(
      'Studies the biological processes of life in order to preserve the environment, from molecular, cell and systems biology, plant and animal physiology and neurobiology to ecology, evolution, marine biology, aquaculture, biodiversity and environmental toxicology. It works at the Science Building, Trondheim Biological Station and SeaLab, with field stations in Norway, on Svalbard and in Tanzania.',
      'Institutt for biologi studerer livets biologiske prosesser for å ta vare på miljøet, fra molekylær-, celle- og systembiologi, plante- og dyrefysiologi og nevrobiologi til økologi, evolusjon, marinbiologi, havbruk, biologisk mangfold og miljøtoksikologi. Instituttet holder til i Realfagbygget, ved Trondhjems biologiske stasjon og SeaLab, med feltstasjoner i Norge, på Svalbard og i Tanzania.',
    ),
    partOf: 'ntnu',
    topics: [
      ['biodiversity', 1],
      ['aquaculture', 0.5],
      ['biotech', 0.5],
      ['climate', 0.5],
      ['environmental-monitoring', 0.3],
    ],
  }),
  unit(
    'ntnu-mathematical-sciences',
    'INSTITUTION',
    'NTNU Department of Mathematical Sciences',
    S.mathematics,
    {
      description: bilingual(
        'Department with five research groups — algebra, analysis, differential equations and numerical analysis, geometry and topology, and statistics — that teaches the mathematics of NTNU’s engineering and science students and runs a master’s programme in industrial mathematics.',
        'Institutt for matematiske fag har fem forskergrupper – algebra, analyse, differensiallikninger og numerisk analyse, geometri og topologi, og statistikk – underviser matematikken for NTNUs ingeniør- og realfagsstudenter og har et masterprogram i industriell matematikk.',
      ),
      partOf: 'ntnu',
      topics: [
        ['ai-data', 0.6],
        ['industry', 0.3],
        ['teacher-education', 0.3],
      ],
    },
  ),
  unit(
    'ntnu-iik',
    'INSTITUTION',
    'NTNU Department of Information Security and Communication Technology (IIK)',
    S.iik,
    {
      description: bilingual(
        'Research and education in cyber security, information security, communication networks and network services, in Trondheim and Gjøvik. NTNU’s Center for Cyber and Information Security (CCIS), a national centre for research, education and competence in cyber security with 43 partners, belongs to its community.',
        'Institutt for informasjonssikkerhet og kommunikasjonsteknologi forsker og underviser i cybersikkerhet, informasjonssikkerhet, kommunikasjonsnettverk og nettverkstjenester, i Trondheim og på Gjøvik. NTNUs Center for Cyber and Information Security (CCIS), et nasjonalt senter for forskning, utdanning og kompetanse i cybersikkerhet med 43 samarbeidspartnere, hører til miljøet.',
      ),
      partOf: 'ntnu',
      topics: [
        ['cybersecurity', 1],
        ['telecom', 0.7],
        ['ict', 0.4],
      ],
    },
  ),
  // Medicine and health sciences
  unit('ntnu-ism', 'INSTITUTION', 'NTNU Department of Public Health and Nursing (ISM)', S.ism, {
    description: bilingual(
      'Department of the Faculty of Medicine and Health Sciences, established in 2017, for community medicine, nursing science, general practice and applied public health — among them epidemiology, health promotion, welfare technology and global health. The HUNT study and the K.G. Jebsen Center for Genetic Epidemiology belong to it; it is co-located with St. Olavs Hospital, Trondheim University Hospital.',
      'Institutt for samfunnsmedisin og sykepleie ved Fakultet for medisin og helsevitenskap, opprettet i 2017, for samfunnsmedisin, sykepleievitenskap, allmennmedisin og anvendt folkehelse – blant annet epidemiologi, helsefremming, velferdsteknologi og global helse. HUNT-studien og K.G. Jebsen senter for genetisk epidemiologi hører til instituttet, som er samlokalisert med St. Olavs hospital, Universitetssykehuset i Trondheim.',
    ),
    foundedYear: 2017,
    partOf: 'ntnu-mh',
    locatedIn: TRONDHEIM,
    topics: [
      ['health', 1],
      ['digital-health', 0.4],
      ['society', 0.3],
    ],
  }),
  unit('ntnu-hunt', 'RESEARCH_GROUP', 'HUNT (the Nord-Trøndelag Health Study)', S.ism, {
    description: bilingual(
      'Population health study that became part of NTNU in 2001 and belongs to the Department of Public Health and Nursing; its fourth round, HUNT4, was carried out in 2017–18.',
      'Befolkningsstudien Helseundersøkelsen i Nord-Trøndelag, som ble en del av NTNU i 2001 og hører til Institutt for samfunnsmedisin og sykepleie; fjerde runde, HUNT4, ble gjennomført i 2017–18.',
    ),
    partOf: 'ntnu-ism',
    topics: [
      ['health', 1],
      ['digital-health', 0.6],
      ['biotech', 0.3],
    ],
  }),
  unit(
    'ntnu-ikom',
    'INSTITUTION',
    'NTNU Department of Clinical and Molecular Medicine (IKOM)',
    S.ikom,
    {
      description: bilingual(
        'Basic and clinical research to understand fundamental biological processes and clinical medicine: cancer and how it develops, haematology, infectious disease, molecular cell biology, immunology, toxicology, gastroenterology and more, with translational research in close cooperation with Trondheim University Hospital. (Its page at ntnu.edu/ikom gives the department’s earlier name, Department of Cancer Research and Molecular Medicine.)',
        'Grunnforskning og klinisk forskning for å forstå grunnleggende biologiske prosesser og klinisk medisin: kreft og hvordan den utvikler seg, hematologi, infeksjonssykdommer, molekylær cellebiologi, immunologi, toksikologi, gastroenterologi med mer, med translasjonsforskning i tett samarbeid med St. Olavs hospital. (Siden på ntnu.edu/ikom bruker instituttets tidligere navn, Institutt for kreftforskning og molekylær medisin.)',
      ),
      partOf: 'ntnu',
      topics: [
        ['health', 1],
        ['biotech', 0.7],
        ['immunology', 0.5],
      ],
    },
  ),
  unit(
    'ntnu-inb',
    'INSTITUTION',
    'NTNU Department of Neuromedicine and Movement Science (INB)',
    S.inb,
    {
      description: bilingual(
        'Research with health professionals, patients and healthy people for health promotion, prevention, treatment and rehabilitation: audiology, occupational therapy and physiotherapy; geriatrics, movement and stroke; neurology and neurosurgery (dementia, Parkinson’s disease); orthopaedics and rheumatology; and ear, nose and throat, eye diseases and oral surgery.',
        'Forskning med helsepersonell, pasienter og friske personer for helsefremming, forebygging, behandling og rehabilitering: audiologi, ergoterapi og fysioterapi; geriatri, bevegelse og slag; nevrologi og nevrokirurgi (demens, Parkinsons sykdom); ortopedi og revmatologi; og øre-nese-hals, øyesykdommer og kjevekirurgi.',
      ),
      partOf: 'ntnu',
      topics: [
        ['health', 1],
        ['neuroscience', 0.6],
      ],
    },
  ),
  unit(
    'ntnu-isb',
    'INSTITUTION',
    'NTNU Department of Circulation and Medical Imaging (ISB)',
    S.isb,
    {
      description: bilingual(
        'Department of the Faculty of Medicine and Health Sciences; its research on artificial intelligence for heart diagnostics combines machine learning with echocardiography (ultrasound of the heart) and clinical data, based at St. Olavs University Hospital in Trondheim.',
        'Institutt for sirkulasjon og bildediagnostikk ved Fakultet for medisin og helsevitenskap; forskningen på kunstig intelligens for hjertediagnostikk kombinerer maskinlæring med ekkokardiografi (ultralyd av hjertet) og kliniske data, med base ved St. Olavs hospital i Trondheim.',
      ),
      partOf: 'ntnu-mh',
      locatedIn: TRONDHEIM,
      topics: [
        ['medical-imaging', 1],
        ['health', 0.7],
        ['machine-learning', 0.5],
        ['medtech', 0.5],
      ],
    },
  ),
  unit('ntnu-mental-health', 'INSTITUTION', 'NTNU Department of Mental Health', S.mentalHealth, {
    description: bilingual(
      'Department whose research group on youth and mental health, with the Regional Centre for Child and Youth Mental Health and Child Welfare (RKBU) of Central Norway and SINTEF, follows a cohort of adolescents from Trøndelag from 1998 into adulthood to study risk and protective factors for mental health.',
      'Institutt for psykisk helse, der forskergruppen for ungdom og psykisk helse, sammen med Regionalt kunnskapssenter for barn og unge – psykisk helse og barnevern (RKBU Midt-Norge) og SINTEF, følger en kohort av ungdom fra Trøndelag fra 1998 inn i voksen alder for å studere risiko- og beskyttelsesfaktorer for psykisk helse.',
    ),
    partOf: 'ntnu',
    topics: [
      ['health', 1],
      ['society', 0.4],
    ],
  }),
  // Social sciences, economics, architecture, humanities
  unit('ntnu-psychology', 'INSTITUTION', 'NTNU Department of Psychology', S.psychology, {
    description: bilingual(
      'Established in 1967 and NTNU’s largest department (about 144 employees and 1,100 students in 2019). Its research spans clinical psychology, neuroscience, personality psychology and forensic psychology; it has outpatient clinics, a neuropsychological clinic and three laboratories. May-Britt and Edvard Moser were professors here before their group became the Kavli Institute.',
      'Institutt for psykologi ble opprettet i 1967 og er NTNUs største institutt (om lag 144 ansatte og 1100 studenter i 2019). Forskningen spenner over klinisk psykologi, nevrovitenskap, personlighetspsykologi og rettspsykologi; instituttet har poliklinikker, en nevropsykologisk klinikk og tre laboratorier. May-Britt og Edvard Moser var professorer her før forskergruppen deres ble Kavliinstituttet.',
    ),
    foundedYear: 1967,
    partOf: 'ntnu',
    topics: [
      ['neuroscience', 0.7],
      ['health', 0.6],
      ['society', 0.5],
    ],
  }),
  unit('ntnu-economics', 'INSTITUTION', 'NTNU Department of Economics', S.economics, {
    description: bilingual(
      'Its research in labour and regional economics asks how institutions, labour market policy and a mobile labour force shape unemployment and wages, and studies regional wage differences, agglomeration effects and what public policy does for regional development, with administrative register data.',
      'Institutt for samfunnsøkonomi forsker på arbeids- og regionaløkonomi: hvordan institusjoner, arbeidsmarkedspolitikk og en mobil arbeidsstyrke påvirker ledighet og lønn, regionale lønnsforskjeller, agglomerasjonseffekter og hva offentlig politikk betyr for regional utvikling, med administrative registerdata.',
    ),
    partOf: 'ntnu',
    topics: [
      ['economics-management', 1],
      ['regional-development', 0.6],
      ['society', 0.4],
    ],
  }),
  unit('ntnu-geography', 'INSTITUTION', 'NTNU Department of Geography', S.geography, {
    description: bilingual(
      'Geography of the spatial organisation of society and of people and environments, with knowledge for planning, management and development. Its strategic focus areas for 2018–2025: natural hazards and the effects of climate change; nature, resource management and landscape; globalisation, mobility and citizenship; and innovation and regional change. Its methods include geographical information systems (GIS), numerical modelling and fieldwork.',
      'Institutt for geografi forsker på samfunnets romlige organisering og samspillet mellom mennesker og miljø, med kunnskap for planlegging, forvaltning og utvikling. Strategiske satsingsområder for 2018–2025: naturfare og virkninger av klimaendringer; natur, ressursforvaltning og landskap; globalisering, mobilitet og medborgerskap; og innovasjon og regional endring. Metodene omfatter geografiske informasjonssystemer (GIS), numerisk modellering og feltarbeid.',
    ),
    partOf: 'ntnu',
    topics: [
      ['climate', 0.8],
      ['geohazards', 0.6],
      ['regional-development', 0.6],
      ['society', 0.5],
    ],
  }),
  unit(
    'ntnu-architecture-technology',
    'INSTITUTION',
    'NTNU Department of Architecture and Technology',
    S.iat,
    {
      description: bilingual(
        'Expertise in building materials and construction (lately with a focus on wood), energy and environmentally responsible buildings — new ones and measures for existing ones —, transformation and preservation of existing structures, and the history and theory of architecture.',
        'Institutt for arkitektur og teknologi har kompetanse i byggematerialer og konstruksjon (de siste årene med vekt på tre), energi- og miljøansvarlige bygg – nye bygg og tiltak i eksisterende –, transformasjon og bevaring av eksisterende bygg, og arkitekturens historie og teori.',
      ),
      partOf: 'ntnu',
      topics: [
        ['architecture', 1],
        ['smart-buildings', 0.6],
        ['construction', 0.5],
        ['wood-construction', 0.5],
      ],
    },
  ),
  unit(
    'ntnu-historical-studies',
    'INSTITUTION',
    'NTNU Department of Historical Studies',
    S.historical,
    {
      description: bilingual(
        'Research from antiquity to the present in five disciplines: archaeology (such as snow patch archaeology), European studies, history, classical studies and cultural heritage management; among its themes are historical ocean research and the global history of natural resources.',
        'Institutt for historiske studier forsker fra antikken til i dag innen fem fag: arkeologi (som snøfonnarkeologi), europastudier, historie, klassiske fag og kulturminneforvaltning; blant temaene er historisk havforskning og global historie om naturressurser.',
      ),
      partOf: 'ntnu',
      topics: [['society', 1]],
    },
  ),
  unit(
    'ntnu-philosophy-religious-studies',
    'INSTITUTION',
    'NTNU Department of Philosophy and Religious Studies',
    S.philosophy,
    {
      description: bilingual(
        'Department at NTNU Dragvoll in Trondheim; its religious studies focus on the public dimension of religion, in particular its relationship with politics, science and technology.',
        'Institutt for filosofi og religionsvitenskap på NTNU Dragvoll i Trondheim; religionsvitenskapen ser særlig på religionens offentlige side og forholdet til politikk, vitenskap og teknologi.',
      ),
      partOf: 'ntnu',
      locatedIn: TRONDHEIM,
      topics: [['society', 1]],
    },
  ),
];
