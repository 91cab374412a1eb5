import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { relayedQuestion, withoutCourtesy } from "../retrieval/intent.ts";
import { createSpeller, wordsOf } from "../text/spelling.ts";

// Words a question asks with that the knowledge may not spell out ("verison" is a typo of a word
// the intent rules read, not only of the entries').
const ASKING_WORDS = [
  "version",
  "release",
  "replaced",
  "equivalent",
  "difference",
  "deprecated",
  "deadline",
  "confirm",
  "instead",
  "happens",
  "procedure",
  "directory",
  "location",
];

/**
 * Reads a message as the question it asks: "<@U07AB> hey bot, what repalced dockershim? thanks!"
 * is "what replaced dockershim?" — who is addressed, the thanks and fast-typing slips are not
 * part of what is asked (the answer still echoes the message as sent). A relayed question ("고객이
 * X가 뭐냐고 물어보는데 뭐라고 설명함?") is the question relayed.
 */
export function createQuestionReader(kb: KnowledgeBase): (text: string) => string {
  const spell = createSpeller(spellingWords(kb));
  return (text) => {
    const asked = withoutCourtesy(text);
    return spell(relayedQuestion(asked) ?? asked);
  };
}

/** Every Latin word the knowledge writes, with the words questions ask with: the speller's vocabulary. */
export function spellingWords(kb: KnowledgeBase): Set<string> {
  const texts = kb.entries.flatMap((e) => [
    e.id,
    ...e.tags,
    ...(["ko", "en"] as const).flatMap((l) => [
      e[l].title,
      e[l].lead,
      ...e[l].points,
      ...e[l].examples,
    ]),
    ...(e.facets ?? []).flatMap((f) =>
      (["ko", "en"] as const).flatMap((l) => [f[l].lead, ...f[l].examples, ...(f[l].steps ?? [])]),
    ),
  ]);
  const glossary = kb.glossary.terms.flatMap((t) => [t.canonical, t.en, ...t.variants]);
  return wordsOf([...texts, ...glossary, ...ASKING_WORDS]);
}
