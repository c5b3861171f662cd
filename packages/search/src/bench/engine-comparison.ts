import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { create, insertMultiple, load, save, search as oramaSearch } from '@orama/orama';
import type { AnyOrama } from '@orama/orama';
import { Document as FlexDocument } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { SearchDocument } from '../document.ts';
import type { FacetName, SearchRequest, SearchSort } from '../port.ts';
import { valueFilters } from '../port.ts';
import { synonymTokens } from '../synonyms.ts';
import { createEmbeddedSearchIndex } from '../embedded/embedded-index.ts';
import { highlightWords, tokenize } from '../text.ts';
import { typoBudget } from '../typo.ts';
import { generateSearchDocuments } from './generate-documents.ts';
import { latency, typicalQueries, writeBenchSection } from './search-bench.ts';
import type { LatencyFigures } from './search-bench.ts';

/**
 * Issue 17: the embedded engines side by side on the same generated documents and queries
 * (bokmål and English, a typo, facets, filters, a sort, highlights), each through its public
 * API only. What an engine lacks is done the same way for all (highlights with the shared
 * highlighter; facets counted over its matches where it has none). Run:
 * `npm run bench -- --only search-engines` (SEARCH_BENCH_DOCS to change the size). Writes its
 * table into docs/benchmarks.md, section "Embedded search engines compared (issue 17)".
 */

type Query = Omit<SearchRequest, 'limit' | 'offset'>;

interface EngineAnswer {
  readonly ids: readonly string[];
  readonly total: number;
}

interface Candidate {
  readonly name: string;
  readonly notes: string;
  build(docs: readonly SearchDocument[]): Promise<void>;
  /** Persists, drops the in-memory state and opens again, as a restarted server would. */
  restart(): Promise<{ bytes: number }>;
  search(query: Query): Promise<EngineAnswer>;
  autocomplete(prefix: string): Promise<readonly string[]>;
  close(): void;
}

const textFields = ['title', 'topicNames', 'clusters', 'municipalityName', 'body'] as const;
const boosts = { title: 4, topicNames: 2.5, clusters: 1.5, municipalityName: 1.2, body: 1 };

function passes(doc: SearchDocument, query: Query): boolean {
  const f = query.filters ?? {};
  const any = (value: string | undefined, wanted: readonly string[] | undefined) =>
    !wanted || wanted.length === 0 || (value !== undefined && wanted.includes(value));
  return (
    any(doc.type, query.types) &&
    any(doc.kind, f.kind) &&
    any(doc.helix, f.helix) &&
    any(doc.municipality, f.municipality) &&
    any(doc.stage, f.stage) &&
    any(doc.level, f.level) &&
    (!f.topics || f.topics.length === 0 || doc.topics.some((t) => f.topics?.includes(t))) &&
    (f.trl?.min === undefined || (doc.trl ?? -1) >= f.trl.min) &&
    (f.trl?.max === undefined || (doc.trl ?? 99) <= f.trl.max) &&
    (f.isTech === undefined || doc.isTech === f.isTech)
  );
}

