import type { Entry, Lang } from "../../core/knowledge/schema.ts";
import { parseTutorCommand } from "../../core/tutor/commands.ts";
import type { Curriculum } from "../../core/tutor/curriculum.ts";
import type { TutorOutput } from "../../core/tutor/events.ts";
import type { TutorService } from "../../core/tutor/tutor-service.ts";
import { type ViewDeps, viewOf } from "../../core/tutor/view.ts";
import { formatTutorView } from "./tutor-terminal.ts";

/** The terminal's one learner: progress is kept under this id in the same store as Slack's. */
export const TERMINAL_USER = "terminal";

export interface ChatTutor {
  /**
   * Handles a line as tutoring input when it is one (a start word, a command,
   * or anything typed during a lesson). Returns the text to print and any
   * question to answer the ordinary way; undefined when it is not tutoring.
   */
  handle(line: string, lang: Lang): Promise<{ text: string; question?: string } | undefined>;
}

export function createChatTutor(deps: {
  /** Loads the curriculum and opens the store on first use. */
  readonly load: () => Promise<{ service: TutorService; curriculum: Curriculum }>;
  readonly entries: readonly Entry[];
  readonly diagram: ViewDeps["diagram"];
  readonly color: boolean;
}): ChatTutor {
  const titles = new Map(deps.entries.map((e) => [e.id, e]));
  const entryTitle = (id: string, lang: Lang) => titles.get(id)?.[lang].title;
  let started = false;
  return {
    async handle(line, lang) {
      // Before the first tutoring word the store is not even opened: plain chat needs no database.
      if (!started && !parseTutorCommand(line, { active: false, confirmReset: false }))
        return undefined;
      started = true;
      const { service, curriculum } = await deps.load();
      const viewDeps: ViewDeps = {
        curriculum,
        entryTitle,
        ...(deps.diagram ? { diagram: deps.diagram } : {}),
      };
      const turn = await service.handle(
        TERMINAL_USER,
        (state, stored) => {
          // Once someone has tutored, bare commands ("next", "복습") count; typed text only mid-session.
          const command = parseTutorCommand(line, {
            active: state.session !== null || stored,
            confirmReset: state.confirmReset,
          });
          if (command) return command;
          return state.session ? { type: "typed", text: line } : undefined;
        },
        lang,
      );
      if (!turn) return undefined;
      const question = turn.outputs.find(
        (o): o is Extract<TutorOutput, { kind: "question" }> => o.kind === "question",
      );
      const text = turn.outputs
        .flatMap((o) => viewOf(o, turn.state.lang, viewDeps) ?? [])
        .map((v) => formatTutorView(v, turn.state.lang, deps.color))
        .join("\n\n");
      return { text, ...(question ? { question: question.text } : {}) };
    },
  };
}
