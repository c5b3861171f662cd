/**
 * SINTEF's research departments, groups and laboratories, and the joint laboratories of SINTEF
 * and NTNU, found with the search tool (issue 16, "a truer region"). Each row was read on the
 * page its `sourceRef` names; the description is Kobling's own short summary of that page, in
 * English and then bokmål. A unit is PART_OF the institute its page names; a joint facility whose
 * page names no single owner is PART_OF nothing and LOCATED_IN Trondheim where its page says so.
 * Units that their pages place outside the region (SINTEF's Oslo groups, MiNaLab, Raufoss) are
 * left out.
 */
import { bilingual, unit, type FactActor } from './research-landscape.ts';
import { TRONDHEIM } from './municipalities.ts';

export const SINTEF_UNIT_SOURCES = {
  batteryLab: 'https://gemini.no/2023/02/sintef-satser-med-ny-batterilab/',
  ehtm: 'https://www.solstice-battery.eu/sintef/',
  solarSilicon: 'http://www.pvadapt.com/sintef/',
  biotechNanomedicine:
    'http://www.sintef.no/en/food-and-feed-microbiology-and-biochemistry/?previousPage=244574',
  oceanTechnologyCentre:
    'https://nyheter.ntnu.no/en/the-two-first-laboratories-at-the-norwegian-ocean-technology-centre-are-now-open/',
  ultrasound:
    'https://www.sintef.no/projectweb/usigt-en/news-archive/scientists-in-trondheim-are-good-at-3d-ultrasound/',
} as const;

const S = SINTEF_UNIT_SOURCES;

