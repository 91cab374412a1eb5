import { z } from "zod";
import { DiagramNameSchema, type Lang, LangSchema } from "../../../core/knowledge/schema.ts";
import { decodeSlackEntities, escapeMrkdwn } from "./mrkdwn.ts";

/**
 * What buttons carry. Slack caps a button value at 2,000 characters, so a value
 * holds only what is needed to find or re-create the message: the share button
 * holds the command text (re-run on click), a feedback button the key of the
 * remembered answer plus the question and entry ids in case memory was lost.
 * User text is stored escaped, like everything else we post, so no payload we
 * send ever holds a raw `<!channel>`.
 */
export const BUTTON_VALUE_MAX = 2000;

export const ActionId = {
  /** The native 👍/👎 (context_actions › feedback_buttons); the value says which. */
  Feedback: "feedback_vote",
  /** Buttons on messages sent before native feedback; still counted. */
  Helpful: "feedback_helpful",
  NotHelpful: "feedback_not_helpful",
  Share: "share_answer",
  DiagramWidth: "diagram_width",
} as const;

const FeedbackValueSchema = z.object({
  k: z.string().max(64),
  q: z.string(),
  e: z.array(z.string()).max(10),
  /** Which of the two feedback buttons; absent on old buttons (the action id says). */
  v: z.enum(["up", "down"]).optional(),
});
export type FeedbackValue = z.infer<typeof FeedbackValueSchema>;

const ShareValueSchema = z.object({ c: z.string().min(1), l: LangSchema });
export type ShareValue = z.infer<typeof ShareValueSchema>;

function parseJson<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The first `length` characters, one fewer if the cut would split a surrogate pair. */
function head(text: string, length: number): string {
  const end = Math.max(0, length);
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/**
 * Shortens the question until the whole value fits Slack's cap. The raw text is
 * cut, then escaped: cutting escaped text can end inside an entity, and `&am`
 * would come back as the question's last characters.
 */
export function encodeFeedbackValue(value: FeedbackValue): string {
  const encode = (question: string) =>
    JSON.stringify({
      k: value.k,
      q: escapeMrkdwn(question),
      e: value.e.slice(0, 10),
      ...(value.v ? { v: value.v } : {}),
    });
  const whole = encode(value.q);
  if (whole.length <= BUTTON_VALUE_MAX) return whole;
  // Escaping grows text unevenly (`&` is five characters), so search for the longest prefix.
  let fits = 0;
  let tooLong = value.q.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (encode(head(value.q, middle)).length <= BUTTON_VALUE_MAX) fits = middle;
    else tooLong = middle;
  }
  return encode(head(value.q, fits));
}

export function decodeFeedbackValue(value: string | undefined): FeedbackValue | undefined {
  const parsed = parseJson(FeedbackValueSchema, value);
  return parsed && { ...parsed, q: decodeSlackEntities(parsed.q) };
}

/** Undefined when the command text is too long to re-run from a button. */
export function encodeShareValue(commandText: string, lang: Lang): string | undefined {
  const encoded = JSON.stringify({ c: escapeMrkdwn(commandText), l: lang });
  return encoded.length <= BUTTON_VALUE_MAX ? encoded : undefined;
}

export function decodeShareValue(value: string | undefined): ShareValue | undefined {
  const parsed = parseJson(ShareValueSchema, value);
  return parsed && { ...parsed, c: decodeSlackEntities(parsed.c) };
}

/** The "Wide view" / "Narrow view" toggle: which diagram, in which language, drawn how wide. */
const DiagramWidthValueSchema = z.object({
  n: DiagramNameSchema,
  l: LangSchema,
  w: z.enum(["wide", "narrow"]),
  /** The remembered answer's key, for ephemeral replies Slack does not send back. */
  k: z.string().max(64).optional(),
});
export type DiagramWidthValue = z.infer<typeof DiagramWidthValueSchema>;

export function encodeDiagramWidthValue(value: DiagramWidthValue): string {
  return JSON.stringify(value);
}

export function decodeDiagramWidthValue(value: string | undefined): DiagramWidthValue | undefined {
  return parseJson(DiagramWidthValueSchema, value);
}
