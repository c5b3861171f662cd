import { fmtInt } from '@kobling/seeds';
import type { FuzzRecord, FuzzResult, OutcomeCounts } from './tally.ts';

/*
 * The run as people read it: a summary table, the kinds of unexpected error with the first
 * request that hit each, and full examples of every bad category, so each can be replayed
 * and fixed. The same figures go into docs/benchmarks.md.
 */

export const FUZZ_SECTION = 'Fuzz run (issue 11)';

/** Unexpected errors, 5xx answers and partial writes must all be 0. */
export function isClean(result: FuzzResult): boolean {
  const { unexpected, serverErrors, partialWrites } = result.totals;
  return unexpected === 0 && serverErrors === 0 && partialWrites === 0;
}

const share = (n: number, of: number) => (of === 0 ? '0 %' : `${((100 * n) / of).toFixed(1)} %`);

function outcomeRows(result: FuzzResult): string[] {
  const t = result.totals;
  return [
    '| outcome | requests | share |',
    '|---|---:|---:|',
    `| success | ${fmtInt(t.success)} | ${share(t.success, t.requests)} |`,
    `| typed error | ${fmtInt(t.typed)} | ${share(t.typed, t.requests)} |`,
    `| **unexpected error** | ${fmtInt(t.unexpected)} | ${share(t.unexpected, t.requests)} |`,
    `| **5xx status** | ${fmtInt(t.serverErrors)} | ${share(t.serverErrors, t.requests)} |`,
    `| **partial write** (of ${fmtInt(result.mutations.failed)} failed mutations) | ${fmtInt(t.partialWrites)} | ${share(t.partialWrites, result.mutations.failed)} |`,
    `| total | ${fmtInt(t.requests)} | |`,
  ];
}

function strategyRows(result: FuzzResult): string[] {
  const row = (name: string, c: OutcomeCounts) =>
    `| ${name} | ${fmtInt(c.requests)} | ${fmtInt(c.success)} | ${fmtInt(c.typed)} | ${fmtInt(c.unexpected)} | ${fmtInt(c.serverErrors)} | ${fmtInt(c.partialWrites)} |`;
  return [
    '| strategy | requests | success | typed | unexpected | 5xx | partial write |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...[...result.byStrategy]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, c]) => row(name, c)),
  ];
}

function typedRows(result: FuzzResult): string[] {
  const sorted = [...result.typedCodes].sort((a, b) => b[1] - a[1]);
  return [
    '| code or result | errors |',
    '|---|---:|',
    ...sorted.map(([code, n]) => `| ${code} | ${fmtInt(n)} |`),
  ];
}

const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

type Kinds = FuzzResult['unexpectedKinds'];

function kindRows(title: string, kinds: Kinds, limit: number): string[] {
  const sorted = [...kinds].sort((a, b) => b[1].count - a[1].count);
  const rows = sorted
    .slice(0, limit)
    .map(
      ([kind, { count, first }]) =>
        `| ${cell(kind)} | ${fmtInt(count)} | #${first.request.index} ${cell(first.request.strategy)} ${cell(first.request.target)} |`,
    );
  const more = sorted.length > limit ? [`| … ${sorted.length - limit} more kinds | | |`] : [];
  return [`| ${title} | requests | first hit |`, '|---|---:|---|', ...rows, ...more];
}

/** Control characters made visible, and long text cut with its length noted. */
function clip(text: string, max: number): string {
  const visible = text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return visible.length <= max ? visible : `${visible.slice(0, max)}… (${text.length} characters)`;
}

export function describeRecord(record: FuzzRecord, max = 1_500): string {
  const { request, verdict } = record;
  const { http } = request;
  const body =
    http.body === null
      ? '(no body)'
      : typeof http.body === 'string'
        ? clip(http.body, max)
        : `(${http.body.byteLength} bytes) ${Buffer.from(http.body).toString('hex')}`;
  const caller = request.caller === 'visitor' ? 'visitor' : `${request.caller} (${request.auth})`;
  const lines = [
    `#${request.index} ${request.strategy} → ${request.target}, as ${caller}`,
    `  ${http.method} /graphql${clip(http.search, max)}${http.contentType ? ` [${http.contentType}]` : ''}${http.declareLength ? '' : ' [no content-length]'}`,
    `  ${body}`,
    `  → ${record.status} ${clip(record.response, max)}`,
  ];
  if (verdict.unexpected.length > 0) lines.push(`  unexpected: ${verdict.unexpected.join(' | ')}`);
  if (record.partialWrite) lines.push(`  partial write: ${record.partialWrite}`);
  for (const line of record.logged.slice(0, 2)) lines.push(`  logged: ${clip(line, max)}`);
  return lines.join('\n');
}

