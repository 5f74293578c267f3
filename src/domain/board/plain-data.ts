// Values a board carries beyond its own fields (data a newer app or another tool added) are kept only when they
// are plain JSON that can be stored, exported and read back: bounded in depth and size, finite numbers, no
// class instances. A value nested 20,000 levels deep opened fine but made every save and export fail.

export const MAX_DATA_DEPTH = 16;
/** Roughly the value's JSON length: characters of strings and keys, plus one per value. */
export const MAX_DATA_SIZE = 100_000;

/** null when `value` can be kept as it is; otherwise why not, for the repair message. */
export function plainDataProblem(value: unknown): string | null {
  let size = 0;
  const tooLarge = `larger than ${MAX_DATA_SIZE.toLocaleString('en')} characters`;
  const visit = (v: unknown, depth: number): string | null => {
    if (++size > MAX_DATA_SIZE) return tooLarge;
    switch (typeof v) {
      case 'string':
        size += v.length;
        return size > MAX_DATA_SIZE ? tooLarge : null;
      case 'boolean':
        return null;
      case 'number':
        return Number.isFinite(v) ? null : `it holds ${v}, which JSON cannot`;
      case 'object':
        break;
      default:
        return `it holds ${typeof v === 'undefined' ? 'an undefined value' : `a ${typeof v}`}, which JSON cannot`;
    }
    if (v === null) return null;
    if (depth >= MAX_DATA_DEPTH) return `nested deeper than ${MAX_DATA_DEPTH} levels`;
    if (Array.isArray(v)) {
      for (const item of v) {
        const problem = visit(item, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return 'it is not plain data';
    for (const key of Object.keys(v)) {
      size += key.length;
      const problem = visit((v as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return visit(value, 0);
}

/**
 * The keys of `raw` other than `own` whose values are plain data; the others are named in `repairs`
 * ("<owner>: dropped data "<key>" (<why>).").
 */
export function keepPlainExtras(raw: Record<string, unknown>, own: readonly string[], owner: string, repairs: string[]): Record<string, unknown> {
  const kept: [string, unknown][] = [];
  for (const key of Object.keys(raw)) {
    if (own.includes(key)) continue;
    const problem = plainDataProblem(raw[key]);
    if (problem) repairs.push(`${owner}: dropped data "${key.length > 40 ? `${key.slice(0, 40)}…` : key}" (${problem}).`);
    else kept.push([key, raw[key]]);
  }
  // fromEntries defines own properties, so a key named "__proto__" stays a key.
  return Object.fromEntries(kept);
}
