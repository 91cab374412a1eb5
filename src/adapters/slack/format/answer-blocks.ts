import type { types } from "@slack/bolt";
import type { Answer } from "../../../core/answer/types.ts";
import type { RenderedDiagram, Reply } from "../../../core/commands/run-command.ts";
import type { Lang } from "../../../core/knowledge/schema.ts";
import {
  type Block,
  contextBlock,
  fallbackText,
  fitBlocks,
  plainContextBlock,
  type SlackMessage,
} from "./blocks.ts";
import { ActionId, encodeDiagramWidthValue, encodeFeedbackValue } from "./button-values.ts";
import { diagnosisBlocks } from "./diagnosis-blocks.ts";
import {
  inline,
  linkListBlock,
  plainFallback,
  preformattedBlock,
  richTextBlocks,
  section,
  textElements,
} from "./rich-text.ts";
import { trimText } from "./split.ts";
import { word } from "./wording.ts";

export type DiagramWidth = "wide" | "narrow";

export interface MessageOptions {
  /** Key of the remembered answer; adds the 👍/👎 feedback control. */
  readonly feedbackKey?: string;
  /** Encoded share value; adds "Share in channel" (ephemeral replies only). */
  readonly shareValue?: string;
  /** The user who shared an ephemeral answer into the channel. */
  readonly sharedBy?: string;
  /** How wide the diagram in this message is drawn; Slack replies start narrow (phones). */
  readonly diagramWidth?: DiagramWidth;
}

const QUESTION_ECHO_MAX = 300;

function button(actionId: string, label: string, value: string): types.Button {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: label, emoji: true },
    value,
  };
}

/**
 * A diagram: its name, the picture whole in a preformatted element (never in a
 * list, so no bullet shifts its columns), and a toggle to redraw it wide or narrow.
 */
export function diagramBlocks(
  diagram: RenderedDiagram,
  lang: Lang,
  width: DiagramWidth,
  key?: string,
): Block[] {
  const other: DiagramWidth = width === "narrow" ? "wide" : "narrow";
  const value = encodeDiagramWidthValue({
    n: diagram.name,
    l: lang,
    w: other,
    ...(key ? { k: key } : {}),
  });
  const label = word(other === "wide" ? "wideView" : "narrowView", lang);
  return [
    plainContextBlock(`${word("diagram", lang)}: ${diagram.name}`, "diagram-name"),
    // Ids change with the width: Slack asks for new block ids when a message is redrawn.
    preformattedBlock(diagram.text, `diagram-${width}`),
    {
      type: "actions",
      block_id: `diagram-view-${width}`,
      elements: [button(ActionId.DiagramWidth, label, value)],
    },
  ];
}

function sourcesBlocks(answer: Answer): Block[] {
  if (answer.sources.length === 0) return [];
  return [linkListBlock(word("sources", answer.lang), answer.sources, "sources")];
}

/** Native 👍/👎: each button's value says which, plus what a vote records. */
export function feedbackBlock(answer: Answer, lang: Lang, key: string): Block {
  const value = (v: "up" | "down") =>
    encodeFeedbackValue({ k: key, q: answer.question, e: [...answer.entryIds], v });
  const label = (text: string) => ({ type: "plain_text" as const, text, emoji: true });
  return {
    type: "context_actions",
    block_id: "feedback",
    elements: [
      {
        type: "feedback_buttons",
        action_id: ActionId.Feedback,
        positive_button: {
          text: label(word("helpful", lang)),
          accessibility_label: word("helpful", lang),
          value: value("up"),
        },
        negative_button: {
          text: label(word("notHelpful", lang)),
          accessibility_label: word("notHelpful", lang),
          value: value("down"),
        },
      },
    ],
  };
}

/** The closing blocks: feedback and share, kept when content is trimmed. */
export function tailBlocks(
  answer: Answer | undefined,
  lang: Lang,
  options: MessageOptions,
): Block[] {
  const blocks: Block[] = [];
  if (answer && options.feedbackKey !== undefined)
    blocks.push(feedbackBlock(answer, lang, options.feedbackKey));
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

/**
 * The answer's own text as rich text: the title bold, the lead, then its points
 * as a list; a diagnosed paste as its verdict list instead.
 */
export function answerBodyBlocks(answer: Answer): Block[] {
  if (answer.diagnosis) return diagnosisBlocks(answer.diagnosis, answer.lang);
  const title = answer.title ? [section(inline(answer.title, true))] : [];
  return richTextBlocks([...title, ...textElements(answer.text)], "answer");
}

/** The blocks that come after the answer text: the diagram and the sources. */
export function answerExtraBlocks(
  answer: Answer,
  diagram: RenderedDiagram | undefined,
  options: MessageOptions,
): Block[] {
  const width = options.diagramWidth ?? "narrow";
  return [
    ...(diagram ? diagramBlocks(diagram, answer.lang, width, options.feedbackKey) : []),
    ...sourcesBlocks(answer),
  ];
}

function answerMessage(
  answer: Answer,
  diagram: RenderedDiagram | undefined,
  options: MessageOptions,
): SlackMessage {
  const lang = answer.lang;
  const question = trimText(answer.question, QUESTION_ECHO_MAX);
  const content: Block[] = [
    ...sharedByBlock(lang, options),
    ...(answer.kind === "invalid"
      ? []
      : [plainContextBlock(`${word("question", lang)}: ${question}`, "question")]),
    ...answerBodyBlocks(answer),
    ...answerExtraBlocks(answer, diagram, options),
  ];
  const tail = tailBlocks(answer.kind === "invalid" ? undefined : answer, lang, options);
  const plain = answer.title ? `${answer.title}\n${answer.text}` : answer.text;
  return {
    text: fallbackText(plainFallback(plain)),
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
        ...diagramBlocks(reply.diagram, reply.lang, options.diagramWidth ?? "narrow"),
      ];
      const tail = tailBlocks(undefined, reply.lang, options);
      return {
        text: fallbackText(plainFallback(`${word("diagram", reply.lang)}: ${reply.diagram.name}`)),
        blocks: fitBlocks(content, tail, word("trimmed", reply.lang)),
      };
    }
    case "text":
      return textMessage(reply.text, reply.lang);
  }
}

/** Plain text from the core (help, topics, lang) or from this adapter (limits, apologies). */
export function textMessage(text: string, lang: Lang): SlackMessage {
  return {
    text: fallbackText(plainFallback(text)),
    blocks: fitBlocks(richTextBlocks(textElements(text), "text"), [], word("trimmed", lang)),
  };
}

/**
 * The same message with its diagram redrawn at another width, everything else
 * (answer, sources, feedback, share) untouched.
 */
export function withDiagram<
  B extends { readonly type: string; readonly block_id?: string | undefined },
>(
  blocks: readonly B[],
  diagram: RenderedDiagram,
  lang: Lang,
  width: DiagramWidth,
  key?: string,
): (B | Block)[] {
  const [, picture, toggle] = diagramBlocks(diagram, lang, width, key);
  return blocks.map((b) => {
    if (/^diagram-(narrow|wide)$/.test(b.block_id ?? "") && picture) return picture;
    if (b.block_id?.startsWith("diagram-view") && toggle) return toggle;
    return b;
  });
}
