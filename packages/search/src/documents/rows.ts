/**
 * The plain rows the graph hands to the mappers: public fields plus what they need from
 * neighbours. Declared here so this package does not depend on packages/graph; a row may carry
 * more (an email, say) — mappers copy only what a visitor may see.
 */

/** A topic a searchable entity has (HAS_TOPIC). */
export interface TopicRef {
  readonly slug: string;
  /** English name. */
  readonly name: string;
  /** Bokmål name. */
  readonly nameNb: string;
  /**
   * The topic's synonyms in both languages ("undervannsdroner" for Underwater robotics): what a
   * searcher may type for what an actor works on.
   */
  readonly synonyms?: readonly string[];
}

export interface MunicipalityRef {
  readonly code: string;
  readonly name: string;
}

interface Provenance {
  readonly source: string;
  readonly updatedAt: number;
}

export interface ActorRow extends Provenance {
  readonly id: string;
  readonly kind: string;
  readonly helix: string;
  readonly name: string;
  readonly slug: string;
  readonly description?: string | null;
  readonly isTech?: boolean | null;
  readonly stage?: string | null;
  readonly municipality?: MunicipalityRef | null;
  readonly topics: readonly TopicRef[];
  /** Names of clusters with an ACTIVE membership. */
  readonly clusters?: readonly string[];
  /** Projects it takes part in (PARTICIPATES_IN). */
  readonly projects?: readonly WorkRef[];
  /** Technologies that originated at it or that it commercialises. */
  readonly technologies?: readonly WorkRef[];
  /** The people who work at it (WORKS_AT), with their consent to be listed. */
  readonly people?: readonly ColleagueRef[];
}

/**
 * A piece of an actor's work as its document reads it: a title, where the fact came from, and
 * when it last changed (the document's version covers what it is made of).
 */
export interface WorkRef extends Provenance {
  readonly title: string;
}

export interface ColleagueRef extends Provenance {
  readonly expertise?: string | null;
  readonly listed: boolean;
}

export interface PersonRow extends Provenance {
  readonly id: string;
  readonly name: string;
  readonly title?: string | null;
  readonly expertise?: string | null;
  /** Consented to be listed publicly: without it the person is not searchable at all. */
  readonly listed: boolean;
  /** Present on rows read with the whole node; never copied. */
  readonly email?: string | null;
  /** The actors the person works at. */
  readonly actors?: readonly { readonly name: string; readonly slug: string }[];
  readonly topics: readonly TopicRef[];
}

export interface ClusterRow extends Provenance {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly level: string;
  readonly theme?: string | null;
  readonly description?: string | null;
  readonly topics?: readonly TopicRef[];
}

export interface TechnologyRow extends Provenance {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary?: string | null;
  readonly trl: number;
  readonly stage: string;
  /** Where it came from (ORIGINATED_AT), by name. */
  readonly originatedAt?: readonly string[];
  readonly topics: readonly TopicRef[];
}

export interface OpportunityRow extends Provenance {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body?: string | null;
  readonly status: string;
  readonly visibility: string;
  readonly expiresAt?: number | null;
  /** The posting actor (POSTED). */
  readonly postedBy?: { readonly name: string; readonly slug: string } | null;
  readonly topics: readonly TopicRef[];
}

export interface TopicRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly nameNb: string;
  readonly synonyms?: readonly string[] | null;
  /** The broader topic's names, so "salmon" is found under "aquaculture". */
  readonly broader?: TopicRef | null;
  readonly source: string;
  /** Topic nodes carry no timestamps in the model; the graph may pass a version, else 0. */
  readonly updatedAt?: number | null;
}
