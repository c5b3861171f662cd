export { ACTOR_KINDS } from './enums.ts';
export { actorSchema, actorCreateInput, actorUpdateInput, newActor } from './entities/actor.ts';
export type { Actor } from './entities/actor.ts';
