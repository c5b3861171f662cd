import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DomainValidationError } from '@kobling/domain';
import type { Context } from './context.ts';
import { ForbiddenError } from './errors.ts';

/*
 * Plugin setup only; types live in schema/<type>.ts. Order matters: relay first so auth scopes
 * see decoded global ids; errors before scope-auth so a failed scope becomes a typed
 * ForbiddenError result on mutations; errors before dataloader (plugin docs).
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: {
    loggedIn: boolean;
    admin: boolean;
    /** Represents at least one actor (APPROVED). */
    member: boolean;
    representsActor: string;
    managesCluster: string;
  };
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    /** Epoch milliseconds inside, ISO 8601 text on the wire. */
    DateTime: { Input: number; Output: number };
  };
}>({
  plugins: [RelayPlugin, ErrorsPlugin, ScopeAuthPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    brandLoadedObjects: true,
  },
  errors: {
    defaultTypes: [],
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      loggedIn: ctx.viewer.user !== null,
      admin: ctx.viewer.isAdmin,
      member: ctx.viewer.approvedActorIds.size > 0,
      representsActor: (actorId) => ctx.viewer.approvedActorIds.has(actorId),
      managesCluster: (clusterId) => ctx.viewer.managedClusterIds.has(clusterId),
    }),
    unauthorizedError: (_parent, ctx) =>
      new ForbiddenError(
        ctx.viewer.user === null ? 'Sign in to do this' : 'You are not allowed to do this',
      ),
  },
  validation: {
    validationError: (result) =>
      new DomainValidationError(
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)),
          message: issue.message,
        })),
      ),
  },
});

builder.queryType({});
builder.mutationType({});
