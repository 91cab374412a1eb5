import type { App } from "@slack/bolt";
import { type ListenerDeps, SLASH_COMMAND } from "../deps.ts";
import { replyMessage, withDiagram } from "../format/answer-blocks.ts";
import {
  ActionId,
  type DiagramWidthValue,
  decodeDiagramWidthValue,
  encodeShareValue,
} from "../format/button-values.ts";
import { readButtonClick } from "../ignored.ts";
import type { BlockAction } from "../schemas.ts";

async function draw(deps: ListenerDeps, value: DiagramWidthValue) {
  const reply = await deps.run(
    { type: "diagram", name: value.n, narrow: value.w === "narrow", ascii: false, lang: value.l },
    { lang: value.l, fallbackLang: value.l, commandPrefix: SLASH_COMMAND },
  );
  return reply.kind === "diagram" ? reply.diagram : undefined;
}

/** The message as Slack echoed it, when it did (not for ephemeral replies). */
function shownMessage(action: BlockAction) {
  const message = action.message;
  if (!message?.blocks || action.container.is_ephemeral) return undefined;
  return { text: message.text ?? "", blocks: message.blocks };
}

/**
 * "Wide view" / "Narrow view" under a diagram: redraw it at the other width in
 * the same message (chat.update; response_url for ephemeral replies), leaving
 * the answer, sources and buttons as they were.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action(ActionId.DiagramWidth, async ({ ack, body, client }) => {
    await ack();
    await deps.answerTurn();
    const click = readButtonClick(
      deps.logger,
      body,
      ActionId.DiagramWidth,
      decodeDiagramWidthValue,
    );
    if (!click) return;
    const { action, value } = click;
    const diagram = await draw(deps, value);
    if (!diagram) return;
    const shown = shownMessage(action);
    const channel = action.container.channel_id ?? action.channel?.id;
    const ts = action.container.message_ts ?? action.message?.ts;
    if (shown && channel && ts) {
      const blocks = withDiagram(shown.blocks, diagram, value.l, value.w, value.k);
      await client.chat.update({ channel, ts, text: shown.text, blocks });
      return;
    }
    const remembered = value.k ? (await deps.recent.get(value.k))?.message : undefined;
    const share = encodeShareValue(`diagram ${value.n}`, value.l);
    const message = remembered
      ? {
          text: remembered.text,
          blocks: withDiagram(remembered.blocks, diagram, value.l, value.w, value.k),
        }
      : replyMessage(
          { kind: "diagram", lang: value.l, diagram },
          { diagramWidth: value.w, ...(share ? { shareValue: share } : {}) },
        );
    await deps.respondVia(action.response_url)({
      replace_original: true,
      text: message.text,
      blocks: [...message.blocks],
    });
  });
}
