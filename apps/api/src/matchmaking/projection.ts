import type { Projection } from '@kobling/projection';
import type { Context } from '../context.ts';
import { mapped } from '../errors.ts';

/**
 * How long a request waits for the graph projection while the server is still building it; past
 * this it answers PROJECTION_NOT_READY. A few seconds covers a small store's build.
 */
export const PROJECTION_WAIT_MS = 10_000;

/**
 * The projection version a request reads, including every write this instance committed before
 * it; one version for the whole request.
 */
export function projectionFor(ctx: Context): Promise<Projection> {
  return mapped(() => ctx.projection.fresh(PROJECTION_WAIT_MS));
}
