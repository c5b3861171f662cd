/**
 * A plain-text edge list: one tie per line, two node labels separated by spaces or tabs; further
 * columns (a weight) are ignored, as are blank lines and lines starting with # or %. Labels are
 * numbered 0, 1, … in order of first appearance.
 */
export function parseEdgeList(text: string): { n: number; edges: Int32Array; labels: string[] } {
  const index = new Map<string, number>();
  const labels: string[] = [];
  const edges: number[] = [];
  const id = (label: string): number => {
    let i = index.get(label);
    if (i === undefined) {
      i = labels.length;
      index.set(label, i);
      labels.push(label);
    }
    return i;
  };
  text.split(/\r?\n/).forEach((line, lineNo) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('%')) return;
    const [a, b] = trimmed.split(/\s+/);
    if (a === undefined || b === undefined) {
      throw new SyntaxError(`edge list line ${lineNo + 1}: expected two node labels`);
    }
    edges.push(id(a), id(b));
  });
  return { n: labels.length, edges: Int32Array.from(edges), labels };
}
