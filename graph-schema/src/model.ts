/**
 * The graph model, declared once. Every generator (Neo4j constraints, LadybugDB DDL, the lint
 * schema, docs/model.md) reads this file; nothing else describes labels or properties. The
 * closed vocabularies a property takes its values from are declared in vocabularies.ts.
 */

import {
  ACTOR_KINDS,
  CLUSTER_LEVELS,
  COMPANY_STAGES,
  HELICES,
  IMPORT_JOB_STATUSES,
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_STATUSES,
  LANGUAGES,
  MAIL_KINDS,
  MAIL_STATUSES,
  MAIL_TOPICS,
  ACCOUNT_TOKEN_PURPOSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_VISIBILITIES,
  OUTBOX_OPS,
  PROJECT_ROLES,
  REPRESENTATION_STATUSES,
  SOURCES,
  TECHNOLOGY_STAGES,
} from './vocabularies.ts';

export type PropertyType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]';

export interface PropertyDecl {
  readonly type: PropertyType;
  readonly doc: string;
  /** Must be present on every node or relationship of this kind. */
  readonly required?: boolean;
  /** Unique across the label (Neo4j constraint; enforced by repositories on LadybugDB). */
  readonly unique?: boolean;
  /** Worth a range index on Neo4j (filters and sort keys). */
  readonly indexed?: boolean;
  /** The closed vocabulary (vocabularies.ts) a STRING property takes its value from. */
  readonly values?: readonly string[];
}

export interface NodeDecl {
  readonly label: string;
  readonly doc: string;
  /** The primary key: a LadybugDB PRIMARY KEY and a Neo4j uniqueness constraint. */
  readonly key: string;
  readonly properties: Readonly<Record<string, PropertyDecl>>;
}

export interface RelationshipDecl {
  readonly type: string;
  readonly doc: string;
  readonly endpoints: readonly (readonly [from: string, to: string])[];
  readonly properties: Readonly<Record<string, PropertyDecl>>;
}

const str = <const E extends Partial<PropertyDecl> = Record<never, never>>(
  doc: string,
  extra?: E,
) => ({ type: 'STRING', doc, ...extra }) as { readonly type: 'STRING'; readonly doc: string } & E;
const int = <const E extends Partial<PropertyDecl> = Record<never, never>>(
  doc: string,
  extra?: E,
) => ({ type: 'INT64', doc, ...extra }) as { readonly type: 'INT64'; readonly doc: string } & E;
const bool = <const E extends Partial<PropertyDecl> = Record<never, never>>(
  doc: string,
  extra?: E,
) => ({ type: 'BOOLEAN', doc, ...extra }) as { readonly type: 'BOOLEAN'; readonly doc: string } & E;
const dbl = <const E extends Partial<PropertyDecl> = Record<never, never>>(
  doc: string,
  extra?: E,
) => ({ type: 'DOUBLE', doc, ...extra }) as { readonly type: 'DOUBLE'; readonly doc: string } & E;
const strList = <const E extends Partial<PropertyDecl> = Record<never, never>>(
  doc: string,
  extra?: E,
) =>
  ({ type: 'STRING[]', doc, ...extra }) as { readonly type: 'STRING[]'; readonly doc: string } & E;

const id = str('Stable id: UUIDv7, or a slug-like id for seeded facts', { required: true });
const provenance = {
  source: str('Where the fact comes from', { values: SOURCES, required: true, indexed: true }),
  sourceRef: str('URL or register id of the source; empty for user-entered data'),
} as const;
const timestamps = {
  createdAt: int('Created, epoch ms', { required: true }),
  updatedAt: int('Last changed, epoch ms', { required: true }),
} as const;

