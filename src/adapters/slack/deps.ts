import type { CommandRunner } from "../../core/commands/run-command.ts";
import type { Lang } from "../../core/knowledge/schema.ts";
import type {
  Clock,
  EventLedger,
  FeedbackStore,
  Logger,
  PreferenceStore,
} from "../../core/ports.ts";
import type { RecentAnswers } from "./recent-answers.ts";
import type { ClickGuard } from "./reliability/click-guard.ts";
import type { RateLimiter } from "./reliability/rate-limiter.ts";
import type { AnswerTurn } from "./reliability/yield.ts";
import type { ResponseUrls } from "./response-url.ts";
import type { ThreadTurns } from "./thread-turns.ts";
import type { SlackTutoring } from "./tutor/slack-tutor.ts";
import type { UserTurns } from "./tutor/user-turns.ts";

/** The slash command this app registers (must match slack-manifest.yaml). */
export const SLASH_COMMAND = "/k8s-runtime";

/** What every listener and middleware gets: injected, never module-level state. */
export interface ListenerDeps {
  readonly run: CommandRunner;
  /** Entry titles in a language, for the Home tab. */
  readonly topics: (lang: Lang) => readonly string[];
  readonly feedback: FeedbackStore;
  readonly preferences: PreferenceStore;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly rateLimiter: RateLimiter;
  /** Delivery ids already answered; kept outside the process where the store allows. */
  readonly ledger: EventLedger;
  /** Share clicks already being posted, so a double click posts once. */
  readonly shares: ClickGuard;
  /** Awaited after the ack, before answer work: acks go first under load. */
  readonly answerTurn: AnswerTurn;
  /** Posts to a payload's response_url; used instead of Bolt's `respond` (see response-url.ts). */
  readonly respondVia: ResponseUrls["via"];
  readonly recent: RecentAnswers;
  /** Lessons, quizzes and progress in DMs; without it DMs are questions only. */
  readonly tutoring?: SlackTutoring;
  /** A user's tutoring turns, one at a time. */
  readonly tutorTurns: UserTurns;
  /** Threads the bot answered in: who asked, the last turn, who spoke last. */
  readonly threads: ThreadTurns;
  /** A model writes the answers: show a sign of life and stream them. */
  readonly live: boolean;
}
