/**
 * A deterministic register file in the shape of the Enhetsregisteret download, for tests and
 * benchmarks. Given N and a seed it writes N units (JSON array, CSV, optionally gzip), streamed,
 * with malformed rows at known positions (every `malformedEvery`-th row, kinds in rotation), and
 * returns exactly what an import of the file must report.
 *
 * Everything here is synthetic: names, numbers and addresses are invented.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { MUNICIPALITIES, mulberry32, orgNumberCheckDigit } from '@kobling/domain';
import type { RejectReason } from './validate-unit.ts';
import { REJECT_REASONS } from './validate-unit.ts';

export interface GenerateRegisterOptions {
  readonly path: string;
  readonly units: number;
  readonly seed?: number;
  readonly format?: 'json' | 'csv';
  readonly gzip?: boolean;
  /** Every n-th row (n, 2n, …) is malformed (default 500); 0 for none. */
  readonly malformedEvery?: number;
  /** Also return the org numbers that must end up imported (fine for tests, heavy for 1M). */
  readonly listImported?: boolean;
}

export interface ExpectedRejection {
  readonly row: number;
  readonly reason: RejectReason;
  readonly orgNumber?: string;
}

export interface ExpectedImport {
  readonly read: number;
  readonly valid: number;
  readonly imported: number;
  readonly filteredOutOfRegion: number;
  readonly filteredInactive: number;
  readonly rejected: number;
  readonly tech: number;
  readonly rejectedByReason: Readonly<Record<RejectReason, number>>;
  readonly rejections: readonly ExpectedRejection[];
  readonly importedOrgNumbers?: readonly string[];
  /** Bytes written to the file. */
  readonly bytes: number;
}

const MALFORMED_KINDS = [
  'BROKEN',
  'BAD_CHECKSUM',
  'BAD_FORMAT',
  'MISSING_ORG',
  'MISSING_NAME',
  'MISSING_MUNICIPALITY',
  'UNKNOWN_MUNICIPALITY',
] as const;
type MalformedKind = (typeof MALFORMED_KINDS)[number];

const REASON_OF: Record<MalformedKind, RejectReason> = {
  BROKEN: 'MALFORMED_ROW',
  BAD_CHECKSUM: 'ORG_NUMBER_CHECKSUM',
  BAD_FORMAT: 'ORG_NUMBER_FORMAT',
  MISSING_ORG: 'MISSING_ORG_NUMBER',
  MISSING_NAME: 'MISSING_NAME',
  MISSING_MUNICIPALITY: 'MISSING_MUNICIPALITY',
  UNKNOWN_MUNICIPALITY: 'UNKNOWN_MUNICIPALITY',
};

const REGION_CODES: readonly [string, string][] = MUNICIPALITIES.filter((m) => m.inRegion).flatMap(
  (m) => [
    [m.code, m.name.toUpperCase()] as [string, string],
    ...m.formerCodes.map((c) => [c, m.name.toUpperCase()] as [string, string]),
  ],
);
const OUTSIDE_CODES: readonly [string, string][] = [
  ['0301', 'OSLO'],
  ['4601', 'BERGEN'],
  ['1103', 'STAVANGER'],
  ['5006', 'STEINKJER'],
  ['5025', 'RØROS'],
  ['5037', 'LEVANGER'],
  ['1804', 'BODØ'],
  ['5501', 'TROMSØ'],
  ['4204', 'KRISTIANSAND'],
  ['1506', 'MOLDE'],
  ['3403', 'HAMAR'],
  ['5012', 'SNILLFJORD'], // split in 2020, deliberately not mapped into the region
];
// 5099: a code that does not exist in a county (Trøndelag) the region belongs to.
const UNKNOWN_CODES = ['9999', '0000', '12A4', '7777', '50', '5099'];