/** Facet counts over matches, for engines without facets (the same work for each). */
function countFacets(docs: Iterable<SearchDocument>, facets: readonly FacetName[] = []) {
  const out = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    for (const facet of facets) {
      const values =
        facet === 'topics' ? doc.topics : [doc[facet]].filter((v) => v !== undefined).map(String);
      let counts = out.get(facet);
      if (!counts) out.set(facet, (counts = new Map()));
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return out;
}

function highlight(docs: readonly (SearchDocument | undefined)[], query: string) {
  const words = new Set([...tokenize(query), ...synonymTokens(tokenize(query))]);
  for (const doc of docs) {
    if (!doc) continue;
    highlightWords(doc.title, (w) => words.has(w));
    highlightWords(doc.body, (w) => words.has(w));
  }
}

function sortIds(docs: SearchDocument[], query: Query): SearchDocument[] {
  const sort = query.sort;
  if (!sort) return docs;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return docs.sort((a, b) => sign * (Number(a[sort.field] ?? 0) - Number(b[sort.field] ?? 0)));
}

/** The query with synonyms, as a list of words (engines expand typos themselves where they can). */
const queryWords = (text: string) => [...tokenize(text), ...synonymTokens(tokenize(text))];

function oramaCandidate(): Candidate {
  const schema = {
    id: 'string',
    type: 'enum',
    kind: 'enum',
    helix: 'enum',
    municipality: 'enum',
    stage: 'enum',
    level: 'enum',
    topics: 'enum[]',
    trl: 'number',
    isTech: 'boolean',
    updatedAt: 'number',
    title: 'string',
    topicNames: 'string[]',
    clusters: 'string[]',
    municipalityName: 'string',
    body: 'string',
  } as const;
  let db: AnyOrama = create({ schema });
  const docs = new Map<string, SearchDocument>();
  const where = (q: Query) => {
    const f = q.filters ?? {};
    const w: Record<string, unknown> = {};
    if (q.types?.length) w.type = { in: q.types };
    for (const key of ['kind', 'helix', 'municipality', 'stage', 'level'] as const) {
      if (f[key]?.length) w[key] = { in: f[key] };
    }
    if (f.topics?.length) w.topics = { containsAny: f.topics };
    if (f.trl?.min !== undefined) w.trl = { gte: f.trl.min };
    if (f.isTech !== undefined) w.isTech = f.isTech;
    return w;
  };
  return {
    name: 'Orama 3.1 (public API)',
    notes:
      'typos: tolerance 1; facets and filters native; restart is save() and load() in memory ' +
      '(its output overflows JSON.stringify; a file needs the persistence plugin)',
    async build(list) {
      for (const d of list) docs.set(d.id, d);
      await insertMultiple(
        db,
        list.map((d) => ({
          ...d,
          kind: d.kind ?? '',
          helix: d.helix ?? '',
          municipality: d.municipality ?? '',
          stage: d.stage ?? '',
          level: d.level ?? '',
          trl: d.trl ?? 0,
          isTech: d.isTech ?? false,
          topics: [...d.topics],
          topicNames: [...d.topicNames],
          clusters: [...(d.clusters ?? [])],
          municipalityName: d.municipalityName ?? '',
        })),
        5000,
      );
    },
    async restart() {
      // save() returns nested radix trees that JSON.stringify cannot walk (stack overflow at
      // 20k documents): a file needs the separate persistence plugin. Measured here: save and
      // load in memory, a lower bound of a restart.
      const raw = save(db);
      db = create({ schema });
      load(db, raw);
      return { bytes: 0 };
    },
    async search(q) {
      const facets = Object.fromEntries(
        (q.facets ?? []).map((f) => [
          f,
          f === 'trl'
            ? { ranges: Array.from({ length: 9 }, (_, i) => ({ from: i + 1, to: i + 1 })) }
            : f === 'isTech'
              ? { true: true, false: true }
              : { limit: 100 },
        ]),
      );
      const result = await oramaSearch(db, {
        term: queryWords(q.query).join(' '),
        properties: [...textFields],
        boost: boosts,
        tolerance: 1,
        where: where(q) as never,
        ...(q.facets?.length ? { facets: facets as never } : {}),
        ...(q.sort
          ? { sortBy: { property: q.sort.field, order: q.sort.direction.toUpperCase() as 'ASC' } }
          : {}),
        limit: 20,
      });
      const ids = result.hits.map((h) => String(h.id));
      highlight(
        ids.map((id) => docs.get(id)),
        q.query,
      );
      return { ids, total: result.count };
    },
    async autocomplete(prefix) {
      const result = await oramaSearch(db, { term: prefix, properties: ['title'], limit: 8 });
      return result.hits.map((h) => String(h.id));
    },
    close() {},
  };
}

function miniSearchCandidate(dir: string): Candidate {
  const options = {
    fields: [...textFields],
    storeFields: [],
    extractField: (doc: SearchDocument, field: string) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
    tokenize: (text: string) => tokenize(text),
    processTerm: (term: string) => term,
  };
  let ms = new MiniSearch<SearchDocument>(options);
  const docs = new Map<string, SearchDocument>();
  const file = join(dir, 'minisearch.json');
  return {
    name: 'MiniSearch 7.2',
    notes:
      'typos: fuzzy by the typo budget; filters as a callback; facets counted over all results',
    async build(list) {
      for (const d of list) docs.set(d.id, d);
      ms.addAll(list as SearchDocument[]);
    },
    async restart() {
      const { writeFileSync, readFileSync } = await import('node:fs');
      writeFileSync(file, JSON.stringify(ms));
      ms = MiniSearch.loadJSON<SearchDocument>(readFileSync(file, 'utf8'), options);
      return { bytes: statSync(file).size };
    },
    async search(q) {
      const words = queryWords(q.query);
      const all =
        words.length === 0
          ? [...docs.values()].filter((d) => passes(d, q))
          : ms
              .search(words.join(' '), {
                boost: boosts,
                fuzzy: (term) => (typoBudget(term) === 0 ? false : typoBudget(term)),
                prefix: (_term, i, terms) => i === terms.length - 1,
                filter: (r) => passes(docs.get(String(r.id)) as SearchDocument, q),
              })
              .map((r) => docs.get(String(r.id)) as SearchDocument);
      countFacets(all, q.facets);
      const page = sortIds(all, q).slice(0, 20);
      highlight(page, q.query);
      return { ids: page.map((d) => d.id), total: all.length };
    },
    async autocomplete(prefix) {
      return ms
        .search(prefix, { fields: ['title'], prefix: true })
        .slice(0, 8)
        .map((r) => String(r.id));
    },
    close() {},
  };
}

function flexSearchCandidate(): Candidate {
  const make = () =>
    new FlexDocument({
      document: {
        id: 'id',
        index: ['title', 'topicNames', 'clusters', 'municipalityName', 'body'],
        tag: ['type', 'kind', 'helix', 'municipality', 'stage', 'topics'],
      },
      tokenize: 'forward',
    } as never);
  let index = make();
  const docs = new Map<string, SearchDocument>();
  return {
    name: 'FlexSearch 0.8',
    notes:
      'no BM25 (its own contextual score), no typo tolerance beyond its encoder; tags filter; ' +
      'totals and facets need every match (limit lifted); export/import per key',
    async build(list) {
      for (const d of list) {
        docs.set(d.id, d);
        index.add({
          ...d,
          topicNames: d.topicNames.join(' '),
          clusters: (d.clusters ?? []).join(' '),
        } as never);
      }
    },
    async restart() {
      const parts: [string, unknown][] = [];
      let bytes = 0;
      await index.export((key: string, data: unknown) => {
        bytes += String(data ?? '').length;
        parts.push([key, data]);
      });
      index = make();
      for (const [key, data] of parts) await index.import(key, data as never);
      return { bytes };
    },
    async search(q) {
      const words = queryWords(q.query);
      let matches: SearchDocument[];
      if (words.length === 0) {
        matches = [...docs.values()].filter((d) => passes(d, q));
      } else {
        const results = index.search(words.join(' '), { limit: 200_000, suggest: true } as never);
        const ids = new Set<string>();
        for (const field of results as unknown as { result: string[] }[]) {
          for (const id of field.result) ids.add(String(id));
        }
        matches = [...ids].map((id) => docs.get(id) as SearchDocument).filter((d) => passes(d, q));
      }
      countFacets(matches, q.facets);
      const page = sortIds(matches, q).slice(0, 20);
      highlight(page, q.query);
      return { ids: page.map((d) => d.id), total: matches.length };
    },
    async autocomplete(prefix) {
      const results = index.search(prefix, { index: ['title'], limit: 8 } as never);
      return (results as unknown as { result: string[] }[]).flatMap((r) => r.result.map(String));
    },
    close() {},
  };
}

/** A SQLite file's size on disk with its write-ahead log. */
function sqliteBytes(path: string): number {
  return ['', '-wal'].reduce((n, suffix) => {
    try {
      return n + statSync(path + suffix).size;
    } catch {
      return n;
    }
  }, 0);
}

/** Words of the FTS5 vocabulary within the typo budget (a scan: the vocabulary is small). */
function nearWords(vocabulary: readonly string[], word: string): string[] {
  const budget = typoBudget(word);
  if (budget === 0) return [];
  return vocabulary.filter(
    (w) => Math.abs(w.length - word.length) <= budget && editDistance(w, word, budget) <= budget,
  );
}

function editDistance(a: string, b: string, max: number): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(
        Math.min(
          (next[j - 1] as number) + 1,
          (row[j] as number) + 1,
          (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    }
    if (Math.min(...next) > max) return max + 1;
    row = next;
  }
  return row[b.length] as number;
}

function sqliteCandidate(dir: string): Candidate {
  const file = join(dir, 'fts5.sqlite');
  let db = new DatabaseSync(file);
  let vocabulary: string[] = [];
  const setup = () => {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  };
  setup();
  db.exec(`
    CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, type TEXT, kind TEXT, helix TEXT,
      municipality TEXT, stage TEXT, level TEXT, trl INTEGER, isTech INTEGER, updatedAt INTEGER, json TEXT);
    CREATE TABLE doc_topics(rowid INTEGER, topic TEXT);
    CREATE INDEX doc_topics_topic ON doc_topics(topic);
    CREATE VIRTUAL TABLE fts USING fts5(title, topicNames, clusters, municipalityName, body,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');`);
  const loadVocabulary = () => {
    vocabulary = db
      .prepare('SELECT term FROM vocab')
      .all()
      .map((r) => String(r.term));
  };
  const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;
  const match = (text: string, prefixLast: boolean) => {
    const words = tokenize(text);
    const terms = new Set<string>();
    words.forEach((w, i) => {
      terms.add(quote(w));
      for (const near of nearWords(vocabulary, w)) terms.add(quote(near));
      if (prefixLast && i === words.length - 1) terms.add(`${quote(w)}*`);
    });
    for (const s of synonymTokens(words)) terms.add(quote(s));
    return [...terms].join(' OR ');
  };
  // SQLite binds values, not names: every column name in a statement comes from these maps.
  const facetColumn: Record<FacetName, string> = {
    type: 'd.type',
    kind: 'd.kind',
    helix: 'd.helix',
    municipality: 'd.municipality',
    topics: 't.topic',
    stage: 'd.stage',
    trl: 'd.trl',
    isTech: 'd.isTech',
    level: 'd.level',
  };
  const sortOrder: Record<SearchSort['field'], string> = {
    title: "json_extract(d.json, '$.title')",
    updatedAt: 'd.updatedAt',
    trl: 'd.trl',
  };
  const filterSql = (q: Query): { sql: string; params: (string | number)[] } => {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    const f = q.filters ?? {};
    for (const [field, values] of valueFilters(q.types, f)) {
      const list = values.map(() => '?').join(',');
      clauses.push(
        field === 'topics'
          ? `d.rowid IN (SELECT rowid FROM doc_topics WHERE topic IN (${list}))`
          : `${facetColumn[field]} IN (${list})`,
      );
      params.push(...values);
    }
    if (f.trl?.min !== undefined) {
      clauses.push('d.trl >= ?');
      params.push(f.trl.min);
    }
    if (f.isTech !== undefined) {
      clauses.push('d.isTech = ?');
      params.push(f.isTech ? 1 : 0);
    }
    return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
  };
  return {
    name: 'SQLite FTS5 (node:sqlite, SQLite 3.50)',
    notes:
      'on disk by nature (WAL); BM25 with column weights; typos by the vocabulary (fts5vocab); ' +
      'filters, facets (GROUP BY) and sorts in SQL',
    async build(list) {
      const doc = db.prepare(
        'INSERT INTO docs(rowid, id, type, kind, helix, municipality, stage, level, trl, isTech, updatedAt, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
      );
      const topic = db.prepare('INSERT INTO doc_topics(rowid, topic) VALUES (?, ?)');
      const text = db.prepare(
        'INSERT INTO fts(rowid, title, topicNames, clusters, municipalityName, body) VALUES (?,?,?,?,?,?)',
      );
      db.exec('BEGIN');
      list.forEach((d, i) => {
        const rowid = i + 1;
        doc.run(
          rowid,
          d.id,
          d.type,
          d.kind ?? null,
          d.helix ?? null,
          d.municipality ?? null,
          d.stage ?? null,
          d.level ?? null,
          d.trl ?? null,
          d.isTech === undefined ? null : Number(d.isTech),
          d.updatedAt,
          JSON.stringify(d),
        );
        for (const t of d.topics) topic.run(rowid, t);
        text.run(
          rowid,
          d.title,
          d.topicNames.join(' \n '),
          (d.clusters ?? []).join(' \n '),
          d.municipalityName ?? '',
          d.body,
        );
      });
      db.exec('COMMIT');
      db.exec("INSERT INTO fts(fts) VALUES('optimize')");
      loadVocabulary();
    },
    async restart() {
      db.close();
      db = new DatabaseSync(file);
      setup();
      loadVocabulary();
      return { bytes: sqliteBytes(file) };
    },
    async search(q) {
      const { sql, params } = filterSql(q);
      const text = match(q.query, true);
      const matched = text
        ? `SELECT d.rowid AS rowid FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ? AND ${sql}`
        : `SELECT d.rowid AS rowid FROM docs d WHERE ${sql}`;
      const args = text ? [text, ...params] : params;
      const order = q.sort
        ? `ORDER BY ${sortOrder[q.sort.field]} ${q.sort.direction === 'desc' ? 'DESC' : 'ASC'}`
        : text
          ? 'ORDER BY bm25(fts, 4, 2.5, 1.5, 1.2, 1)'
          : '';
      const page = text
        ? db
            .prepare(
              `SELECT d.json AS json FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ? AND ${sql} ${order} LIMIT 20`,
            )
            .all(...args)
        : db
            .prepare(`SELECT d.json AS json FROM docs d WHERE ${sql} ${order} LIMIT 20`)
            .all(...args);
      const total = Number(db.prepare(`SELECT count(*) AS n FROM (${matched})`).get(...args)?.n);
      for (const facet of q.facets ?? []) {
        const column = facetColumn[facet];
        const from =
          facet === 'topics' ? `doc_topics t JOIN docs d ON d.rowid = t.rowid` : 'docs d';
        db.prepare(
          `SELECT ${column} AS value, count(*) AS n FROM ${from} WHERE d.rowid IN (${matched}) GROUP BY ${column}`,
        ).all(...args);
      }
      const docs = page.map((r) => JSON.parse(String(r.json)) as SearchDocument);
      highlight(docs, q.query);
      return { ids: docs.map((d) => d.id), total };
    },
    async autocomplete(prefix) {
      const words = tokenize(prefix);
      if (words.length === 0) return [];
      const text = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
      return db
        .prepare(
          'SELECT d.id AS id FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ? ORDER BY bm25(fts, 4, 0, 0, 0, 0) LIMIT 8',
        )
        .all(`title : (${text})`)
        .map((r) => String(r.id));
    },
    close() {
      db.close();
    },
  };
}

/** The adapter as built (decision 0006): a SQLite file of documents, queried in memory. */
function chosenCandidate(dir: string): Candidate {
  const path = join(dir, 'embedded.sqlite');
  let index = createEmbeddedSearchIndex({ path });
  return {
    name: 'Kobling embedded: SQLite documents + in-memory index (SearchableMap)',
    notes:
      'node:sqlite file (WAL) holds documents and feed position; vocabulary in MiniSearch’s ' +
      'SearchableMap (fuzzy and prefix lookup), BM25, filters and facets over posting sets',
    async build(list) {
      await index.rebuild(list);
    },
    async restart() {
      await index.close();
      index = createEmbeddedSearchIndex({ path });
      return { bytes: sqliteBytes(path) };
    },
    async search(q) {
      const result = await index.search({ ...q, limit: 20, offset: 0 });
      return { ids: result.hits.map((h) => h.document.id), total: result.total };
    },
    async autocomplete(prefix) {
      return (await index.autocomplete(prefix, 8)).map((s) => s.id);
    },
    close() {
      void index.close();
    },
  };
}

export interface EngineFigures {
  readonly name: string;
  readonly documents?: number;
  readonly notes: string;
  readonly buildSeconds: number;
  readonly restartMs: number;
  readonly storedMb: number;
  readonly heapMb: number;
  readonly search: LatencyFigures;
  readonly typo: LatencyFigures;
  readonly autocomplete: LatencyFigures;
  /** Whether a typo only the engine's own tolerance can fix ("aquaculure") finds anything. */
  readonly typoFound: boolean;
}

const autocompletePrefixes = ['nor', 'fjord', 'havb', 'ener', 'kari', 'smart', 'ocean', 'trø'];

async function measure(
  candidate: Candidate,
  docs: readonly SearchDocument[],
  rounds: number,
): Promise<EngineFigures> {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let t = performance.now();
  await candidate.build(docs);
  const buildSeconds = (performance.now() - t) / 1000;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  t = performance.now();
  const { bytes } = await candidate.restart();
  const restartMs = performance.now() - t;
  for (const [, q] of typicalQueries) await candidate.search(q);
  const all: number[] = [];
  const typo: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [name, q] of typicalQueries) {
      const start = performance.now();
      await candidate.search(q);
      const ms = performance.now() - start;
      all.push(ms);
      if (name.startsWith('typo')) typo.push(ms);
    }
  }
  const completions: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const prefix of autocompletePrefixes) {
      const start = performance.now();
      await candidate.autocomplete(prefix);
      completions.push(performance.now() - start);
    }
  }
  // A typo only the engine's own tolerance can fix (no synonym, no prefix helps).
  const found = await candidate.search({ query: 'aquaculure' });
  candidate.close();
  return {
    name: candidate.name,
    notes: candidate.notes,
    buildSeconds: Math.round(buildSeconds * 10) / 10,
    restartMs: Math.round(restartMs),
    storedMb: Math.round(bytes / 2 ** 20),
    heapMb: Math.round(heapMb),
    search: latency(all),
    typo: latency(typo),
    autocomplete: latency(completions),
    typoFound: found.total > 0,
  };
}