export const SINTEF_UNIT_ACTORS: readonly FactActor[] = [
  unit('sintef-battery-lab', 'RESEARCH_GROUP', 'SINTEF Battery Lab', S.batteryLab, {
    description: bilingual(
      'Battery laboratory in Trondheim, opened by the Minister of Trade and Industry, where Norwegian companies can develop their own solutions for producing battery cells; its researchers work in EU projects on next-generation batteries with a lower climate footprint, through electrochemistry, materials technology and mass production.',
      'Batterilaboratorium i Trondheim, åpnet av næringsministeren, der norske aktører kan utvikle egne løsninger for produksjon av battericeller; forskerne deltar i EU-prosjekter om neste generasjons batterier med lavere klimafotavtrykk, gjennom elektrokjemi, materialteknologi og masseproduksjon.',
    ),
    partOf: 'sintef',
    locatedIn: TRONDHEIM,
    topics: [
      ['batteries', 1],
      ['materials', 0.5],
      ['electric-mobility', 0.3],
    ],
  }),
  unit(
    'sintef-electrolysis-high-temperature-materials',
    'RESEARCH_GROUP',
    'SINTEF Electrolysis and High Temperature Materials group',
    S.ehtm,
    {
      description: bilingual(
        'Group of SINTEF Industry with long experience serving Norway’s aluminium and magnesium smelters: molten salt electrolysis, low-CO2 metal production, recycling, rare earth metals and, since 2011, liquid metal batteries.',
        'Forskergruppe i SINTEF Industri med lang erfaring fra arbeid for norske aluminiums- og magnesiumverk: saltsmelteelektrolyse, metallproduksjon med lave CO2-utslipp, gjenvinning, sjeldne jordarter og, siden 2011, flytende metallbatterier.',
      ),
      partOf: 'sintef-industry',
      topics: [
        ['metal-production', 1],
        ['batteries', 0.6],
        ['process-industry', 0.5],
        ['circular-economy', 0.4],
      ],
    },
  ),
  unit(
    'sintef-solar-cell-silicon',
    'INSTITUTION',
    'SINTEF Industry Department of Solar Cell Silicon',
    S.solarSilicon,
    {
      description: bilingual(
        'Department of SINTEF Industry (materials technology, applied chemistry and applied biology) for solar cell materials: production and refining of silicon, crystallisation, wafering, characterisation and modelling, and the reliability and performance of photovoltaic systems under real conditions.',
        'Avdeling i SINTEF Industri (materialteknologi, anvendt kjemi og anvendt biologi) for solcellematerialer: produksjon og raffinering av silisium, krystallisering, skjæring av skiver, karakterisering og modellering, og påliteligheten og ytelsen til solcelleanlegg under virkelige forhold.',
      ),
      partOf: 'sintef-industry',
      topics: [
        ['materials', 1],
        ['energy', 0.7],
        ['metal-production', 0.5],
      ],
    },
  ),
  unit(
    'sintef-biotechnology-nanomedicine',
    'INSTITUTION',
    'SINTEF Industry Department of Biotechnology and Nanomedicine',
    S.biotechNanomedicine,
    {
      description: bilingual(
        'Department of SINTEF Industry that has worked on food and feed for 40 years — microbial ripening and preservation, biofilm, biotechnological production of ingredients such as polyunsaturated fatty acids — with fermentation laboratories and a robotised high-throughput screening laboratory; it cooperates with NTNU’s Department of Biotechnology.',
        'Avdeling i SINTEF Industri som har arbeidet med mat og fôr i 40 år – mikrobiell modning og konservering, biofilm, bioteknologisk produksjon av ingredienser som flerumettede fettsyrer – med fermenteringslaboratorier og et robotisert laboratorium for high-throughput screening; avdelingen samarbeider med Institutt for bioteknologi ved NTNU.',
      ),
      partOf: 'sintef-industry',
      topics: [
        ['biotech', 1],
        ['bioeconomy', 0.5],
        ['nanotechnology', 0.3],
      ],
    },
  ),
  unit(
    'norwegian-ocean-technology-centre',
    'RESEARCH_GROUP',
    'Norwegian Ocean Technology Centre',
    S.oceanTechnologyCentre,
    {
      description: bilingual(
        'National research infrastructure with its main base at Tyholt in Trondheim. Its first two laboratories, at Torgard: the Maritime Energy Systems Laboratory, for engines and energy systems that can make shipping emission-free by 2050, and the Structures Laboratory, for materials and structures such as those of floating offshore wind. The centre is to serve renewable energy, ocean monitoring, sustainable food production and environmentally friendly ships.',
        'Nasjonal forskningsinfrastruktur med hovedbase på Tyholt i Trondheim. De to første laboratoriene, på Torgard: Laboratoriet for maritime energisystemer, for motorer og energisystemer som kan gjøre skipsfarten utslippsfri innen 2050, og Konstruksjonslaboratoriet, for materialer og konstruksjoner som dem i flytende havvind. Senteret skal bidra til fornybar energi, havovervåking, bærekraftig matproduksjon og miljøvennlige skip.',
      ),
      locatedIn: TRONDHEIM,
      topics: [
        ['marine-operations', 0.8],
        ['offshore-wind', 0.7],
        ['maritime', 0.7],
        ['ship-design', 0.5],
      ],
    },
  ),
  unit(
    'ultrasound-image-guided-therapy',
    'RESEARCH_GROUP',
    'Norwegian National Advisory Unit for Ultrasound and Image-guided Therapy',
    S.ultrasound,
    {
      description: bilingual(
        'Researchers from SINTEF, NTNU and St. Olavs Hospital in Trondheim who since the 1990s have studied 3D ultrasound in clinical procedures; a 2017 review counts the Trondheim group among the foremost in methods for 3D ultrasound reconstruction.',
        'Nasjonal kompetansetjeneste for ultralyd og bildeveiledet behandling: forskere fra SINTEF, NTNU og St. Olavs hospital i Trondheim som siden 1990-tallet har forsket på 3D-ultralyd i kliniske prosedyrer; en oversiktsartikkel fra 2017 regner Trondheims-miljøet blant de fremste på metoder for 3D-ultralydrekonstruksjon.',
      ),
      locatedIn: TRONDHEIM,
      topics: [
        ['medical-imaging', 1],
        ['medtech', 0.7],
        ['health', 0.4],
      ],
    },
  ),
];