/** Codes the default tech rule counts, and codes it does not (85.421 is higher education). */
const TECH_NACE = [
  '62.010',
  '62.020',
  '63.110',
  '72.190',
  '26.110',
  '21.100',
  '28.290',
  '20.140',
  '30.110',
  '61.100',
  '59.110',
  '27.120',
  '29.100',
  '60.100',
];
const OTHER_NACE = [
  '47.110',
  '56.101',
  '41.200',
  '68.209',
  '70.220',
  '86.211',
  '43.210',
  '49.410',
  '01.110',
  '94.991',
  '85.421',
  '58.210',
  '71.129',
];
const FORMS: readonly [string, string, number][] = [
  ['AS', 'Aksjeselskap', 60],
  ['ENK', 'Enkeltpersonforetak', 18],
  ['ASA', 'Allmennaksjeselskap', 2],
  ['NUF', 'Norskregistrert utenlandsk foretak', 3],
  ['FLI', 'Forening/lag/innretning', 6],
  ['STI', 'Stiftelse', 3],
  ['SA', 'Samvirkeforetak', 3],
  ['KOMM', 'Kommune', 2],
  ['ORGL', 'Organisasjonsledd', 3],
];
const FORM_TOTAL = FORMS.reduce((s, f) => s + f[2], 0);
const WORDS = [
  'Nidaros',
  'Fjord',
  'Havrom',
  'Kraft',
  'Data',
  'Norrøn',
  'Trønder',
  'Lade',
  'Solsiden',
  'Brattøra',
  'Gløs',
  'Elgeseter',
  'Bakklandet',
  'Sensor',
  'Marin',
  'Bio',
  'Nord',
  'Skog',
  'Energi',
  'Robot',
  'Ørn',
  'Ålesund',
  'Kvantum',
  'Polar',
];
const TRICKY_NAMES = [
  'Quote "Tech" AS',
  'Brackets [{x}] ] } { AS',
  'Back\\slash \\" Data AS',
  'Komma, Punktum. Og; Semikolon AS',
  'Ærlig Øl & Å-Bryggeri AS',
  'Linje\nSkift AS',
  'Rakett 🚀 Ventures AS',
  'Slutt med backslash \\',
];

const CSV_COLUMNS = [
  'organisasjonsnummer',
  'navn',
  'organisasjonsform.kode',
  'organisasjonsform.beskrivelse',
  'naeringskode1.kode',
  'naeringskode1.beskrivelse',
  'antallAnsatte',
  'forretningsadresse.adresse',
  'forretningsadresse.postnummer',
  'forretningsadresse.poststed',
  'forretningsadresse.kommunenummer',
  'forretningsadresse.kommune',
  'forretningsadresse.landkode',
  'stiftelsesdato',
  'hjemmeside',
  'konkurs',
  'underAvvikling',
  'underTvangsavviklingEllerTvangsopplosning',
] as const;

interface GenUnit {
  organisasjonsnummer?: string;
  navn?: string;
  form: [string, string];
  nace?: string;
  antallAnsatte?: number;
  kommunenummer?: string;
  kommune?: string;
  landkode: string;
  stiftelsesdato?: string;
  hjemmeside?: string;
  konkurs: boolean;
  underAvvikling: boolean;
}

