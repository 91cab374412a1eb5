import type { types } from "@slack/bolt";
import { exampleQuestions, scopeSentence } from "../../../core/answer/messages.ts";
import type { Lang } from "../../../core/knowledge/schema.ts";
import { type Block, fitBlocks } from "./blocks.ts";
import { richTextBlocks, textElements } from "./rich-text.ts";
import { howToAsk, word } from "./wording.ts";

/** A Home view may hold 100 blocks, twice a message's cap. */
const HOME_BLOCKS_MAX = 100;

export interface HomeInput {
  /** The user's saved language; without one the view shows Korean, then English. */
  readonly lang: Lang | undefined;
  readonly slashCommand: string;
  /** Entry titles in a language, in knowledge-base order. */
  readonly topics: (lang: Lang) => readonly string[];
}

function header(text: string, blockId: string): Block {
  return {
    type: "header",
    block_id: blockId,
    text: { type: "plain_text", text: text.slice(0, 150) },
  };
}

/** Scope, how to ask, examples and topics in one language; `id` makes block ids unique. */
function languageBlocks(
  lang: Lang,
  slashCommand: string,
  topics: readonly string[],
  id: (name: string) => string,
): Block[] {
  // Rich text, not mrkdwn: a code mark right before a Korean particle would print raw.
  const rich = (text: string, name: string) => richTextBlocks(textElements(text), id(name));
  // Listed as data, so a topic that starts with "-" or "`" is shown as written.
  const list = (items: readonly string[], name: string) =>
    richTextBlocks(
      [
        {
          type: "rich_text_list",
          style: "bullet",
          elements: items.map((t) => ({
            type: "rich_text_section",
            elements: [{ type: "text", text: t }],
          })),
        },
      ],
      id(name),
    );
  return [
    header(word("homeTitle", lang), id("title")),
    ...rich(scopeSentence(lang), "scope"),
    { type: "divider", block_id: id("divider-ask") },
    header(word("homeHowTo", lang), id("how-to-title")),
    ...rich(howToAsk(lang, slashCommand).join("\n"), "how-to"),
    header(word("homeExamples", lang), id("examples-title")),
    ...list(exampleQuestions(lang), "examples"),
    { type: "divider", block_id: id("divider-topics") },
    header(`${word("homeKnows", lang)} (${topics.length})`, id("topics-title")),
    ...list(topics, "topics"),
  ];
}

/** How to switch: to the other language, or to either one when none is saved. */
function switchHint(lang: Lang | undefined, slashCommand: string): string {
  const ko = `\`${slashCommand} lang ko\``;
  const en = `\`${slashCommand} lang en\``;
  if (lang === "ko") return `English: ${en}`;
  if (lang === "en") return `한국어로 보기: ${ko}`;
  return `한국어로만 보기: ${ko} · English only: ${en}`;
}

/**
 * The App Home tab: scope, how to ask, the slash command, examples and topics,
 * in the saved language. Someone who has not run `lang` yet sees Korean, then
 * English, so a Korean speaker is not shown English first and left guessing.
 */
export function homeView(input: HomeInput): types.HomeView {
  const { lang, slashCommand } = input;
  const langs: readonly Lang[] = lang ? [lang] : ["ko", "en"];
  // Block ids must be unique within a view, so each language's are prefixed when both show.
  const prefix = (l: Lang) => (name: string) => (langs.length > 1 ? `${l}-${name}` : name);
  const content = langs.flatMap((l, i): Block[] => [
    ...(i > 0 ? [{ type: "divider" as const, block_id: "divider-lang" }] : []),
    ...languageBlocks(l, slashCommand, input.topics(l), prefix(l)),
  ]);
  const [footer] = richTextBlocks(textElements(switchHint(lang, slashCommand)), "other-lang");
  const trimmed = langs.map((l) => word("trimmed", l)).join(" / ");
  return {
    type: "home",
    blocks: fitBlocks(content, footer ? [footer] : [], trimmed, HOME_BLOCKS_MAX),
  };
}
