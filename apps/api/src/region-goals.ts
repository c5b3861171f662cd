// The plan's goals are facts of the region seed; one source of truth for seed and API.
export { REGION_GOALS } from '@kobling/seeds';
