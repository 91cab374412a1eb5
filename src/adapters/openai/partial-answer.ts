/**
 * The `answer` string of a JSON object that is still arriving, decoded as far
 * as it goes: `{"answer":"Because it was a bu` gives "Because it was a bu". The
 * schema puts `answer` first, so this is what a streaming surface can show
 * before the whole object arrives and is validated.
 */
export function partialAnswer(json: string): string | undefined {
  const key = /"answer"\s*:\s*"/.exec(json);
  if (!key) return undefined;
  let out = "";
  for (let i = key.index + key[0].length; i < json.length; i++) {
    const ch = json[i];
    if (ch === '"') return out;
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const next = json[i + 1];
    if (next === undefined) return out;
    if (next === "u") {
      const hex = json.slice(i + 2, i + 6);
      // An escape cut in half is shown once the rest of it arrives.
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return out;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += ESCAPES[next] ?? next;
    i++;
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  '"': '"',
  "\\": "\\",
  "/": "/",
};
