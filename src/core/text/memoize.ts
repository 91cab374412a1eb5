/** Remembers up to `limit` results; forgets them all when full, so memory stays bounded. */
export function memoize(fn: (text: string) => string[], limit: number): (text: string) => string[] {
  const cache = new Map<string, string[]>();
  return (text) => {
    const hit = cache.get(text);
    if (hit) return hit;
    if (cache.size >= limit) cache.clear();
    // Frozen: every caller shares the array, so one that changed it would change all answers.
    const value = Object.freeze(fn(text)) as string[];
    cache.set(text, value);
    return value;
  };
}
