/**
 * Where each org number was first read. A file that repeats an org number keeps its first
 * occurrence and rejects the later ones as duplicates: the import streams and commits in
 * batches, so the first occurrence may already be in the store when a later one is read, and
 * "first wins" is the rule that needs neither look-ahead nor a second pass. It also makes the
 * import idempotent — every run writes the same occurrence, so a rerun changes nothing.
 *
 * Keys are the org numbers as numbers (nine digits fit a small integer), so a full register of
 * about 1.1 million units costs some 20–30 MB here, not the ~100 MB of a Set of strings.
 */
export class FirstOccurrences {
  private readonly rowByOrg = new Map<number, number>();

  /** Records `row` as the first occurrence of a valid nine-digit org number, or returns the earlier row. */
  claim(orgNumber: string, row: number): number | null {
    const key = Number(orgNumber);
    const first = this.rowByOrg.get(key);
    if (first !== undefined) return first;
    this.rowByOrg.set(key, row);
    return null;
  }
}
