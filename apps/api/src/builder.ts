import SchemaBuilder, { PothosValidationError } from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DomainValidationError } from '@kobling/domain';
import { forbidden } from '@kobling/use-cases';
import type { Context } from './context.ts';

/** The types a global id may name: every type implementing Node (a test checks the list). */
export const NODE_TYPES: ReadonlySet<string> = new Set([
  'Actor',
  'Cluster',
  'Introduction',
  'Milestone',
  'Municipality',
  'Opportunity',
  'Person',
  'Project',
  'Technology',
  'Topic',
  'User',
]);

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
    /** A calendar day, ISO 8601 text ("2026-01-31") both ways. */
    Date: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, ErrorsPlugin, ScopeAuthPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  relay: {
    // An id naming a type that is no Node (`Nope:1`, `constructor:x`) is the caller's mistake,
    // not a schema error deep in the node loader.
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalID(globalID);
      if (!NODE_TYPES.has(decoded.typename)) {
        throw new PothosValidationError(`Invalid global ID: ${globalID}`);
      }
      return decoded;
    },
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
    unauthorizedError: (_parent, ctx) => forbidden(ctx.viewer),
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
