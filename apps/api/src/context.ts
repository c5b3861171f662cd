import { maySeeOpportunity } from '@kobling/use-cases';
import type { Graph, IntroductionRow, OpportunityRow, PersonRow, UserRow } from '@kobling/graph';
import type { ApiMail } from './mail/runtime.ts';
import type { LiveProjection } from '@kobling/projection';
import type { LoginRateLimiter } from './auth/rate-limit.ts';
import type { RequestCredentials } from './auth/sessions.ts';
import type { Viewer } from './auth/viewer.ts';
import { Loaders } from './loaders.ts';
import type { RegisterImports } from './register-import.ts';
import type { ApiSearch } from './search/runtime.ts';

/** Settings fixed when the API is created (from @kobling/config in the server, from tests directly). */
export interface ApiSettings {
  readonly production: boolean;
  readonly sessionSecret: string;
  readonly introductionExpiryMs: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  readonly trustProxy: boolean;
  readonly loginLimiter: LoginRateLimiter;
  readonly now: () => number;
  /** How long a visitor's query result is reused for other visitors; 0 = never (public-cache.ts). */
  readonly publicCacheTtlMs: number;
  /** The only folder admins may import register files from (KOBLING_IMPORT_DIR); null = off. */
  readonly importDir: string | null;
}

/** Everything a resolver may use; a fresh one per request (loaders and auth caches are per request). */
export interface Context {
  readonly graph: Graph;
  /** The in-process graph projection matchmaking reads (see matchmaking/projection.ts). */
  readonly projection: LiveProjection;
  readonly settings: ApiSettings;
  /** The search index and its indexer; null when this API runs without one (some tests). */
  readonly search: ApiSearch | null;
  /** The mail the API queues and sends: its links' site, the worker (for admins' status). */
  readonly mail: ApiMail;
  readonly viewer: Viewer;
  readonly credentials: RequestCredentials;
  /** The client address, for rate limiting. */
  readonly address: string;
  readonly loaders: Loaders;
  readonly access: Access;
  /** Register imports of this API process (admins). */
  readonly registerImports: RegisterImports;
  /** Set-Cookie values to send with the response (log in, log out). */
  readonly responseCookies: string[];
}

/**
 * Who may see what. One place for the rules, used by node loading (invisible rows load as
 * null, so node(id), nodes and nested fields agree), list filters and type-level auth scopes.
 */
export class Access {
  private readonly graph: Graph;
  private readonly viewer: Viewer;
  private readonly loaders: Loaders;
  /** Users who signed in or up during this request: they may read their own account. */
  private readonly signedIn = new Set<string>();
  /** A person profile the viewer made for themself during this request (updateMyPerson). */
  private readonly ownPeople = new Set<string>();

  constructor(graph: Graph, viewer: Viewer, loaders: Loaders) {
    this.graph = graph;
    this.viewer = viewer;
    this.loaders = loaders;
  }

  representsAny(actorIds: readonly string[]): boolean {
    return actorIds.some((id) => this.viewer.approvedActorIds.has(id));
  }

  /** The actors a person works at. */
  async employersOf(personId: string): Promise<string[]> {
    return (await this.loaders.outgoing(this.graph.people.worksAt, personId)).map((l) => l.toKey);
  }

  /** Self, an administrator, or a representative of one of the person's actors. */
  async isPersonSteward(person: PersonRow): Promise<boolean> {
    if (this.viewer.isAdmin || this.viewer.personId === person.id) return true;
    if (this.ownPeople.has(person.id)) return true;
    if (this.viewer.approvedActorIds.size === 0) return false;
    return this.representsAny(await this.employersOf(person.id));
  }

  /** Listed people are public; unlisted ones only to their stewards. */
  async canSeePerson(person: PersonRow): Promise<boolean> {
    return person.listed || this.isPersonSteward(person);
  }

  async posterOf(opportunityId: string): Promise<string | null> {
    const links = await this.loaders.incoming(this.graph.opportunities.postedBy, opportunityId);
    return links[0]?.fromKey ?? null;
  }

  async canSeeOpportunity(opportunity: OpportunityRow): Promise<boolean> {
    // The poster is read only when the rule needs it (a PRIVATE one, a viewer not an admin).
    if (maySeeOpportunity(this.viewer, opportunity, null)) return true;
    return maySeeOpportunity(this.viewer, opportunity, await this.posterOf(opportunity.id));
  }

  /** The requesting, receiving and introducing actors of an introduction. */
  async partiesOf(
    introductionId: string,
  ): Promise<{ requester: string | null; receiver: string | null; via: string | null }> {
    const [requested, to, via] = await Promise.all([
      this.loaders.incoming(this.graph.introductions.requested, introductionId),
      this.loaders.outgoing(this.graph.introductions.to, introductionId),
      this.loaders.outgoing(this.graph.introductions.via, introductionId),
    ]);
    return {
      requester: requested[0]?.fromKey ?? null,
      receiver: to[0]?.toKey ?? null,
      via: via[0]?.toKey ?? null,
    };
  }

  async canSeeIntroduction(introduction: IntroductionRow): Promise<boolean> {
    if (this.viewer.isAdmin) return true;
    if (this.viewer.approvedActorIds.size === 0) return false;
    const parties = await this.partiesOf(introduction.id);
    return this.representsAny(
      [parties.requester, parties.receiver, parties.via].filter((p): p is string => p !== null),
    );
  }

  canSeeUser(user: UserRow): boolean {
    return this.viewer.isAdmin || this.viewer.user?.id === user.id || this.signedIn.has(user.id);
  }

  grantSignedIn(userId: string): void {
    this.signedIn.add(userId);
  }

  grantOwnPerson(personId: string): void {
    this.ownPeople.add(personId);
  }
}

export function createContext(input: {
  graph: Graph;
  projection: LiveProjection;
  settings: ApiSettings;
  search: ApiSearch | null;
  mail: ApiMail;
  viewer: Viewer;
  credentials: RequestCredentials;
  address: string;
  registerImports: RegisterImports;
}): Context {
  const loaders = new Loaders(input.graph);
  return {
    ...input,
    loaders,
    access: new Access(input.graph, input.viewer, loaders),
    responseCookies: [],
  };
}
