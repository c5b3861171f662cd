import {
  ACTOR_KINDS,
  CLUSTER_LEVELS,
  COMPANY_STAGES,
  HELICES,
  INTRODUCTION_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_VISIBILITIES,
  REPRESENTATION_STATUSES,
  TECHNOLOGY_STAGES,
} from '@kobling/domain';
import { ROLES } from '../auth/viewer.ts';
import { builder } from '../builder.ts';

export const ActorKindEnum = builder.enumType('ActorKind', { values: ACTOR_KINDS });
export const HelixEnum = builder.enumType('Helix', { values: HELICES });
export const CompanyStageEnum = builder.enumType('CompanyStage', { values: COMPANY_STAGES });
export const ClusterLevelEnum = builder.enumType('ClusterLevel', { values: CLUSTER_LEVELS });
export const TechnologyStageEnum = builder.enumType('TechnologyStage', {
  values: TECHNOLOGY_STAGES,
});
export const MembershipStatusEnum = builder.enumType('MembershipStatus', {
  values: MEMBERSHIP_STATUSES,
});
export const MembershipRoleEnum = builder.enumType('MembershipRole', { values: MEMBERSHIP_ROLES });
export const OpportunityKindEnum = builder.enumType('OpportunityKind', {
  values: OPPORTUNITY_KINDS,
});
export const OpportunityStatusEnum = builder.enumType('OpportunityStatus', {
  values: OPPORTUNITY_STATUSES,
});
export const OpportunityVisibilityEnum = builder.enumType('OpportunityVisibility', {
  values: OPPORTUNITY_VISIBILITIES,
});
export const IntroductionStatusEnum = builder.enumType('IntroductionStatus', {
  values: INTRODUCTION_STATUSES,
});
export const RepresentationStatusEnum = builder.enumType('RepresentationStatus', {
  values: REPRESENTATION_STATUSES,
});
export const RoleEnum = builder.enumType('Role', { values: ROLES });
