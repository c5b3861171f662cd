import { describe, expect, it } from 'vitest';
import { model } from '@kobling/graph-schema';
import { regionSeedGraph } from './region-seed.ts';
import { TAXONOMY_SOURCE_REF, validateSeedGraph, type Row, type SeedGraph } from './seed-graph.ts';
import { KPI_BASELINE, factGraph } from './facts.ts';
import { taxonomyGraph } from './taxonomy.ts';
import { REGION_MUNICIPALITIES } from './municipalities.ts';
import { SYNTHETIC_COUNTS } from './synthetic.ts';

const keyOf = (label: string): string => model.nodes.find((n) => n.label === label)?.key ?? 'id';
const rowsOf = (g: SeedGraph, label: string): Row[] => g.nodes[label] ?? [];
const find = (g: SeedGraph, label: string, key: string): Row | undefined =>
  rowsOf(g, label).find((r) => r[keyOf(label)] === key);
const isUrl = (s: unknown): boolean => {
  if (typeof s !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
};

describe('regionSeedGraph', () => {
  const graph = regionSeedGraph();

  it('is valid against the graph model', () => {
    expect(validateSeedGraph(graph, model)).toEqual([]);
  });

  it('is deterministic: two calls are deep-equal', () => {
    expect(regionSeedGraph()).toEqual(graph);
    expect(JSON.stringify(regionSeedGraph())).toBe(JSON.stringify(graph));
  });

  it('gives every non-synthetic node source "seed" and a URL (topics: the taxonomy ref)', () => {
    for (const [label, rows] of Object.entries(graph.nodes)) {
      for (const row of rows.filter((r) => r.source !== 'synthetic')) {
        const where = `${label} ${String(row[keyOf(label)])}`;
        expect(row.source, where).toBe('seed');
        if (label === 'Topic') expect(row.sourceRef, where).toBe(TAXONOMY_SOURCE_REF);
        else expect(isUrl(row.sourceRef), `${where}: ${String(row.sourceRef)}`).toBe(true);
      }
    }
  });

  it('marks synthetic rows as synthetic, with an empty sourceRef', () => {
    const synthetic = Object.values(graph.nodes)
      .flat()
      .filter((r) => r.source === 'synthetic');
    expect(synthetic.length).toBeGreaterThan(300);
    for (const row of synthetic) expect(row.sourceRef).toBe('');
    for (const row of Object.values(graph.nodes).flat())
      expect(['seed', 'synthetic']).toContain(row.source);
    for (const label of ['Person', 'Opportunity', 'Introduction']) {
      for (const row of rowsOf(graph, label)) expect(row.source, label).toBe('synthetic');
    }
  });

  it('has the synthetic volumes that make the pages look alive', () => {
    const syntheticActors = rowsOf(graph, 'Actor').filter((r) => r.source === 'synthetic');
    expect(syntheticActors).toHaveLength(SYNTHETIC_COUNTS.companies);
    expect(rowsOf(graph, 'Person')).toHaveLength(SYNTHETIC_COUNTS.people);
    expect(rowsOf(graph, 'Project').filter((p) => p.source === 'synthetic')).toHaveLength(
      SYNTHETIC_COUNTS.projects,
    );
    expect(rowsOf(graph, 'Opportunity')).toHaveLength(SYNTHETIC_COUNTS.opportunities);
    expect(rowsOf(graph, 'Introduction')).toHaveLength(SYNTHETIC_COUNTS.introductions);
    expect(new Set(rowsOf(graph, 'Opportunity').map((o) => o.kind))).toEqual(
      new Set(['NEED', 'OFFER', 'CHALLENGE']),
    );
    expect(rowsOf(graph, 'Opportunity').some((o) => o.visibility === 'PRIVATE')).toBe(true);
    expect(new Set(rowsOf(graph, 'Introduction').map((i) => i.status))).toEqual(
      new Set(['REQUESTED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'COMPLETED']),
    );
    const techStages = rowsOf(graph, 'Technology')
      .filter((t) => t.source === 'synthetic')
      .map((t) => t.stage);
    expect(new Set(techStages)).toEqual(
      new Set([
        'DISCLOSURE',
        'EVALUATION',
        'PROTECTION',
        'LICENSING',
        'SPIN_OFF',
        'FUNDED',
        'ON_MARKET',
        'DROPPED',
      ]),
    );
    const memberships = graph.relationships.filter((r) => r.type === 'MEMBER_OF');
    expect(new Set(memberships.map((m) => m.properties.status))).toEqual(
      new Set(['ACTIVE', 'REQUESTED', 'INVITED']),
    );
    const people = rowsOf(graph, 'Person');
    expect(people.some((p) => p.listed === false)).toBe(true);
    expect(people.filter((p) => p.listed).length).toBeGreaterThan(people.length / 2);
    for (const p of people) expect(String(p.email)).toMatch(/@example\.no$/);
  });

  it('gives every actor, project, technology and opportunity at least one topic', () => {
    const withTopic = new Set(
      graph.relationships
        .filter((r) => r.type === 'HAS_TOPIC')
        .map((r) => `${r.from.label}|${r.from.key}`),
    );
    for (const label of ['Actor', 'Project', 'Technology', 'Opportunity']) {
      for (const row of rowsOf(graph, label)) {
        expect(withTopic.has(`${label}|${String(row.id)}`), `${label} ${String(row.id)}`).toBe(
          true,
        );
      }
    }
  });

  it('never links two real nodes with an invented relationship', () => {
    const facts = factGraph();
    const sourced = new Set(
      [...facts.relationships, ...taxonomyGraph().broader].map((r) => JSON.stringify(r)),
    );
    const isSynthetic = (label: string, key: string): boolean =>
      find(graph, label, key)?.source === 'synthetic';
    for (const r of graph.relationships) {
      if (isSynthetic(r.from.label, r.from.key) || isSynthetic(r.to.label, r.to.key)) continue;
      expect(sourced.has(JSON.stringify(r)), `${r.type} ${r.from.key} → ${r.to.key}`).toBe(true);
    }
  });

  it('seeds the municipalities of the facts', () => {
    const rows = rowsOf(graph, 'Municipality');
    expect(rows.map((r) => r.code).sort()).toEqual(REGION_MUNICIPALITIES.map((m) => m.code).sort());
    expect(find(graph, 'Municipality', '5054')).toMatchObject({
      name: 'Indre Fosen',
      population: 9_977,
      formerCodes: ['1624', '1718'],
    });
  });

  it('seeds NTNU, SINTEF, clusters and spin-offs as the facts state them', () => {
    expect(find(graph, 'Actor', 'actor:ntnu')).toMatchObject({
      kind: 'INSTITUTION',
      helix: 'ACADEMIA',
    });
    const partOf = (id: string) =>
      graph.relationships.find((r) => r.type === 'PART_OF' && r.from.key === id)?.to.key;
    expect(partOf('actor:ntnu-itk')).toBe('actor:ntnu-ie');
    expect(partOf('actor:ntnu-ie')).toBe('actor:ntnu');
    expect(partOf('actor:sintef-ocean')).toBe('actor:sintef');
    const faculties = graph.relationships.filter(
      (r) =>
        r.type === 'PART_OF' &&
        r.to.key === 'actor:ntnu' &&
        String(find(graph, 'Actor', r.from.key)?.name).startsWith('NTNU Faculty'),
    );
    expect(faculties).toHaveLength(8);
    expect(find(graph, 'Cluster', 'cluster:nce-instrumentation')).toMatchObject({
      level: 'NCE',
      reportedMembers: 36,
      endYear: null,
    });
    expect(find(graph, 'Cluster', 'cluster:ocean-autonomy')).toMatchObject({
      level: 'ARENA',
      startYear: 2020,
    });
    expect(find(graph, 'Cluster', 'cluster:woodworks')).toMatchObject({
      level: 'ARENA_PRO',
      reportedMembers: 46,
    });
    expect(graph.relationships).toContainEqual(
      expect.objectContaining({
        type: 'FACILITATES',
        from: { label: 'Actor', key: 'actor:leiv-eiriksson-nyskaping' },
      }),
    );
    expect(find(graph, 'Actor', 'actor:blueye-robotics')).toMatchObject({
      foundedYear: 2015,
      source: 'seed',
    });
    // Founding years the facts mark as unverified stay null.
    for (const id of ['actor:eelume', 'actor:atmel-norway', 'actor:zedge', 'actor:norbit']) {
      expect(find(graph, 'Actor', id)?.foundedYear, id).toBeNull();
    }
    const names = rowsOf(graph, 'Actor')
      .filter((a) => a.source === 'seed')
      .map((a) => String(a.name));
    for (const excluded of ['Disruptive Technologies', 'Airthings', 'Zaptec', 'Vivid']) {
      expect(
        names.some((n) => n.includes(excluded)),
        excluded,
      ).toBe(false);
    }
  });

  it('links Blueye’s technology to AMOS, Blueye and NTNU TTO with its 2015 spin-off', () => {
    const id = 'technology:blueye-underwater-drones';
    const ends = (type: string) =>
      graph.relationships.filter((r) => r.type === type && r.from.key === id).map((r) => r.to.key);
    expect(ends('ORIGINATED_AT')).toEqual(['actor:ntnu-amos']);
    expect(ends('COMMERCIALISED_BY')).toEqual(['actor:blueye-robotics']);
    expect(ends('SUPPORTED_BY')).toEqual(['actor:ntnu-tto']);
    const [milestone] = ends('HAS_MILESTONE');
    expect(find(graph, 'Milestone', String(milestone))).toMatchObject({
      stage: 'SPIN_OFF',
      at: Date.UTC(2015, 0, 1),
    });
  });

  it('holds the KPI baseline', () => {
    const kpis = rowsOf(graph, 'KpiObservation');
    expect(kpis.map((k) => [k.year, k.techCompanies, k.techEmployees])).toEqual([
      [2014, 554, 10_318],
      [2016, 592, 11_695],
      [2017, 703, 12_000],
      [2018, 706, 12_242],
      [2023, 790, null],
    ]);
    expect(String(kpis.find((k) => k.year === 2017)?.note)).toContain('estimate');
    expect(kpis).toHaveLength(KPI_BASELINE.length);
  });

  const topicsOf = (key: string): Set<string> =>
    new Set(
      graph.relationships
        .filter((r) => r.type === 'HAS_TOPIC' && r.from.key === key)
        .map((r) => r.to.key),
    );

  it('holds the region’s ocean autonomy actors, sourced and tagged as a domain expert would', () => {
    const autonomy = new Set([
      'topic:ocean-autonomy',
      'topic:underwater-robotics',
      'topic:autonomous-ships',
    ]);
    for (const slug of [
      'ntnu-amos',
      'ntnu-itk',
      'ntnu-imt',
      'ntnu-vista-subsea-autonomy',
      'ntnu-sfi-autoship',
      'ntnu-shore-control-centre',
      'blueye-robotics',
      'eelume',
      'maritime-robotics',
      'zeabuz',
      'kongsberg-seatex',
      'sintef-ocean',
    ]) {
      const actor = find(graph, 'Actor', `actor:${slug}`);
      expect(actor?.source, slug).toBe('seed');
      expect(isUrl(actor?.sourceRef), slug).toBe(true);
      expect(
        [...topicsOf(`actor:${slug}`)].some((t) => autonomy.has(t)),
        slug,
      ).toBe(true);
    }
    const partOf = (id: string) =>
      graph.relationships.find((r) => r.type === 'PART_OF' && r.from.key === id)?.to.key;
    expect(partOf('actor:ntnu-sfi-autoship')).toBe('actor:ntnu-itk');
    expect(partOf('actor:sintef-sfi-exposed')).toBe('actor:sintef-ocean');
  });

  it('gives sourced facts a description in English and bokmål', () => {
    for (const slug of ['ntnu-itk', 'ntnu-sfi-autoship', 'zeabuz', 'eelume']) {
      const paragraphs = String(find(graph, 'Actor', `actor:${slug}`)?.description).split('\n\n');
      expect(paragraphs, slug).toHaveLength(2);
    }
  });

  it('links the real partners of the consortia the sources name', () => {
    const partners = (project: string) =>
      graph.relationships
        .filter((r) => r.type === 'PARTICIPATES_IN' && r.to.key === project)
        .map((r) => r.from.key);
    expect(find(graph, 'Project', 'project:sfi-autoship')?.source).toBe('seed');
    expect(partners('project:sfi-autoship')).toEqual([
      'actor:ntnu-sfi-autoship',
      'actor:sintef-ocean',
      'actor:sintef-digital',
      'actor:maritime-robotics',
    ]);
  });

  it('draws the participants of synthetic projects by topic', () => {
    const broader = new Map<string, string[]>();
    for (const r of graph.relationships.filter((x) => x.type === 'BROADER'))
      broader.set(r.from.key, [...(broader.get(r.from.key) ?? []), r.to.key]);
    const near = (a: string, b: string): boolean =>
      a === b || (broader.get(a) ?? []).includes(b) || (broader.get(b) ?? []).includes(a);
    const synthetic = rowsOf(graph, 'Project').filter((p) => p.source === 'synthetic');
    for (const project of synthetic) {
      const topics = [...topicsOf(String(project.id))];
      const participants = graph.relationships.filter(
        (r) => r.type === 'PARTICIPATES_IN' && r.to.key === project.id,
      );
      for (const p of participants) {
        const actor = find(graph, 'Actor', p.from.key);
        // Public actors join now and then whatever the topic; companies and research units fit.
        if (actor?.kind === 'PUBLIC_ACTOR') continue;
        const own = [...topicsOf(p.from.key)];
        expect(
          own.some((a) => topics.some((t) => near(a, t))),
          `${String(project.title)} ← ${p.from.key}`,
        ).toBe(true);
      }
    }
  });

  it('counts actors per topic for IDF', () => {
    const ocean = find(graph, 'Topic', 'topic:ocean-autonomy');
    const expected = graph.relationships.filter(
      (r) =>
        r.type === 'HAS_TOPIC' && r.from.label === 'Actor' && r.to.key === 'topic:ocean-autonomy',
    ).length;
    expect(ocean?.actorCount).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });
});
