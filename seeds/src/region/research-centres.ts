/**
 * Research centres hosted in Trondheim — Centres for Environment-friendly Energy Research (FME),
 * Centres for Research-based Innovation (SFI) and Centres of Excellence (SFF) — found with the
 * search tool (issue 16, "a truer region"). Each row was read on the page its `sourceRef` names;
 * the description is Kobling's own short summary of that page, in English and then bokmål. A
 * centre is PART_OF the host its page names; where a page names the institutions involved but
 * not the host, the centre is left out (see seeds/README.md).
 */
import { bilingual, unit, type FactActor } from './research-landscape.ts';
import { TRONDHEIM } from './municipalities.ts';

export const RESEARCH_CENTRE_SOURCES = {
  fme2016: 'https://www.norwegianamerican.com/environment-friendly-energy-research-renewed/',
  ntrans:
    'https://www.europower-energi.no/nyheter/200-millioner-til-a-forske-pa-energi-i-samfunnet/1-2-297204',
  smartMaritime: 'http://sysla.no/maritim/skal-tenke-smartere-sammen-2/',
  cac: 'https://www.universitetsavisa.no/forskningsradet-sff/ni-nye-sentre-for-fremragende-forskning/368438',
} as const;

const S = RESEARCH_CENTRE_SOURCES;

const FME_2016_EN =
  'one of the eight Centres for Environment-friendly Energy Research (FME) inaugurated in 2016';
const FME_2016_NB =
  'ett av de åtte forskningssentrene for miljøvennlig energi (FME) som ble opprettet i 2016';

const fme2016 = (
  slug: string,
  name: string,
  host: 'sintef-energy' | 'ntnu',
  en: string,
  nb: string,
  topics: FactActor['topics'],
): FactActor =>
  unit(slug, 'RESEARCH_GROUP', name, S.fme2016, {
    description: bilingual(
      `${en}; ${FME_2016_EN}, hosted by ${host === 'ntnu' ? 'NTNU' : 'SINTEF Energy Research'} in Trondheim.`,
      `${nb}; ${FME_2016_NB}, med ${host === 'ntnu' ? 'NTNU' : 'SINTEF Energi'} i Trondheim som vert.`,
    ),
    foundedYear: 2016,
    partOf: host,
    locatedIn: TRONDHEIM,
    topics,
  });

export const RESEARCH_CENTRE_ACTORS: readonly FactActor[] = [
  fme2016(
    'fme-nccs',
    'FME NCCS (Norwegian CCS Research Centre)',
    'sintef-energy',
    'Research centre for carbon capture and storage',
    'Forskningssenter for fangst og lagring av CO2',
    [
      ['ccs', 1],
      ['climate', 0.5],
      ['process-industry', 0.3],
    ],
  ),
  fme2016(
    'fme-cineldi',
    'FME CINELDI (Centre for Intelligent Electricity Distribution)',
    'sintef-energy',
    'Research centre for intelligent electricity distribution',
    'Forskningssenter for intelligent strømdistribusjon',
    [
      ['power-systems', 1],
      ['energy', 0.5],
    ],
  ),
  fme2016(
    'fme-higheff',
    'FME HighEFF (Centre for an Energy Efficient and Competitive Industry for the Future)',
    'sintef-energy',
    'Research centre for an energy-efficient and competitive industry',
    'Forskningssenter for en energieffektiv og konkurransedyktig industri',
    [
      ['process-industry', 1],
      ['energy', 0.7],
      ['climate', 0.4],
    ],
  ),
  fme2016(
    'fme-zen',
    'FME ZEN (Research Centre on Zero Emission Neighbourhoods in Smart Cities)',
    'ntnu',
    'Research centre on zero emission neighbourhoods in smart cities',
    'Forskningssenter for nullutslippsområder i smarte byer',
    [
      ['smart-buildings', 1],
      ['climate', 0.6],
      ['energy', 0.4],
      ['construction', 0.4],
    ],
  ),
  fme2016(
    'fme-hydrocen',
    'FME HydroCen (Norwegian Research Centre for Hydropower Technology)',
    'ntnu',
    'Research centre for hydropower technology',
    'Forskningssenter for vannkraftteknologi',
    [
      ['energy', 1],
      ['power-systems', 0.5],
    ],
  ),
  unit(
    'fme-ntrans',
    'RESEARCH_GROUP',
    'FME NTRANS (Norwegian Centre for Energy Transition Strategies)',
    S.ntrans,
    {
      description: bilingual(
        'Centre for Environment-friendly Energy Research (FME) at NTNU on the central role energy plays in the transition of society, meant to give those who decide energy and climate policy a factual basis.',
        'Forskningssenter for miljøvennlig energi (FME) ved NTNU om den sentrale rollen energi spiller i omstillingen av samfunnet, som skal gi dem som tar beslutninger i energi- og klimapolitikken et faktagrunnlag.',
      ),
      partOf: 'ntnu',
      topics: [
        ['energy', 1],
        ['society', 0.6],
        ['climate', 0.5],
      ],
    },
  ),
  unit('sfi-smart-maritime', 'RESEARCH_GROUP', 'SFI Smart Maritime', S.smartMaritime, {
    description: bilingual(
      'Centre for Research-based Innovation (SFI) run from MARINTEK and NTNU in Trondheim that works with shipowners and industry to cut the cost, energy use and emissions of ships by using, improving and combining technologies — fuel technology, paint, scrubbers and battery power among them — so that the Norwegian maritime cluster leads in greener shipping.',
      'Senter for forskningsdrevet innovasjon (SFI) drevet fra MARINTEK og NTNU i Trondheim, som sammen med rederier og industri skal redusere kostnader, energibruk og utslipp fra skip ved å ta i bruk, forbedre og kombinere teknologier – blant dem drivstoffteknologi, maling, scrubbere og batteridrift – slik at den norske maritime klyngen blir ledende på grønnere sjøtransport.',
    ),
    locatedIn: TRONDHEIM,
    topics: [
      ['maritime', 1],
      ['ship-design', 0.6],
      ['climate', 0.5],
      ['batteries', 0.3],
    ],
  }),
  unit('ntnu-cac', 'RESEARCH_GROUP', 'CAC (Centre for Algorithms in the Cortex)', S.cac, {
    description: bilingual(
      'Centre of Excellence (SFF) at NTNU led by Nobel laureate May-Britt Moser, one of nine new centres that each receive NOK 155 million; it builds on the research of the Kavli Institute for Systems Neuroscience.',
      'Senter for fremragende forskning (SFF) ved NTNU ledet av nobelprisvinner May-Britt Moser, ett av ni nye sentre som får 155 millioner kroner hver; det bygger på forskningen ved Kavliinstituttet for nevrovitenskap.',
    ),
    partOf: 'ntnu-kavli',
    topics: [
      ['computational-neuroscience', 1],
      ['systems-neuroscience', 0.8],
      ['neuroscience', 0.7],
    ],
  }),
];
