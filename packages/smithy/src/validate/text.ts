/** @module Small string helpers shared by the validators (edit distance for suggestions). */

/**
 * Levenshtein distance between `a` and `b` when it is at most `max`, else `undefined`. Bails out
 * early on length difference so scanning every shape id for suggestions stays cheap.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return undefined;
    prev = row;
  }
  const d = prev[b.length] ?? Number.POSITIVE_INFINITY;
  return d <= max ? d : undefined;
}

/** `` `a`, `b` `` — sorted names in backticks, as Smithy lists members and labels in messages. */
export function tickedList(names: Iterable<string>): string {
  return [...names]
    .sort()
    .map((n) => `\`${n}\``)
    .join(', ');
}
