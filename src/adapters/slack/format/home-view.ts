import type { types } from "@slack/bolt";
import { exampleQuestions, scopeSentence } from "../../../core/answer/messages.ts";
import type { Lang } from "../../../core/knowledge/schema.ts";
import { type Block, contextBlock, fitBlocks, mrkdwnSections } from "./blocks.ts";
import { escapeMrkdwn } from "./mrkdwn.ts";
import { howToAsk, word } from "./wording.ts";

/** A Home view may hold 100 blocks, twice a message's cap. */
const HOME_BLOCKS_MAX = 100;

export interface HomeInput {
  readonly lang: Lang;
  readonly slashCommand: string;
  /** Entry titles in `lang`, in knowledge-base order. */
  readonly topics: readonly string[];
}

function header(text: string, blockId: string): Block {
  return {
    type: "header",
    block_id: blockId,
    text: { type: "plain_text", text: text.slice(0, 150) },
  };
}

/** The App Home tab: scope, how to ask, the slash command, examples and topics. */
export function homeView(input: HomeInput): types.HomeView {
  const { lang, slashCommand, topics } = input;
  const other: Lang = lang === "ko" ? "en" : "ko";
  const examples = exampleQuestions(lang).map((q) => `• ${escapeMrkdwn(q)}`);
  const topicLines = topics.map((t) => `• ${escapeMrkdwn(t)}`);
  const content: Block[] = [
    header(word("homeTitle", lang), "title"),
    ...mrkdwnSections(escapeMrkdwn(scopeSentence(lang)), "scope"),
    { type: "divider", block_id: "divider-ask" },
    header(word("homeHowTo", lang), "how-to-title"),
    ...mrkdwnSections(escapeMrkdwn(howToAsk(lang, slashCommand).join("\n")), "how-to"),
    header(word("homeExamples", lang), "examples-title"),
    ...mrkdwnSections(examples.join("\n"), "examples"),
    { type: "divider", block_id: "divider-topics" },
    header(`${word("homeKnows", lang)} (${topics.length})`, "topics-title"),
    ...mrkdwnSections(topicLines.join("\n"), "topics"),
  ];
  const footer = contextBlock(
    other === "ko"
      ? `한국어로 보기: \`${slashCommand} lang ko\``
      : `English: \`${slashCommand} lang en\``,
    "other-lang",
  );
  return {
    type: "home",
    blocks: fitBlocks(content, [footer], word("trimmed", lang), HOME_BLOCKS_MAX),
  };
}
