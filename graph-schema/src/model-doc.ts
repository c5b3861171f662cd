import type { GraphModel } from './graph-model.ts';
import type { PropertyDecl } from './model.ts';

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const yes = (flag: boolean | undefined): string => (flag ? 'yes' : '');
const describe = (p: PropertyDecl): string =>
  p.values ? `${p.doc}: one of ${p.values.map((v) => `\`${v}\``).join(', ')}` : p.doc;

function propertyRows(properties: Readonly<Record<string, PropertyDecl>>, key?: string): string[] {
  return Object.entries(properties).map(([name, p]) => {
    const label = name === key ? `**${name}** (key)` : name;
    // The key is required and unique by definition (primary key / uniqueness constraint).
    const isKey = name === key;
    return `| ${[
      label,
      `\`${p.type}\``,
      yes(p.required || isKey),
      yes(p.unique || isKey),
      yes(p.indexed),
      cell(describe(p)),
    ].join(' | ')} |`;
  });
}

/**
 * docs/model.md, rendered from the model: a table per label, the relationships, and a Mermaid
 * diagram. Deterministic, so the drift test can compare it with the committed file.
 */
export function renderModelDoc(model: GraphModel): string {
  const out: string[] = [
    '# Graph model',
    '',
    '<!-- Generated from graph-schema/src/model.ts by `npm run generate -w @kobling/graph-schema`. Do not edit by hand. -->',
    '',
    'One label per node. Times are epoch milliseconds (`INT64`); ids are strings. The key is the',
    'LadybugDB primary key and a Neo4j uniqueness constraint. **unique** properties have a Neo4j',
    'uniqueness constraint and are checked by the repositories (LadybugDB enforces only the key).',
    '**indexed** properties have a Neo4j range index. **required** is enforced by the domain',
    'schemas and repositories on both engines (Neo4j existence constraints are Enterprise only).',
    '',
    '## Diagram',
    '',
    '```mermaid',
    'flowchart LR',
  ];
  for (const rel of model.relationships) {
    for (const [from, to] of rel.endpoints) out.push(`  ${from} -->|${rel.type}| ${to}`);
  }
  out.push('```', '', '## Labels', '');

  for (const node of model.nodes) {
    out.push(
      `### ${node.label}`,
      '',
      cell(node.doc),
      '',
      '| property | type | required | unique | indexed | description |',
      '| --- | --- | --- | --- | --- | --- |',
      ...propertyRows(node.properties, node.key),
      '',
    );
  }

  out.push(
    '## Relationships',
    '',
    '| type | from → to | properties | description |',
    '| --- | --- | --- | --- |',
  );
  for (const rel of model.relationships) {
    const ends = rel.endpoints.map(([from, to]) => `${from} → ${to}`).join('<br>');
    const props = Object.entries(rel.properties)
      .map(([name, p]) => `${name}: \`${p.type}\`${p.required ? ' (required)' : ''}`)
      .join('<br>');
    out.push(`| ${rel.type} | ${ends} | ${props} | ${cell(rel.doc)} |`);
  }
  out.push('');

  const withProps = model.relationships.filter((r) => Object.keys(r.properties).length > 0);
  if (withProps.length > 0) {
    out.push('### Relationship properties', '');
    for (const rel of withProps) {
      out.push(
        `#### ${rel.type}`,
        '',
        '| property | type | required | unique | indexed | description |',
        '| --- | --- | --- | --- | --- | --- |',
        ...propertyRows(rel.properties),
        '',
      );
    }
  }

  out.push(
    '## Schema and linting',
    '',
    '- Neo4j: `neo4jSchemaStatements` — a uniqueness constraint per key and `unique` property, a',
    '  range index per other `indexed` property, all `IF NOT EXISTS`.',
    '- LadybugDB: `ladybugSchemaStatements` — a node table per label (key = `PRIMARY KEY`), a rel',
    '  table per relationship type joining all its label pairs.',
    '- Migrations: `migrations` in graph-schema/src/migrations.ts; version 1 is the generated schema,',
    '  later versions must be idempotent (`ALTER TABLE X ADD IF NOT EXISTS p TYPE`).',
    '- `lintCypher(text)` checks a query with Neo4j’s own parser and semantic analysis against this',
    '  model. It reports syntax errors, undefined variables, unknown functions and wrong argument',
    '  counts (errors), and unknown labels, relationship types and property keys read in `MATCH`,',
    '  `WHERE` or `RETURN`, a wrong direction between labels in `MATCH`, cartesian products and',
    '  deprecations (warnings). It does not see: properties written by `SET` / `ON CREATE SET`,',
    '  labels in `CREATE`, directions in `MERGE`/`CREATE`, which label owns a property key (keys',
    '  are one flat list), value types, or non-portable but valid Neo4j Cypher (`datetime()`, list',
    '  comprehensions, map projections, `CALL {}`). Those are caught by running the query on',
    '  LadybugDB, whose tables are schema-full, in the contract suite.',
    '',
  );
  return out.join('\n');
}