export const nodes = [
  {
    label: 'Actor',
    doc: 'An organisation of the triple helix: company, research group, institution, public actor, investor or intermediary',
    key: 'id',
    properties: {
      id,
      kind: str('Kind of organisation', { values: ACTOR_KINDS, required: true, indexed: true }),
      helix: str('Strand of the triple helix', { values: HELICES, required: true, indexed: true }),
      name: str('Display name', { required: true, indexed: true }),
      slug: str('URL slug', { required: true, unique: true }),
      description: str('Public description'),
      website: str('Public website URL'),
      orgNumber: str('Norwegian organisation number (9 digits, mod-11 check digit)', {
        unique: true,
      }),
      naceCode: str('Primary NACE (SN2007) code, e.g. "62.010"', { indexed: true }),
      employees: int('Number of employees, when known'),
      foundedYear: int('Year founded'),
      isTech: bool('Counts as a technology company for the region KPIs', { indexed: true }),
      stage: str('Company stage', { values: COMPANY_STAGES, indexed: true }),
      editedFields: strList(
        'Fields a person edited by hand; register imports never overwrite them',
      ),
      ...provenance,
      ...timestamps,
    },
  },
  {
    label: 'Person',
    doc: 'A person working at an actor; listed publicly only with consent',
    key: 'id',
    properties: {
      id,
      name: str('Full name', { required: true }),
      title: str('Job title'),
      email: str('Contact email; never public'),
      expertise: str('Summary of expertise'),
      listed: bool('Consented to be listed publicly', { required: true, indexed: true }),
      consentAt: int('When consent to be listed was given, epoch ms'),
      ...provenance,
      ...timestamps,
    },
  },
  {
    label: 'Topic',
    doc: 'A node of the topic taxonomy (English and bokmål names)',
    key: 'id',
    properties: {
      id,
      slug: str('URL slug', { required: true, unique: true }),
      name: str('English name', { required: true, indexed: true }),
      nameNb: str('Bokmål name', { required: true }),
      synonyms: strList('Synonyms in both languages, lower case'),
      actorCount: int('Number of actors with this topic, kept current for IDF weighting'),
      ...provenance,
    },
  },
  {
    label: 'Cluster',
    doc: 'A cluster organisation (Norwegian Innovation Clusters or other)',
    key: 'id',
    properties: {
      id,
      slug: str('URL slug', { required: true, unique: true }),
      name: str('Name', { required: true, indexed: true }),
      level: str('Programme level', { values: CLUSTER_LEVELS, required: true, indexed: true }),
      theme: str('Theme in a few words'),
      description: str('Public description'),
      website: str('Public website URL'),
      startYear: int('Year the cluster started'),
      endYear: int('Year the cluster programme ended, when it has'),
      reportedMembers: int('Member count published by the cluster or its funder'),
      ...provenance,
      ...timestamps,
    },
  },
  {
    label: 'Municipality',
    doc: 'A Norwegian municipality (kommune)',
    key: 'code',
    properties: {
      code: str('Current kommunenummer (4 digits)', { required: true }),
      name: str('Name', { required: true }),
      county: str('County (fylke)', { required: true }),
      population: int('Population'),
      populationYear: int('Year the population figure refers to'),
      inRegion: bool('Member of Trondheimsregionen', { required: true, indexed: true }),
      formerCodes: strList('Earlier kommunenummer that map to this municipality'),
      ...provenance,
    },
  },
  {
    label: 'Project',
    doc: 'A collaborative R&D or innovation project',
    key: 'id',
    properties: {
      id,
      title: str('Title', { required: true, indexed: true }),
      summary: str('Summary'),
      funder: str('Funder, e.g. "Forskningsrådet"'),
      startYear: int('Start year'),
      endYear: int('End year'),
      ...provenance,
      ...timestamps,
    },
  },
  {
    label: 'Technology',
    doc: 'A technology on its way from disclosure to market',
    key: 'id',
    properties: {
      id,
      slug: str('URL slug', { required: true, unique: true }),
      title: str('Title', { required: true, indexed: true }),
      summary: str('Summary'),
      trl: int('Technology readiness level 1–9', { required: true, indexed: true }),
      stage: str('Stage on the way to market', {
        values: TECHNOLOGY_STAGES,
        required: true,
        indexed: true,
      }),
      ...provenance,
      ...timestamps,
    },
  },
  {
    label: 'Milestone',
    doc: 'A dated step in the history of a technology',
    key: 'id',
    properties: {
      id,
      stage: str('Stage reached', { values: TECHNOLOGY_STAGES, required: true }),
      trl: int('TRL at this point', { required: true }),
      at: int('When, epoch ms', { required: true, indexed: true }),
      note: str('What happened'),
      ...provenance,
    },
  },
  {
    label: 'Opportunity',
    doc: 'A need, offer or challenge posted by an actor',
    key: 'id',
    properties: {
      id,
      kind: str('What is posted', { values: OPPORTUNITY_KINDS, required: true, indexed: true }),
      title: str('Title', { required: true }),
      body: str('Description'),
      status: str('Open or closed', {
        values: OPPORTUNITY_STATUSES,
        required: true,
        indexed: true,
      }),
      visibility: str('Who sees it: PRIVATE is only the posting actor’s representatives', {
        values: OPPORTUNITY_VISIBILITIES,
        required: true,
        indexed: true,
      }),
      expiresAt: int('When it stops being shown, epoch ms'),
      closedAt: int('When it was closed, epoch ms'),
      ...provenance,
      ...timestamps,
    },
  },
  {
    label: 'Introduction',
    doc: 'A double opt-in introduction between two actors',
    key: 'id',
    properties: {
      id,
      status: str('Where the double opt-in stands', {
        values: INTRODUCTION_STATUSES,
        required: true,
        indexed: true,
      }),
      message: str('Message from the requester'),
      explanation: str('The suggestion explanation (JSON) the request was made from'),
      score: dbl('The suggestion score (0–100) the request was made from'),
      requestedBy: str('Id of the user who asked'),
      respondedAt: int('When the receiving side answered, epoch ms'),
      expiresAt: int('When an unanswered request expires, epoch ms', { indexed: true }),
      // Not `values`: free text is allowed besides the usual outcomes.
      outcome: str(`What came of it: ${INTRODUCTION_OUTCOMES.join(', ')} or free text`),
      outcomeAt: int('When the outcome was recorded, epoch ms'),
      ...provenance,
      ...timestamps,
    },
  },
  {
    label: 'User',
    doc: 'An account',
    key: 'id',
    properties: {
      id,
      email: str('Login email, lower case', { required: true, unique: true }),
      passwordHash: str('scrypt hash with parameters and salt', { required: true }),
      name: str('Display name', { required: true }),
      isAdmin: bool('Administrator', { required: true }),
      createdAt: int('Created, epoch ms', { required: true }),
      emailVerifiedAt: int('When the owner confirmed the address (a mailed link), epoch ms'),
      language: str('The language of the mail the user gets; bokmål when absent', {
        values: LANGUAGES,
      }),
      mailOptOut: strList(`Notification groups turned off: ${MAIL_TOPICS.join(', ')}`),
    },
  },
  {
    label: 'AccountToken',
    doc: 'A mailed single-use link (verify an address, reset a password, change the address); the id is a hash of the token in the link',
    key: 'id',
    properties: {
      id: str('SHA-256 of the token', { required: true }),
      userId: str('The account it acts on', { required: true, indexed: true }),
      purpose: str('What the link does', { values: ACCOUNT_TOKEN_PURPOSES, required: true }),
      email: str('The address the link was sent to (for CHANGE_EMAIL: the new address)', {
        required: true,
      }),
      createdAt: int('Created, epoch ms', { required: true }),
      expiresAt: int('Unusable after, epoch ms', { required: true }),
      usedAt: int('Used, epoch ms; a used token never works again'),
    },
  },
  {
    label: 'MailMessage',
    doc: 'A mail to send, queued in the transaction of the event that causes it; the id is its idempotency key and Message-ID',
    key: 'id',
    properties: {
      id: str('UUIDv7, or a key derived from the event (a digest week, an expiry reminder)', {
        required: true,
      }),
      kind: str('Which template', { values: MAIL_KINDS, required: true }),
      toAddress: str('The recipient address', { required: true }),
      userId: str('The recipient account, when there is one', { indexed: true }),
      language: str('The language it is written in', { values: LANGUAGES, required: true }),
      data: str('The template values (JSON); emptied once sent through a relay', {
        required: true,
      }),
      status: str('Where sending stands', { values: MAIL_STATUSES, required: true, indexed: true }),
      attempts: int('Send attempts so far', { required: true }),
      nextAttemptAt: int('Not tried before, epoch ms (a claim moves it past the lease)', {
        required: true,
        indexed: true,
      }),
      lastError: str('The last failure or bounce, as the relay said it'),
      createdAt: int('Queued, epoch ms', { required: true, indexed: true }),
      sentAt: int('Accepted by the relay (or kept in the development mailbox), epoch ms'),
      transport: str('Where it went: smtp, or mailbox (no SMTP_URL configured)'),
    },
  },
  {
    label: 'Session',
    doc: 'A server-side session; the id is a hash of the opaque token the client holds',
    key: 'id',
    properties: {
      id: str('SHA-256 of the session token', { required: true }),
      userId: str('The user the session belongs to', { required: true, indexed: true }),
      createdAt: int('Created, epoch ms', { required: true }),
      expiresAt: int('Expires, epoch ms', { required: true }),
    },
  },
  {
    label: 'RateLimit',
    doc: 'A fixed-window counter (failed logins, sign-ups) kept in the store, so every API instance sees it and it outlives a restart',
    key: 'id',
    properties: {
      id: str('What is counted and for whom, e.g. login-address:<address>', { required: true }),
      count: int('Events in the current window', { required: true }),
      resetAt: int('When the window ends, epoch ms', { required: true, indexed: true }),
    },
  },
  {
    label: 'ImportJob',
    doc: 'A register import started by an administrator, with its progress: in the store, so every API instance sees it and a restart leaves a record',
    key: 'id',
    properties: {
      id,
      path: str('The file, relative to KOBLING_IMPORT_DIR', { required: true }),
      dryRun: bool('Read and count without writing', { required: true }),
      status: str('Progress of the import', { values: IMPORT_JOB_STATUSES, required: true }),
      runningSlot: str('Set while RUNNING, so two imports cannot run at once', { unique: true }),
      startedAt: int('Started, epoch ms', { required: true, indexed: true }),
      heartbeatAt: int('Last sign of life of the process running it, epoch ms', { required: true }),
      finishedAt: int('Finished, epoch ms'),
      read: int('Rows read', { required: true }),
      valid: int('Distinct valid units', { required: true }),
      imported: int('Units handed to the writer', { required: true }),
      filteredOutOfRegion: int('Units outside the region', { required: true }),
      filteredInactive: int('Regional units that are bankrupt, dissolving or deleted', {
        required: true,
      }),
      rejected: int('Rejected rows', { required: true }),
      bytesRead: int('Source bytes processed', { required: true }),
      totalBytes: int('Size of the source file, when known'),
      created: int('Actors created (when done)'),
      updated: int('Actors updated (when done)'),
      error: str('Why it failed'),
    },
  },
  {
    label: 'KpiObservation',
    doc: 'A published figure for the region’s technology KPIs in one year',
    key: 'id',
    properties: {
      id,
      year: int('Year the figure refers to', { required: true, indexed: true }),
      techCompanies: int('Technology companies in the region'),
      techEmployees: int('Employees of technology companies in the region'),
      note: str('Qualifier, e.g. "estimate"'),
      ...provenance,
    },
  },
  {
    label: 'OutboxEvent',
    doc: 'A change to a searchable entity, written in the same transaction as the change',
    key: 'id',
    properties: {
      id: str('UUIDv7: ordered by creation', { required: true }),
      entity: str('Label of the changed entity', { required: true }),
      entityId: str('Id of the changed entity', { required: true }),
      op: str('What happened to the entity', { values: OUTBOX_OPS, required: true }),
      createdAt: int('Written, epoch ms', { required: true }),
      attempts: int('Failed attempts so far', { required: true }),
      nextAttemptAt: int('Not retried before, epoch ms', { required: true, indexed: true }),
      lastError: str('The last failure'),
      doneAt: int('Applied and confirmed by the index, epoch ms; 0 while pending', {
        required: true,
        indexed: true,
      }),
    },
  },
  {
    label: 'Migration',
    doc: 'A schema migration that has been applied',
    key: 'id',
    properties: {
      id: str('Zero-padded version, e.g. "0001"', { required: true }),
      name: str('What it does', { required: true }),
      appliedAt: int('Applied, epoch ms', { required: true }),
    },
  },
] as const satisfies readonly NodeDecl[];