export async function generateRegisterFile(
  options: GenerateRegisterOptions,
): Promise<ExpectedImport> {
  const format = options.format ?? 'json';
  const every = options.malformedEvery ?? 500;
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  let nextPrefix = 81_000_000 + ((options.seed ?? 1) % 97) * 10_000;
  const nextOrgNumber = (): string => {
    for (;;) {
      const p = String(nextPrefix++);
      const check = orgNumberCheckDigit(p);
      if (check !== null) return p + String(check);
    }
  };

  const rejectedByReason = Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<
    RejectReason,
    number
  >;
  const rejections: ExpectedRejection[] = [];
  const importedOrgNumbers: string[] = [];
  let imported = 0;
  let filteredOutOfRegion = 0;
  let filteredInactive = 0;
  let tech = 0;
  let malformedCount = 0;

  const file = createWriteStream(options.path);
  const sink: Writable = options.gzip === true ? createGzip({ level: 1 }) : file;
  if (options.gzip === true) sink.pipe(file);
  let brokenCount = 0;
  const write = async (text: string): Promise<void> => {
    if (!sink.write(text)) await once(sink, 'drain');
  };

  await write(format === 'json' ? '[\n' : CSV_COLUMNS.join(',') + '\n');
  let pending: string[] = [];

  for (let row = 1; row <= options.units; row++) {
    const unit = makeUnit();
    const malformed: MalformedKind | null =
      every > 0 && row % every === 0
        ? MALFORMED_KINDS[malformedCount++ % MALFORMED_KINDS.length]!
        : null;
    let text: string;
    if (malformed !== null) {
      const reason = REASON_OF[malformed];
      rejectedByReason[reason]++;
      let reportedOrg: string | undefined = unit.organisasjonsnummer;
      if (malformed === 'BAD_CHECKSUM') {
        const o = unit.organisasjonsnummer!;
        unit.organisasjonsnummer = o.slice(0, 8) + String((Number(o[8]) + 1) % 10);
        reportedOrg = unit.organisasjonsnummer;
      } else if (malformed === 'BAD_FORMAT') {
        unit.organisasjonsnummer =
          random() < 0.5
            ? unit.organisasjonsnummer!.slice(0, 8)
            : `${unit.organisasjonsnummer!.slice(0, 8)}X`;
        reportedOrg = unit.organisasjonsnummer;
      } else if (malformed === 'MISSING_ORG') {
        delete unit.organisasjonsnummer;
        reportedOrg = undefined;
      } else if (malformed === 'MISSING_NAME') {
        if (random() < 0.5) delete unit.navn;
        else unit.navn = '   ';
      } else if (malformed === 'MISSING_MUNICIPALITY') {
        delete unit.kommunenummer;
        delete unit.kommune;
        unit.landkode = 'NO';
      } else if (malformed === 'UNKNOWN_MUNICIPALITY') {
        unit.kommunenummer = pick(UNKNOWN_CODES);
        unit.landkode = 'NO';
      }
      rejections.push({
        row,
        reason,
        ...(reportedOrg === undefined ? {} : { orgNumber: reportedOrg }),
      });
      text =
        malformed === 'BROKEN'
          ? brokenText(unit)
          : format === 'json'
            ? jsonText(unit)
            : csvText(unit);
    } else {
      const regional =
        unit.kommunenummer !== undefined && REGION_CODES.some(([c]) => c === unit.kommunenummer);
      if (!regional) filteredOutOfRegion++;
      else if (unit.konkurs || unit.underAvvikling) filteredInactive++;
      else {
        imported++;
        if (unit.nace !== undefined && TECH_NACE.includes(unit.nace)) tech++;
        if (options.listImported === true) importedOrgNumbers.push(unit.organisasjonsnummer!);
      }
      text = format === 'json' ? jsonText(unit) : csvText(unit);
    }
    pending.push(text);
    if (pending.length >= 1000) {
      await write(joinPending(pending, row === pending.length));
      pending = [];
    }
  }
  if (pending.length > 0) await write(joinPending(pending, options.units === pending.length));
  if (format === 'json') await write('\n]\n');
  sink.end();
  await once(file, 'close');
  const bytes = (await stat(options.path)).size;

  const rejected = rejections.length;
  return {
    read: options.units,
    valid: options.units - rejected,
    imported,
    filteredOutOfRegion,
    filteredInactive,
    rejected,
    tech,
    rejectedByReason,
    rejections,
    ...(options.listImported === true ? { importedOrgNumbers } : {}),
    bytes,
  };

  function joinPending(texts: string[], first: boolean): string {
    if (format === 'csv') return texts.join('');
    return (first ? '' : ',\n') + texts.join(',\n');
  }

  function makeUnit(): GenUnit {
    const orgNumber = nextOrgNumber();
    let f = random() * FORM_TOTAL;
    let form = FORMS[0]!;
    for (const candidate of FORMS) {
      f -= candidate[2];
      if (f < 0) {
        form = candidate;
        break;
      }
    }
    const name =
      random() < 0.02
        ? pick(TRICKY_NAMES)
        : `${pick(WORDS)} ${pick(WORDS)} ${form[0] === 'ENK' ? pick(WORDS) : form[0]}`.toUpperCase();
    const where = random();
    let kommunenummer: string | undefined;
    let kommune: string | undefined;
    let landkode = 'NO';
    if (where < 0.35) [kommunenummer, kommune] = pick(REGION_CODES);
    else if (where < 0.97) [kommunenummer, kommune] = pick(OUTSIDE_CODES);
    else landkode = pick(['SE', 'DK', 'DE']);
    const naceDraw = random();
    const nace = naceDraw < 0.25 ? pick(TECH_NACE) : naceDraw < 0.95 ? pick(OTHER_NACE) : undefined;
    const status = random();
    const unit: GenUnit = {
      organisasjonsnummer: orgNumber,
      navn: name,
      form: [form[0], form[1]],
      landkode,
      konkurs: status < 0.03,
      underAvvikling: status >= 0.03 && status < 0.05,
    };
    if (nace !== undefined) unit.nace = nace;
    if (kommunenummer !== undefined) unit.kommunenummer = kommunenummer;
    if (kommune !== undefined) unit.kommune = kommune;
    if (random() < 0.8) unit.antallAnsatte = Math.floor(random() * random() * 400);
    if (random() < 0.9) {
      const y = 1950 + Math.floor(random() * 75);
      const m = 1 + Math.floor(random() * 12);
      const d = 1 + Math.floor(random() * 28);
      unit.stiftelsesdato = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    if (random() < 0.3)
      unit.hjemmeside = `www.${(name.split(' ')[0] ?? 'x').toLowerCase().replace(/[^a-z]/g, '') || 'x'}${orgNumber.slice(-3)}.no`;
    return unit;
  }

  function jsonText(u: GenUnit): string {
    const obj: Record<string, unknown> = {};
    if (u.organisasjonsnummer !== undefined) obj.organisasjonsnummer = u.organisasjonsnummer;
    if (u.navn !== undefined) obj.navn = u.navn;
    obj.organisasjonsform = {
      kode: u.form[0],
      beskrivelse: u.form[1],
      _links: {
        self: {
          href: `https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/${u.form[0]}`,
        },
      },
    };
    if (u.hjemmeside !== undefined) obj.hjemmeside = u.hjemmeside;
    obj.registreringsdatoEnhetsregisteret = u.stiftelsesdato ?? '2001-01-01';
    obj.registrertIMvaregisteret = u.form[0] === 'AS';
    if (u.nace !== undefined) obj.naeringskode1 = { kode: u.nace, beskrivelse: `Næring ${u.nace}` };
    if (u.antallAnsatte !== undefined) {
      obj.antallAnsatte = u.antallAnsatte;
      obj.harRegistrertAntallAnsatte = true;
    } else obj.harRegistrertAntallAnsatte = false;
    obj.forretningsadresse = {
      land: u.landkode === 'NO' ? 'Norge' : 'Utlandet',
      landkode: u.landkode,
      postnummer: '7010',
      poststed: u.kommune ?? 'UTLANDET',
      adresse: ['Testveien 1', 'c/o "Hus" [B]'],
      ...(u.kommune === undefined ? {} : { kommune: u.kommune }),
      ...(u.kommunenummer === undefined ? {} : { kommunenummer: u.kommunenummer }),
    };
    if (u.stiftelsesdato !== undefined) obj.stiftelsesdato = u.stiftelsesdato;
    obj.institusjonellSektorkode = { kode: '2100', beskrivelse: 'Private aksjeselskaper mv.' };
    obj.registrertIForetaksregisteret = true;
    obj.registrertIStiftelsesregisteret = false;
    obj.registrertIFrivillighetsregisteret = false;
    obj.konkurs = u.konkurs;
    obj.underAvvikling = u.underAvvikling;
    obj.underTvangsavviklingEllerTvangsopplosning = false;
    obj.maalform = 'Bokmål';
    obj._links = {
      self: {
        href: `https://data.brreg.no/enhetsregisteret/api/enheter/${u.organisasjonsnummer ?? ''}`,
      },
    };
    return JSON.stringify(obj);
  }

  function csvText(u: GenUnit): string {
    const values: (string | number | boolean | undefined)[] = [
      u.organisasjonsnummer,
      u.navn,
      u.form[0],
      u.form[1],
      u.nace,
      u.nace === undefined ? undefined : `Næring ${u.nace}`,
      u.antallAnsatte,
      'Testveien 1, "Hus" B',
      '7010',
      u.kommune,
      u.kommunenummer,
      u.kommune,
      u.landkode,
      u.stiftelsesdato,
      u.hjemmeside,
      u.konkurs,
      u.underAvvikling,
      false,
    ];
    return values.map(csvField).join(',') + '\n';
  }

  /** A damaged row: JSON cut inside the name string (alternating with a missing value); CSV with two extra fields. */
  function brokenText(u: GenUnit): string {
    if (format === 'csv') return csvText(u).replace(/\n$/, ',EXTRA,"FIELD"\n');
    const full = jsonText(u);
    if (brokenCount++ % 2 === 0) {
      const cut = full.indexOf('"navn":"') + 8 + 3;
      return full.slice(0, cut);
    }
    return full.replace('"organisasjonsform":', '"organisasjonsform":,"x":');
  }
}

function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
