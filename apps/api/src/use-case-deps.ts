import type { UseCaseDeps } from '@kobling/use-cases';
import type { Context } from './context.ts';

/** What the use cases run on, taken from a request's context. */
export function useCaseDeps(ctx: Context): UseCaseDeps {
  return { graph: ctx.graph, now: ctx.settings.now };
}
