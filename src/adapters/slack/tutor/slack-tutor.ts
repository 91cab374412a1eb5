import type { webApi } from "@slack/bolt";
import type { Lang } from "../../../core/knowledge/schema.ts";
import { parseTutorCommand } from "../../../core/tutor/commands.ts";
import type { TutorEvent, TutorOutput } from "../../../core/tutor/events.ts";
import type { EventFor, TutorService } from "../../../core/tutor/tutor-service.ts";
import { type ViewDeps, viewOf } from "../../../core/tutor/view.ts";
import type { ListenerDeps } from "../deps.ts";
import type { SlackMessage } from "../format/blocks.ts";
import { asArgs } from "../format/send.ts";
import { tutorMessage } from "../format/tutor-blocks.ts";

/** What the Slack app needs for tutoring; absent, DMs are answered as questions only. */
export interface SlackTutoring {
  readonly service: TutorService;
  readonly view: ViewDeps;
}

/** A posted message, as `channel:ts` in the engine's opaque `shownAt`. */
interface Posted {
  readonly channel: string;
  readonly ts: string;
}

const refOf = (p: Posted) => `${p.channel} ${p.ts}`;
function parseRef(ref: string | undefined): Posted | undefined {
  const [channel, ts] = ref?.split(" ") ?? [];
  return channel && ts ? { channel, ts } : undefined;
}

export interface TurnInput {
  readonly userId: string;
  /** Where new tutoring messages go: the DM channel, or the user id (Slack opens the app DM). */
  readonly channel: string;
  readonly event: TutorEvent | EventFor;
  readonly lang: Lang;
  /** The exercise message whose button was pressed: its result replaces it in place. */
  readonly pressed?: Posted;
  /** Says something to the presser alone (a stale button). */
  readonly whisper?: (message: SlackMessage) => Promise<void>;
  /** Answers a question typed mid-lesson the ordinary way. */
  readonly answerQuestion?: (text: string) => Promise<SlackMessage>;
}

/** Typed DM text as a tutoring event: a command, or, mid-lesson, an answer or question. */
export function typedEvent(text: string): EventFor {
  return (state, stored) => {
    const command = parseTutorCommand(text, {
      active: state.session !== null || stored,
      confirmReset: state.confirmReset,
    });
    if (command) return command;
    return state.session ? { type: "typed", text } : undefined;
  };
}

/**
 * One tutoring turn in Slack, start to finish: step the engine, then post its
 * outputs in order. A result replaces the exercise message it answers (the
 * pressed one, or where the exercise was posted), so its buttons are gone;
 * each new exercise's place is recorded for that. The user's turns run one at
 * a time, so two presses never interleave their messages.
 */
export async function runTutorTurn(
  deps: ListenerDeps,
  tutoring: SlackTutoring,
  client: webApi.WebClient,
  input: TurnInput,
): Promise<boolean> {
  return deps.tutorTurns(input.userId, async () => {
    const turn = await tutoring.service.handle(input.userId, input.event, input.lang);
    if (!turn) return false;
    const lang = turn.state.lang;
    for (const output of turn.outputs) await deliver(output);
    return true;

    async function post(message: SlackMessage): Promise<Posted | undefined> {
      const sent = await client.chat.postMessage({ channel: input.channel, ...asArgs(message) });
      return sent.channel && sent.ts ? { channel: sent.channel, ts: sent.ts } : undefined;
    }

    async function deliver(output: TutorOutput): Promise<void> {
      if (output.kind === "question") {
        if (input.answerQuestion) await post(await input.answerQuestion(output.text));
        return;
      }
      const view = viewOf(output, lang, tutoring.view);
      if (!view) return;
      const message = tutorMessage(view);
      if (output.kind === "notice" && output.notice === "stale" && input.whisper) {
        await input.whisper(message);
        return;
      }
      if (output.kind === "result") {
        const target = input.pressed ?? parseRef(output.shownAt);
        if (target) {
          await client.chat.update({ channel: target.channel, ts: target.ts, ...asArgs(message) });
          return;
        }
      }
      const posted = await post(message);
      if (output.kind === "exercise" && posted)
        await tutoring.service.handle(
          input.userId,
          { type: "shown", instance: output.instance, ref: refOf(posted) },
          lang,
        );
    }
  });
}
