import type { DocumentNode, ExecutionResult } from 'graphql';
import { getOperationAST } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/*
 * Executes repeated queries with graphql-jit: a document is compiled once into plain functions
 * instead of graphql-js walking the selection set and looking up field definitions for every one
 * of the ~2,000 fields of an explained suggestion list (docs/benchmarks.md, "GraphQL execution
 * cost"). Same schema and resolvers: Pothos wraps them at build time, so scope-auth, errors,
 * dataloader and validation run as before; parsing, validation and armor's limits run before
 * execution and are untouched.
 *
 * The compiled path only ever answers successes. graphql-jit's errors are not graphql-js's (no
 * AST nodes, so the masked error loses its locations; a bad variable is not a GraphQLError with
 * extensions), so a compiled run that reports any error is discarded and the operation runs
 * again on yoga's own executor, whose answer the client gets: error answers stay exactly what
 * they were. Running twice is only safe without side effects, so mutations never compile.
 */

/** How often a document runs on the default executor before it is compiled. */
const RUNS_BEFORE_COMPILING = 1;

type Entry = { runs: number; compiled?: CompiledQuery | null };

export function compiledExecution(): Plugin {
  // Keyed by the parsed document, which yoga's parse cache hands out again for the same text;
  // per operation name, since one document may hold several operations.
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      let byOperation = entries.get(args.document);
      if (!byOperation) {
        byOperation = new Map();
        entries.set(args.document, byOperation);
      }
      const name = args.operationName ?? '';
      let entry = byOperation.get(name);
      if (!entry) {
        entry = { runs: 0 };
        byOperation.set(name, entry);
      }
      // A one-off document (a fuzzer's, an explorer's) would cost more to compile than to run:
      // only documents seen again are compiled, so the cost of compiling is bounded by reuse.
      if (entry.runs < RUNS_BEFORE_COMPILING) {
        entry.runs += 1;
        return;
      }
      if (entry.compiled === undefined) {
        const isQuery = getOperationAST(args.document, args.operationName)?.operation === 'query';
        const compiled = isQuery
          ? compileQuery(args.schema, args.document, args.operationName ?? undefined)
          : null;
        entry.compiled = compiled !== null && isCompiledQuery(compiled) ? compiled : null;
      }
      const compiled = entry.compiled;
      if (compiled === null) return;
      setExecuteFn(async (executionArgs) => {
        const result = (await compiled.query(
          executionArgs.rootValue,
          executionArgs.contextValue,
          executionArgs.variableValues,
        )) as ExecutionResult;
        return result.errors?.length ? executeFn(executionArgs) : result;
      });
    },
  };
}
