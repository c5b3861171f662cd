import { applyMigrations } from './migrate.ts';
import { AccountRepository } from './repositories/accounts.ts';
import { ActorRepository } from './repositories/actors.ts';
import { ClusterRepository } from './repositories/clusters.ts';
import { IntroductionRepository } from './repositories/introductions.ts';
import { KpiRepository } from './repositories/kpis.ts';
import { MunicipalityRepository } from './repositories/municipalities.ts';
import { OpportunityRepository } from './repositories/opportunities.ts';
import { MailRepository } from './repositories/mail.ts';
import { OutboxRepository } from './repositories/outbox.ts';
import { PersonRepository } from './repositories/people.ts';
import { ProjectRepository } from './repositories/projects.ts';
import { RateLimitRepository } from './repositories/rate-limits.ts';
import { ImportJobRepository } from './repositories/import-jobs.ts';
import { TechnologyRepository } from './repositories/technologies.ts';
import { TopicRepository } from './repositories/topics.ts';
import type { CypherRunner } from './runner.ts';
import { openLadybugRunner } from './runners/ladybug.ts';
import { openNeo4jRunner } from './runners/neo4j.ts';

export type GraphConfig =
  | {
      readonly engine: 'ladybug';
      readonly path: string;
      readonly bufferPoolBytes?: number;
      readonly compression?: boolean;
    }
  | {
      readonly engine: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database?: string;
    };

/** The store and every repository over it. Repositories are stateless; the runner holds the connections. */
export interface Graph {
  readonly runner: CypherRunner;
  readonly actors: ActorRepository;
  readonly people: PersonRepository;
  readonly topics: TopicRepository;
  readonly clusters: ClusterRepository;
  readonly municipalities: MunicipalityRepository;
  readonly projects: ProjectRepository;
  readonly technologies: TechnologyRepository;
  readonly opportunities: OpportunityRepository;
  readonly introductions: IntroductionRepository;
  readonly accounts: AccountRepository;
  readonly kpis: KpiRepository;
  readonly rateLimits: RateLimitRepository;
  readonly importJobs: ImportJobRepository;
  readonly outbox: OutboxRepository;
  readonly mail: MailRepository;
  close(): Promise<void>;
}

export function graphOver(runner: CypherRunner): Graph {
  const repositories = {
    actors: new ActorRepository(),
    people: new PersonRepository(),
    topics: new TopicRepository(),
    clusters: new ClusterRepository(),
    municipalities: new MunicipalityRepository(),
    projects: new ProjectRepository(),
    technologies: new TechnologyRepository(),
    opportunities: new OpportunityRepository(),
    introductions: new IntroductionRepository(),
  };
  return {
    runner,
    ...repositories,
    accounts: new AccountRepository(),
    kpis: new KpiRepository(),
    rateLimits: new RateLimitRepository(),
    importJobs: new ImportJobRepository(),
    outbox: new OutboxRepository(runner),
    mail: new MailRepository(),
    close: () => runner.close(),
  };
}

/** Opens the configured store and brings its schema up to date. */
export async function openGraph(config: GraphConfig): Promise<Graph> {
  const runner =
    config.engine === 'ladybug'
      ? openLadybugRunner({
          path: config.path,
          ...(config.bufferPoolBytes ? { bufferPoolBytes: config.bufferPoolBytes } : {}),
          ...(config.compression === undefined ? {} : { compression: config.compression }),
        })
      : openNeo4jRunner(config);
  try {
    await applyMigrations(runner);
  } catch (error) {
    await runner.close();
    throw error;
  }
  return graphOver(runner);
}
