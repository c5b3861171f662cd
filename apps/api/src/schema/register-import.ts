import { builder } from '../builder.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../errors.ts';
import type { RegisterImportJob } from '../register-import.ts';

const RegisterImportStatusEnum = builder.enumType('RegisterImportStatus', {
  values: ['RUNNING', 'DONE', 'FAILED'] as const,
});

const RegisterImportRef = builder.objectRef<RegisterImportJob>('RegisterImport').implement({
  description: 'A register import running or run in this API process (admins); poll for progress',
  fields: (t) => ({
    id: t.exposeID('id'),
    path: t.exposeString('path', { description: 'Relative to KOBLING_IMPORT_DIR' }),
    dryRun: t.exposeBoolean('dryRun'),
    status: t.field({ type: RegisterImportStatusEnum, resolve: (j) => j.status }),
    startedAt: t.field({ type: 'DateTime', resolve: (j) => j.startedAt }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (j) => j.finishedAt }),
    read: t.int({ resolve: (j) => j.progress.read }),
    valid: t.int({ resolve: (j) => j.progress.valid }),
    imported: t.int({ resolve: (j) => j.progress.imported }),
    filteredOutOfRegion: t.int({ resolve: (j) => j.progress.filteredOutOfRegion }),
    filteredInactive: t.int({ resolve: (j) => j.progress.filteredInactive }),
    rejected: t.int({ resolve: (j) => j.progress.rejected }),
    bytesRead: t.float({ resolve: (j) => j.progress.bytesRead }),
    totalBytes: t.float({ nullable: true, resolve: (j) => j.progress.totalBytes ?? null }),
    created: t.int({ nullable: true, resolve: (j) => j.summary?.writes.created ?? null }),
    updated: t.int({ nullable: true, resolve: (j) => j.summary?.writes.updated ?? null }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  registerImports: t.field({
    type: [RegisterImportRef],
    description: 'Register imports of this API process, newest first (admins)',
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
