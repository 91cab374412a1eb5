import type { ComposeInput } from "./compose.ts";

// Whether a point names what the question asked about and the lead leaves out: such a point
// answers first (see pointThatAnswers).

/** A thing (command, file, tool) named in about 10 of 80 entries or fewer is the thing asked about. */
const THING_WEIGHT = 2;

/** Whether a word names a thing (command, file, tool) the question asked about, rare enough to tell. */
export function askedThing(input: ComposeInput, asked: ReadonlyMap<string, number>) {
  return (token: string) =>
    (input.things?.has(token) ?? false) && (asked.get(token) ?? 0) >= THING_WEIGHT;
}

/** The point, when it names a specific thing the question asked about that the lead does not. */
export function namesMissingThing(
  input: ComposeInput,
  lead: string,
  point: string | undefined,
  asked: ReadonlyMap<string, number>,
  aside: (token: string) => boolean = () => true,
): string | undefined {
  if (!point || !input.things) return undefined;
  const inLead = new Set(input.tokenize(lead));
  const isThing = askedThing(input, asked);
  return input.tokenize(point).some((t) => isThing(t) && !inLead.has(t) && aside(t))
    ? point
    : undefined;
}
