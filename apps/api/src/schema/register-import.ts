import { builder } from '../builder.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../errors.ts';
import type { ImportJobRow } from '@kobling/graph';

const RegisterImportStatusEnum = builder.enumType('RegisterImportStatus', {
  values: ['RUNNING', 'DONE', 'FAILED'] as const,
});

const RegisterImportRef = builder.objectRef<ImportJobRow>('RegisterImport').implement({
  description: 'A register import, running or finished (admins); poll for progress',
  fields: (t) => ({
    id: t.exposeID('id'),
    path: t.exposeString('path', { description: 'Relative to KOBLING_IMPORT_DIR' }),
    dryRun: t.exposeBoolean('dryRun'),
    status: t.field({
      type: RegisterImportStatusEnum,
      resolve: (j) => j.status,
    }),
    startedAt: t.field({ type: 'DateTime', resolve: (j) => j.startedAt }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (j) => j.finishedAt }),
    read: t.exposeInt('read'),
    valid: t.exposeInt('valid'),
    imported: t.exposeInt('imported'),
    filteredOutOfRegion: t.exposeInt('filteredOutOfRegion'),
    filteredInactive: t.exposeInt('filteredInactive'),
    rejected: t.exposeInt('rejected'),
    bytesRead: t.float({ resolve: (j) => j.bytesRead }),
    totalBytes: t.float({ nullable: true, resolve: (j) => j.totalBytes }),
    created: t.exposeInt('created', { nullable: true }),
    updated: t.exposeInt('updated', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  registerImports: t.field({
    type: [RegisterImportRef],
    description: 'The 50 newest register imports, newest first (admins)',
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => ctx.registerImports.list(),
  }),
  registerImport: t.field({
    type: RegisterImportRef,
    nullable: true,
    description: 'One register import, for its progress (admins)',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.registerImports.get(String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  importRegister: t.field({
    type: RegisterImportRef,
    description:
      'Start importing a Brønnøysund register file (JSON or CSV, plain or gzip) that is already on the server under KOBLING_IMPORT_DIR; returns at once, poll registerImport(id) for progress (admins)',
    authScopes: { admin: true },
    errors: { types: [ValidationError, ForbiddenError, ConflictError] },
    args: {
      path: t.arg.string({ required: true, description: 'Relative to KOBLING_IMPORT_DIR' }),
      dryRun: t.arg.boolean({ description: 'Read and count without writing (default false)' }),
    },
    resolve: (_root, args, ctx) => ctx.registerImports.start(args.path, args.dryRun ?? false),
  }),
}));
