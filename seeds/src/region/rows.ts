/**
 * Row builders: one per label the seed writes. Each returns every property the model declares
 * for the label, in the model's order, with null for what is not known, so rows are homogeneous
 * and the validator can check that nothing is missing. Times default to SEED_TIME.
 */
import type {
  ActorKind,
  ClusterLevel,
  CompanyStage,
  Helix,
  IntroductionStatus,
  OpportunityKind,
  OpportunityStatus,
  OpportunityVisibility,
  Source,
  TechnologyStage,
} from '@kobling/domain';
import { SEED_TIME, type Row } from './seed-graph.ts';

interface Provenance {
  /** The seed writes public facts and invented data, nothing from the register or users. */
  source: Extract<Source, 'seed' | 'synthetic'>;
  sourceRef: string;
}

export interface ActorInput extends Provenance {
  id: string;
  kind: ActorKind;
  helix: Helix;
  name: string;
  slug: string;
  description?: string | null;
  website?: string | null;
  orgNumber?: string | null;
  naceCode?: string | null;
  employees?: number | null;
  foundedYear?: number | null;
  isTech?: boolean | null;
  stage?: CompanyStage | null;
}

export const actorRow = (a: ActorInput): Row => ({
  id: a.id,
  kind: a.kind,
  helix: a.helix,
  name: a.name,
  slug: a.slug,
  description: a.description ?? null,
  website: a.website ?? null,
  orgNumber: a.orgNumber ?? null,
  naceCode: a.naceCode ?? null,
  employees: a.employees ?? null,
  foundedYear: a.foundedYear ?? null,
  isTech: a.isTech ?? null,
  stage: a.stage ?? null,
  editedFields: [],
  source: a.source,
  sourceRef: a.sourceRef,
  createdAt: SEED_TIME,
  updatedAt: SEED_TIME,
});

export interface PersonInput extends Provenance {
  id: string;
  name: string;
  title?: string | null;
  email?: string | null;
  expertise?: string | null;
  listed: boolean;
  consentAt?: number | null;
}

export const personRow = (p: PersonInput): Row => ({
  id: p.id,
  name: p.name,
  title: p.title ?? null,
  email: p.email ?? null,
  expertise: p.expertise ?? null,
  listed: p.listed,
  consentAt: p.consentAt ?? null,
  source: p.source,
  sourceRef: p.sourceRef,
  createdAt: SEED_TIME,
  updatedAt: SEED_TIME,
});

export interface TopicInput extends Provenance {
  id: string;
  slug: string;
  name: string;
  nameNb: string;
  synonyms: string[];
  actorCount?: number | null;
}

export const topicRow = (t: TopicInput): Row => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  nameNb: t.nameNb,
  synonyms: [...t.synonyms],
  actorCount: t.actorCount ?? null,
  source: t.source,
  sourceRef: t.sourceRef,
});

export interface ClusterInput extends Provenance {
  id: string;
  slug: string;
  name: string;
  level: ClusterLevel;
  theme?: string | null;
  description?: string | null;
  website?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  reportedMembers?: number | null;
}

export const clusterRow = (c: ClusterInput): Row => ({
  id: c.id,
  slug: c.slug,
  name: c.name,
  level: c.level,
  theme: c.theme ?? null,
  description: c.description ?? null,
  website: c.website ?? null,
  startYear: c.startYear ?? null,
  endYear: c.endYear ?? null,
  reportedMembers: c.reportedMembers ?? null,
  source: c.source,
  sourceRef: c.sourceRef,
  createdAt: SEED_TIME,
  updatedAt: SEED_TIME,
});

export interface MunicipalityInput extends Provenance {
  code: string;
  name: string;
  county: string;
  population?: number | null;
  populationYear?: number | null;
  inRegion: boolean;
  formerCodes: string[];
}

