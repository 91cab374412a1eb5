// One rule for where a sentence ends, for the answers and for the eval that judges them:
// ". " "? " "! " "。" end one; "e.g.", "i.e.", "etc." and "vs." do not, since a reader goes
// on to what they introduce.
const NOT_AFTER_ABBREVIATION = String.raw`(?<!\b(?:e\.g|i\.e|etc|vs))`;
const END = new RegExp(String.raw`${NOT_AFTER_ABBREVIATION}[.!?。](?:\s|$)`, "i");
const BREAK = new RegExp(String.raw`(?<=${NOT_AFTER_ABBREVIATION}[.!?。])\s+(?=\S)`, "i");

/** The text up to the first sentence end or line break. */
export function firstSentence(text: string): string {
  const line = text.split("\n")[0] ?? "";
  const end = line.search(END);
  return end === -1 ? line : line.slice(0, end + 1);
}

/** The sentences of one paragraph, each with its end mark. */
export function splitSentences(text: string): string[] {
  return text.split(BREAK);
}