export async function compareEngines(
  options: { documents?: number; rounds?: number; log?: (line: string) => void } = {},
): Promise<EngineFigures[]> {
  const documents = options.documents ?? 100_000;
  const rounds = options.rounds ?? 10;
  const log = options.log ?? (() => {});
  const docs = [...generateSearchDocuments(documents)];
  const dir = mkdtempSync(join(tmpdir(), 'kobling-engines-'));
  const out: EngineFigures[] = [];
  try {
    for (const make of [
      chosenCandidate,
      sqliteCandidate,
      miniSearchCandidate,
      flexSearchCandidate,
      oramaCandidate,
    ]) {
      const candidate = make(dir);
      // Orama's own query path takes seconds per broad query from 20k documents on: measured on
      // a fifth of the documents so the comparison ends in minutes.
      const size = make === oramaCandidate ? Math.ceil(documents / 5) : documents;
      log(`${candidate.name}: ${size} documents`);
      const figures = {
        ...(await measure(candidate, docs.slice(0, size), rounds)),
        documents: size,
      };
      log(`  ${JSON.stringify(figures)}`);
      out.push(figures);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

const sectionTitle = '## Embedded search engines compared (issue 17)';

function renderSection(figures: readonly EngineFigures[], documents: number): string {
  const ms = (l: LatencyFigures) => `${l.p50} / ${l.p95}`;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
  return [
    sectionTitle,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --only search-engines\` on ${machine}: ` +
      `${documents.toLocaleString('en')} generated documents (the search bench's), its eight typical queries ` +
      '(bokmål and English, a typo, facets, filters, a sort; highlights made for each hit) and eight ' +
      'autocomplete prefixes, every engine through its public API in one process, one after the other. ' +
      '"Restart" is persisting the index and opening it again, as a restarted server would. ' +
      'The generated vocabulary is small, so common words match most documents: the hard case for ' +
      'totals and facets, which need every match. The rows ran one after the other on a shared machine: ' +
      'compare them with each other, and the Kobling row with the search bench, which has a same-run baseline. ' +
      'Decision: docs/decisions/0006-embedded-search-engine.md.',
    '',
    '| engine | documents | build s | restart ms | on disk MB | heap MB | search p50 / p95 ms | typo query p50 / p95 ms | autocomplete p50 / p95 ms | finds "aquaculure" |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${(f.documents ?? documents).toLocaleString('en')} | ${f.buildSeconds} | ${f.restartMs} | ${f.storedMb || '–'} | ${f.heapMb} | ${ms(f.search)} | ${ms(f.typo)} | ${ms(f.autocomplete)} | ${f.typoFound ? 'yes' : 'no'} |`,
    ),
    '',
    ...figures.map((f) => `- ${f.name}: ${f.notes}.`),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const documents = Number(process.env.SEARCH_BENCH_DOCS ?? 100_000);
  const figures = await compareEngines({ documents, log: (line) => console.info(line) });
  const target = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
  await writeBenchSection(target, sectionTitle, renderSection(figures, documents));
  console.info(`wrote the "${sectionTitle.slice(3)}" section of ${target}`);
}
