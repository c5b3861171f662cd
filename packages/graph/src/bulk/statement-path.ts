/**
 * A file path for LadybugDB's COPY, which takes no parameter for it: the path goes into the
 * statement text. Paths are ours (mkdtemp), never input; this allows only plain path characters
 * so none can end the quoted string.
 */
export function statementPath(path: string): string {
  if (!/^[\w/.-]+$/.test(path)) throw new Error(`Unsafe path for a COPY statement: ${path}`);
  return path;
}