export function consoleReport(result: FuzzResult): string {
  const t = result.totals;
  const lines = [
    `Fuzz run: seed ${result.seed}, ${fmtInt(t.requests)} requests in ${(result.durationMs / 1000).toFixed(1)} s; ` +
      `${result.coveredFields.size}/${result.rootFields.length} root fields targeted; ` +
      `${fmtInt(result.mutations.sent)} mutations, ${fmtInt(result.mutations.failed)} failed.`,
    '',
    ...outcomeRows(result),
    '',
    ...strategyRows(result),
    '',
    ...typedRows(result),
    '',
    ...kindRows('unexpected error', result.unexpectedKinds, 50),
    ...(result.loggedKinds.size > 0
      ? ['', ...kindRows('logged by the API as unexpected', result.loggedKinds, 50)]
      : []),
  ];
  const missing = result.rootFields.filter((f) => !result.coveredFields.has(f));
  if (missing.length > 0) lines.push('', `Root fields not targeted: ${missing.join(', ')}`);
  const { examples } = result;
  const sections: [string, readonly FuzzRecord[]][] = [
    [`First ${examples.unexpected.length} unexpected errors`, examples.unexpected],
    [`First ${examples.serverErrors.length} 5xx answers`, examples.serverErrors],
    [`First ${examples.partialWrites.length} partial writes`, examples.partialWrites],
    [
      'The first hit of each kind of unexpected error, to reproduce',
      [...result.unexpectedKinds.values()].map((kind) => kind.first),
    ],
    [
      'The first hit of each kind of error the API logged as unexpected',
      [...result.loggedKinds.values()].map((kind) => kind.first),
    ],
  ];
  for (const [heading, records] of sections) {
    if (records.length === 0) continue;
    lines.push('', `${heading}:`, '');
    for (const record of records) lines.push(describeRecord(record), '');
  }
  lines.push(
    isClean(result)
      ? 'CLEAN: no unexpected error, no 5xx, no partial write.'
      : 'NOT CLEAN: see above.',
  );
  return lines.join('\n');
}

export interface RunDescription {
  readonly command: string;
  readonly store: string;
}

export function markdownSection(result: FuzzResult, run: RunDescription): string {
  const t = result.totals;
  const seconds = result.durationMs / 1000;
  return [
    `Run ${new Date().toISOString().slice(0, 10)} with \`${run.command}\` (\`apps/api/src/fuzz/\`), ` +
      `seed **${result.seed}**, Node ${process.version}, ${run.store}. ` +
      `${fmtInt(t.requests)} requests generated from the schema and sent in-process through \`yoga.fetch\`, ` +
      'one after the other, as a visitor, a signed-in user (approved representative of one actor, ' +
      'claimant of another, manager of a cluster, linked to a person) and an administrator, each ' +
      'signed-in request with a bearer token or the session cookie plus `x-kobling-csrf`. ' +
      `Every root field was targeted (${result.coveredFields.size} of ${result.rootFields.length}), with plausible values, ` +
      'one bad value, many bad values (wrong types; 0, −1, 2^31, 2^53; NaN-like text; empty, control ' +
      'characters, NUL, lone surrogates, bidi overrides, emoji, combining marks; text up to and over ' +
      'the body limit), malformed and wrong-type global ids, missing, unknown, duplicate and null ' +
      'arguments and bad variable declarations; besides those: deep, wide, aliased, fragment and ' +
      'directive abuse, introspection, syntax errors, duplicate operation names, huge and deeply ' +
      'nested documents, and malformed HTTP envelopes. Around each of the ' +
      `${fmtInt(result.mutations.sent)} mutations the row counts of every label and relationship ` +
      `type were read; a change after one of the ${fmtInt(result.mutations.failed)} that did not ` +
      `succeed counts as a partial write. Duration **${seconds.toFixed(1)} s** ` +
      `(${(t.requests / seconds).toFixed(0)} requests/s, snapshots included).`,
    '',
    ...outcomeRows(result),
    '',
    ...strategyRows(result),
    '',
    'Typed errors (`extensions.code`, or the typed result of a mutation):',
    '',
    ...typedRows(result),
    '',
    ...(result.unexpectedKinds.size > 0
      ? [
          'Unexpected errors by kind (message normalised; replay the first hit with the same seed):',
          '',
          ...kindRows('unexpected error', result.unexpectedKinds, 25),
          '',
        ]
      : []),
    ...(result.loggedKinds.size > 0
      ? [
          'Errors the API logged as unexpected (its own logger; some answered with a code):',
          '',
          ...kindRows('logged by the API as unexpected', result.loggedKinds, 25),
          '',
        ]
      : []),
    isClean(result)
      ? '**Clean**: no unexpected error, no 5xx, no partial write.'
      : `**Not clean**: ${fmtInt(t.unexpected)} unexpected errors, ${fmtInt(t.serverErrors)} 5xx, ${fmtInt(t.partialWrites)} partial writes.`,
  ].join('\n');
}
