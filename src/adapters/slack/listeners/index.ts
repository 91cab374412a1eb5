import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../deps.ts";
import * as appHomeOpened from "./app-home-opened.ts";
import * as appMention from "./app-mention.ts";
import * as diagramWidthAction from "./diagram-width-action.ts";
import * as directMessage from "./direct-message.ts";
import * as feedbackAction from "./feedback-action.ts";
import * as shareAction from "./share-action.ts";
import * as slashCommand from "./slash-command.ts";
import * as threadReply from "./thread-reply.ts";
import * as tutorActions from "./tutor-actions.ts";

const listeners = [
  appMention,
  directMessage,
  threadReply,
  slashCommand,
  appHomeOpened,
  feedbackAction,
  shareAction,
  tutorActions,
  diagramWidthAction,
];

export function registerListeners(app: App, deps: ListenerDeps): void {
  for (const listener of listeners) listener.register(app, deps);
}
