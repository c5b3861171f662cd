import { builder } from '../builder.ts';
import './common.ts';
import './enums.ts';
import './refs.ts';
import './actor.ts';
import './person.ts';
import './topic.ts';
import './cluster.ts';
import './municipality.ts';
import './project.ts';
import './technology.ts';
import './opportunity.ts';
import './introduction.ts';
import './mail.ts';
import './user.ts';
import './region.ts';
import './matchmaking.ts';
import './network.ts';
import './cluster-trend.ts';
import './suggestion-impact.ts';
import './alert-fix.ts';
import './search.ts';
import './register-import.ts';

/** The whole schema; built once per process. */
export const schema = builder.toSchema({ sortSchema: true });