const topicHolders = ['Actor', 'Person', 'Project', 'Technology', 'Opportunity'] as const;

export const relationships = [
  {
    type: 'PART_OF',
    doc: 'Organisational hierarchy: group → department → faculty → institution',
    endpoints: [['Actor', 'Actor']],
    properties: {},
  },
  {
    type: 'LOCATED_IN',
    doc: 'Where an actor is located',
    endpoints: [['Actor', 'Municipality']],
    properties: {},
  },
  {
    type: 'HAS_TOPIC',
    doc: 'What an actor, person, project, technology or opportunity is about',
    endpoints: topicHolders.map((from) => [from, 'Topic'] as const),
    properties: { weight: dbl('Strength 0–1', { required: true }) },
  },
  {
    type: 'BROADER',
    doc: 'Taxonomy: the narrower topic points to its broader topic',
    endpoints: [['Topic', 'Topic']],
    properties: {},
  },
  {
    type: 'MEMBER_OF',
    doc: 'Cluster membership with its life cycle',
    endpoints: [['Actor', 'Cluster']],
    properties: {
      status: str('Where the membership stands', { values: MEMBERSHIP_STATUSES, required: true }),
      role: str('Role in the cluster', { values: MEMBERSHIP_ROLES }),
      since: int('When the status last changed, epoch ms', { required: true }),
    },
  },
  {
    type: 'FACILITATES',
    doc: 'The organisation that runs a cluster',
    endpoints: [['Actor', 'Cluster']],
    properties: {},
  },
  {
    type: 'WORKS_AT',
    doc: 'Employment or affiliation',
    endpoints: [['Person', 'Actor']],
    properties: { role: str('Role at the actor') },
  },
  {
    type: 'PARTICIPATES_IN',
    doc: 'Project participation',
    endpoints: [['Actor', 'Project']],
    properties: { role: str('Role in the project', { values: PROJECT_ROLES, required: true }) },
  },
  {
    type: 'ORIGINATED_AT',
    doc: 'The research group or institution a technology came from',
    endpoints: [['Technology', 'Actor']],
    properties: {},
  },
  {
    type: 'COMMERCIALISED_BY',
    doc: 'The company (licensee or spin-off) that takes a technology to market',
    endpoints: [['Technology', 'Actor']],
    properties: {},
  },
  {
    type: 'SUPPORTED_BY',
    doc: 'TTOs, funders and investors that supported a technology',
    endpoints: [['Technology', 'Actor']],
    properties: {},
  },
  {
    type: 'HAS_MILESTONE',
    doc: 'The dated history of a technology',
    endpoints: [['Technology', 'Milestone']],
    properties: {},
  },
  {
    type: 'POSTED',
    doc: 'The actor that posted an opportunity',
    endpoints: [['Actor', 'Opportunity']],
    properties: {},
  },
  {
    type: 'REQUESTED',
    doc: 'The actor asking for an introduction',
    endpoints: [['Actor', 'Introduction']],
    properties: {},
  },
  {
    type: 'TO',
    doc: 'The actor an introduction is asked of',
    endpoints: [['Introduction', 'Actor']],
    properties: {},
  },
  {
    type: 'VIA',
    doc: 'The introducer suggested by a warm path',
    endpoints: [['Introduction', 'Actor']],
    properties: {},
  },
  {
    type: 'ABOUT',
    doc: 'The opportunity an introduction answers',
    endpoints: [['Introduction', 'Opportunity']],
    properties: {},
  },
  {
    type: 'REPRESENTS',
    doc: 'A user acting for an actor; a claim until an administrator approves it',
    endpoints: [['User', 'Actor']],
    properties: {
      status: str('A claim until an administrator approves it', {
        values: REPRESENTATION_STATUSES,
        required: true,
      }),
      role: str('Role at the actor'),
      since: int('When the status last changed, epoch ms', { required: true }),
    },
  },
  {
    type: 'MANAGES',
    doc: 'A user who manages a cluster',
    endpoints: [['User', 'Cluster']],
    properties: {},
  },
  {
    type: 'IS',
    doc: 'The person profile of a user',
    endpoints: [['User', 'Person']],
    properties: {},
  },
] as const satisfies readonly RelationshipDecl[];

export type NodeLabel = (typeof nodes)[number]['label'];
export type RelationshipType = (typeof relationships)[number]['type'];

/** Every label, e.g. the labels an outbox event may name. */
export const NODE_LABELS: readonly NodeLabel[] = nodes.map((n) => n.label);

export const model = { nodes, relationships } as const;
