/**
 * One unit as it comes out of the register download, before validation. Values are whatever the
 * file holds (JSON types, or strings from the CSV), so every field is `unknown` until validated.
 * The shape follows the API's field names (region-facts §6).
 */
export interface RawUnit {
  readonly organisasjonsnummer?: unknown;
  readonly navn?: unknown;
  readonly organisasjonsform?:
    { readonly kode?: unknown; readonly beskrivelse?: unknown } | unknown;
  readonly naeringskode1?: { readonly kode?: unknown; readonly beskrivelse?: unknown } | unknown;
  readonly antallAnsatte?: unknown;
  readonly forretningsadresse?:
    | { readonly kommunenummer?: unknown; readonly kommune?: unknown; readonly landkode?: unknown }
    | unknown;
  readonly stiftelsesdato?: unknown;
  readonly hjemmeside?: unknown;
  readonly konkurs?: unknown;
  readonly underAvvikling?: unknown;
  readonly underTvangsavviklingEllerTvangsopplosning?: unknown;
  readonly slettedato?: unknown;
  readonly [field: string]: unknown;
}

/** Where a row sits in the file. `row` counts elements (JSON) or data records (CSV) from 1. */
export interface RowPosition {
  readonly row: number;
  readonly byteOffset: number;
  /** CSV only: the physical line the record starts on (the header is line 1). */
  readonly line?: number;
}

/** What a reader yields: a parsed unit, or a piece of the file that could not be parsed. */
export type ReadItem =
  | { readonly kind: 'unit'; readonly position: RowPosition; readonly unit: RawUnit }
  | {
      readonly kind: 'broken';
      readonly position: RowPosition;
      readonly detail: string;
      /** An org number found in the broken text, when one is recognisable. */
      readonly orgNumber?: string;
    };

/** Pulls a plausible org number out of broken text, for the rejection report. */
export function sniffOrgNumber(text: string): string | undefined {
  const m =
    /"?organisasjonsnummer"?\s*[:,]\s*"?(\d{9})/.exec(text) ??
    /(?:^|[^\d])(\d{9})(?:[^\d]|$)/.exec(text);
  return m?.[1];
}
