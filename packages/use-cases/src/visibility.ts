import type { OpportunityRow } from '@kobling/graph';
import type { Viewer } from './viewer.ts';

/** A PUBLIC opportunity is anyone's; a PRIVATE one its poster's representatives' and admins'. */
export function maySeeOpportunity(
  viewer: Viewer,
  opportunity: OpportunityRow,
  posterId: string | null,
): boolean {
  if (opportunity.visibility === 'PUBLIC' || viewer.isAdmin) return true;
  return posterId !== null && viewer.approvedActorIds.has(posterId);
}