export const municipalityRow = (m: MunicipalityInput): Row => ({
  code: m.code,
  name: m.name,
  county: m.county,
  population: m.population ?? null,
  populationYear: m.populationYear ?? null,
  inRegion: m.inRegion,
  formerCodes: [...m.formerCodes],
  source: m.source,
  sourceRef: m.sourceRef,
});

export interface ProjectInput extends Provenance {
  id: string;
  title: string;
  summary?: string | null;
  funder?: string | null;
  startYear?: number | null;
  endYear?: number | null;
}

export const projectRow = (p: ProjectInput): Row => ({
  id: p.id,
  title: p.title,
  summary: p.summary ?? null,
  funder: p.funder ?? null,
  startYear: p.startYear ?? null,
  endYear: p.endYear ?? null,
  source: p.source,
  sourceRef: p.sourceRef,
  createdAt: SEED_TIME,
  updatedAt: SEED_TIME,
});

export interface TechnologyInput extends Provenance {
  id: string;
  slug: string;
  title: string;
  summary?: string | null;
  trl: number;
  stage: TechnologyStage;
}

export const technologyRow = (t: TechnologyInput): Row => ({
  id: t.id,
  slug: t.slug,
  title: t.title,
  summary: t.summary ?? null,
  trl: t.trl,
  stage: t.stage,
  source: t.source,
  sourceRef: t.sourceRef,
  createdAt: SEED_TIME,
  updatedAt: SEED_TIME,
});

export interface MilestoneInput extends Provenance {
  id: string;
  stage: TechnologyStage;
  trl: number;
  at: number;
  note?: string | null;
}

export const milestoneRow = (m: MilestoneInput): Row => ({
  id: m.id,
  stage: m.stage,
  trl: m.trl,
  at: m.at,
  note: m.note ?? null,
  source: m.source,
  sourceRef: m.sourceRef,
});

export interface OpportunityInput extends Provenance {
  id: string;
  kind: OpportunityKind;
  title: string;
  body?: string | null;
  status: OpportunityStatus;
  visibility: OpportunityVisibility;
  expiresAt?: number | null;
  closedAt?: number | null;
  createdAt: number;
}

export const opportunityRow = (o: OpportunityInput): Row => ({
  id: o.id,
  kind: o.kind,
  title: o.title,
  body: o.body ?? null,
  status: o.status,
  visibility: o.visibility,
  expiresAt: o.expiresAt ?? null,
  closedAt: o.closedAt ?? null,
  source: o.source,
  sourceRef: o.sourceRef,
  createdAt: o.createdAt,
  updatedAt: o.closedAt ?? o.createdAt,
});

export interface IntroductionInput extends Provenance {
  id: string;
  status: IntroductionStatus;
  message?: string | null;
  explanation?: string | null;
  score?: number | null;
  requestedBy?: string | null;
  respondedAt?: number | null;
  expiresAt?: number | null;
  outcome?: string | null;
  outcomeAt?: number | null;
  createdAt: number;
}

export const introductionRow = (i: IntroductionInput): Row => ({
  id: i.id,
  status: i.status,
  message: i.message ?? null,
  explanation: i.explanation ?? null,
  score: i.score ?? null,
  requestedBy: i.requestedBy ?? null,
  respondedAt: i.respondedAt ?? null,
  expiresAt: i.expiresAt ?? null,
  outcome: i.outcome ?? null,
  outcomeAt: i.outcomeAt ?? null,
  source: i.source,
  sourceRef: i.sourceRef,
  createdAt: i.createdAt,
  updatedAt: Math.max(i.createdAt, i.respondedAt ?? 0, i.outcomeAt ?? 0),
});

export interface KpiInput extends Provenance {
  id: string;
  year: number;
  techCompanies: number | null;
  techEmployees: number | null;
  note?: string | null;
}

export const kpiRow = (k: KpiInput): Row => ({
  id: k.id,
  year: k.year,
  techCompanies: k.techCompanies,
  techEmployees: k.techEmployees,
  note: k.note ?? null,
  source: k.source,
  sourceRef: k.sourceRef,
});
