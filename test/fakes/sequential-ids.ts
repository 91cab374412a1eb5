/** Ids tests can predict: `answer-1`, `answer-2`, … instead of random UUIDs. */
export function sequentialIds(prefix = "answer"): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}
