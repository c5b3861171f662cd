import type { ActorKind, CompanyStage, Helix, Source } from '@kobling/domain';

/*
 * The facts of the projection as plain rows: what one entity looks like to a reader, whether it
 * comes from the bulk-built base or from the overlay of recent changes.
 */

export interface TopicLink {
  readonly topicId: string;
  readonly weight: number;
}

export interface MembershipFact {
  readonly clusterId: string;
  readonly status: string;
  readonly role: string | null;
  readonly since: number | null;
}

export interface ParticipationFact {
  readonly projectId: string;
  readonly role: string | null;
}

export interface IntroductionCounts {
  readonly accepted: number;
  readonly declined: number;
  readonly expired: number;
  readonly completed: number;
}

/** An actor and every tie of it the projection holds; lists in the id order of their targets. */
export interface ActorFacts {
  readonly id: string;
  readonly kind: ActorKind;
  readonly helix: Helix;
  readonly name: string;
  readonly slug: string;
  readonly stage: CompanyStage | null;
  /** Where its row comes from ("seed", "synthetic", a register, the platform). */
  readonly source: Source;
  /** Its municipality code (the lowest, should there be several). */
  readonly place: string | null;
  readonly topics: readonly TopicLink[];
  readonly memberships: readonly MembershipFact[];
  readonly projects: readonly ParticipationFact[];
  /** Ids of the opportunities it posted, any status. */
  readonly opportunities: readonly string[];
  /** Distinct technologies that originated at it or that it commercialises. */
  readonly technologyCount: number;
  /** Ids of the technologies that originated at it. */
  readonly originated: readonly string[];
  /** Ids of the people who work at it. */
  readonly people: readonly string[];
  /** The organisation it is part of (the lowest id, should there be several). */
  readonly partOf: string | null;
  /** Ids of the organisations that are part of it. */
  readonly parts: readonly string[];
  /** Introductions it received, by outcome. */
  readonly introductions: IntroductionCounts;
}

export interface TopicFact {
  readonly id: string;
  readonly name: string;
  readonly nameNb: string;
  readonly slug: string;
  readonly actorCount: number;
  /** The first broader topic by id, as there is one. */
  readonly broaderId: string | null;
  readonly synonyms: readonly string[];
}

export interface MunicipalityFact {
  readonly code: string;
  readonly name: string;
  readonly inRegion: boolean;
}

export interface ClusterFact {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly startYear: number | null;
  readonly endYear: number | null;
}

export interface ProjectFact {
  readonly id: string;
  readonly title: string;
  readonly startYear: number | null;
  readonly endYear: number | null;
  readonly funder: string | null;
}

export interface OpportunityFact {
  readonly id: string;
  readonly actorId: string;
  readonly kind: string;
  readonly status: string;
  readonly visibility: string;
  readonly title: string;
  readonly createdAt: number;
  /** Topic ids in id order. */
  readonly topicIds: readonly string[];
}

/**
 * An introduction as a dated tie: who asked whom, where it stands and when the receiver answered.
 * Private to its two sides: network analytics counts it only for a viewer allowed to see it.
 */
export interface IntroductionFact {
  readonly id: string;
  readonly requesterId: string | null;
  readonly receiverId: string;
  readonly status: string;
  /** When the receiving side answered, epoch ms. */
  readonly respondedAt: number | null;
}

export interface PersonFacts {
  readonly id: string;
  readonly name: string;
  readonly listed: boolean;
  /** Where the person works, in id order. */
  readonly employers: readonly string[];
  readonly topics: readonly TopicLink[];
}

export const NO_INTRODUCTIONS: IntroductionCounts = {
  accepted: 0,
  declined: 0,
  expired: 0,
  completed: 0,
};

/** Code-unit order, as the stores order ids in `ORDER BY`. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
