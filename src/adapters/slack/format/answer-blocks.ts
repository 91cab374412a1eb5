import type { types } from "@slack/bolt";
import type { Answer } from "../../../core/answer/types.ts";
import type { RenderedDiagram, Reply } from "../../../core/commands/run-command.ts";
import type { Lang } from "../../../core/knowledge/schema.ts";
import {
  type Block,
  contextBlock,
  fallbackText,
  fitBlocks,
  mrkdwnSections,
  type SlackMessage,
} from "./blocks.ts";
import { ActionId, encodeFeedbackValue } from "./button-values.ts";
import { diagnosisBlocks } from "./diagnosis-blocks.ts";
import { bold, codeBlock, escapeMrkdwn, link, plainToMrkdwn } from "./mrkdwn.ts";
import { trimText } from "./split.ts";
import { word } from "./wording.ts";

export interface MessageOptions {
  /** Key of the remembered answer; adds helpful / not helpful buttons. */
  readonly feedbackKey?: string;
  /** Encoded share value; adds "Share in channel" (ephemeral replies only). */
  readonly shareValue?: string;
  /** The user who shared an ephemeral answer into the channel. */
  readonly sharedBy?: string;
}

const QUESTION_ECHO_MAX = 300;

function questionBlock(answer: Answer): Block {
  const question = escapeMrkdwn(trimText(answer.question, QUESTION_ECHO_MAX));
  return contextBlock(`${word("question", answer.lang)}: ${question}`, "question");
}

function sourcesBlocks(answer: Answer): Block[] {
  if (answer.sources.length === 0) return [];
  const lines = answer.sources.map((s) => `• ${link(s.url, s.title)}`);
  return mrkdwnSections(`*${word("sources", answer.lang)}*\n${lines.join("\n")}`, "sources");
}

function diagramBlocks(diagram: RenderedDiagram, lang: Lang): Block[] {
  return [
    contextBlock(`${word("diagram", lang)}: \`${escapeMrkdwn(diagram.name)}\``, "diagram-name"),
    ...mrkdwnSections(codeBlock(diagram.text), "diagram"),
  ];
}

function button(actionId: string, label: string, value: string): types.Button {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: label, emoji: true },
    value,
  };
}

/** Feedback and share buttons live in separate blocks so a vote can remove only its own. */
function buttonBlocks(answer: Answer | undefined, lang: Lang, options: MessageOptions): Block[] {
  const blocks: Block[] = [];
  if (answer && options.feedbackKey !== undefined) {
    const value = encodeFeedbackValue({
      k: options.feedbackKey,
      q: answer.question,
      e: [...answer.entryIds],
    });
    blocks.push({
      type: "actions",
      block_id: "feedback",
      elements: [
        button(ActionId.Helpful, word("helpful", lang), value),
        button(ActionId.NotHelpful, word("notHelpful", lang), value),
      ],
    });
  }
  if (options.shareValue !== undefined) {
    blocks.push({
      type: "actions",
      block_id: "share",
      elements: [
        { ...button(ActionId.Share, word("share", lang), options.shareValue), style: "primary" },
      ],
    });
  }
  return blocks;
}

function sharedByBlock(lang: Lang, options: MessageOptions): Block[] {
  if (options.sharedBy === undefined) return [];
  // The sharer's own id comes from Slack's payload; a self-mention notifies no one.
  return [
    contextBlock(
      `<@${options.sharedBy.replace(/[^A-Z0-9]/gi, "")}> ${word("sharedBy", lang)}`,
      "shared-by",
    ),
  ];
}

function answerMessage(
  answer: Answer,
  diagram: RenderedDiagram | undefined,
  options: MessageOptions,
): SlackMessage {
  const lang = answer.lang;
  const body = answer.title
    ? `${bold(answer.title)}\n${plainToMrkdwn(answer.text)}`
    : plainToMrkdwn(answer.text);
  const content: Block[] = [
    ...sharedByBlock(lang, options),
    ...(answer.kind === "invalid" ? [] : [questionBlock(answer)]),
    ...(answer.diagnosis
      ? diagnosisBlocks(answer.diagnosis, lang)
      : mrkdwnSections(body, "answer")),
    ...(diagram ? diagramBlocks(diagram, lang) : []),
    ...sourcesBlocks(answer),
  ];
  const tail = buttonBlocks(answer.kind === "invalid" ? undefined : answer, lang, options);
  const plain = answer.title ? `${answer.title}\n${answer.text}` : answer.text;
  return {
    text: fallbackText(escapeMrkdwn(plain)),
    blocks: fitBlocks(content, tail, word("trimmed", lang)),
  };
}

/** Turns a surface-neutral reply from the core into a Slack message. */
export function replyMessage(reply: Reply, options: MessageOptions = {}): SlackMessage {
  switch (reply.kind) {
    case "answer":
      return answerMessage(reply.answer, reply.diagram, options);
    case "diagram": {
      const content = [
        ...sharedByBlock(reply.lang, options),
        ...diagramBlocks(reply.diagram, reply.lang),
      ];
      const tail = buttonBlocks(undefined, reply.lang, options);
      return {
        text: fallbackText(`${word("diagram", reply.lang)}: ${escapeMrkdwn(reply.diagram.name)}`),
        blocks: fitBlocks(content, tail, word("trimmed", reply.lang)),
      };
    }
    case "text":
      return textMessage(reply.text, reply.lang);
  }
}

/** Plain text from the core (help, topics, lang) or from this adapter (limits, apologies). */
export function textMessage(text: string, lang: Lang): SlackMessage {
  const mrkdwn = plainToMrkdwn(text);
  return {
    text: fallbackText(mrkdwn),
    blocks: fitBlocks(mrkdwnSections(mrkdwn, "text"), [], word("trimmed", lang)),
  };
}

/** The message with its buttons swapped for a thank-you, so a vote is given once. */
export function thankedMessage(message: SlackMessage, lang: Lang): SlackMessage {
  const thanks = contextBlock(word("thanks", lang), "thanks");
  const blocks = message.blocks.map((b) => (b.block_id === "feedback" ? thanks : b));
  return {
    text: message.text,
    blocks: blocks.some((b) => b === thanks) ? blocks : [...blocks, thanks],
  };
}
