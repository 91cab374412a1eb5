import { AppError, ErrorCode } from "../../errors.ts";
import type { Lang } from "../knowledge/schema.ts";
import type { Clock, Logger, TutorProgressStore } from "../ports.ts";
import type { Tutor } from "./engine.ts";
import type { TutorEvent, TutorOutput } from "./events.ts";
import { initialState, type TutorState } from "./state.ts";

export interface TutorTurn {
  readonly state: TutorState;
  readonly outputs: readonly TutorOutput[];
  /** False when nothing changed (a stale press, a status): nothing was saved. */
  readonly changed: boolean;
}

/** Decides the event from the state just loaded (e.g. typed text: command, answer or question). */
export type EventFor = (state: TutorState, stored: boolean) => TutorEvent | undefined;

export interface TutorService {
  readonly tutor: Tutor;
  /**
   * Loads the user's state, steps it and saves it. Turns of one user run one at
   * a time in this process; across processes the save is compare-and-set, and a
   * lost race reloads and steps again, so a press is never applied twice.
   * Undefined when `event` returned undefined (not a tutoring input).
   */
  handle(userId: string, event: TutorEvent | EventFor, lang: Lang): Promise<TutorTurn | undefined>;
  load(userId: string): Promise<TutorState | undefined>;
}

const MAX_ATTEMPTS = 5;

export function createTutorService(deps: {
  readonly tutor: Tutor;
  readonly store: TutorProgressStore;
  readonly clock: Clock;
  readonly logger: Logger;
}): TutorService {
  const { tutor, store, clock } = deps;
  const queues = new Map<string, Promise<unknown>>();

  /** Runs `work` after the user's previous turn has settled. */
  function serialised<T>(userId: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(userId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    queues.set(userId, settled);
    void settled.then(() => {
      if (queues.get(userId) === settled) queues.delete(userId);
    });
    return next;
  }

  async function turn(
    userId: string,
    event: TutorEvent | EventFor,
    lang: Lang,
  ): Promise<TutorTurn | undefined> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const stored = await store.load(userId);
      const before = stored?.state ?? initialState(lang);
      const chosen = typeof event === "function" ? event(before, stored !== undefined) : event;
      if (!chosen) return undefined;
      const { state, outputs } = tutor.step(before, chosen);
      if (state === before) return { state, outputs, changed: false };
      const saved = await store.save(userId, state, stored?.version ?? 0, clock.now());
      if (saved !== undefined) return { state, outputs, changed: true };
      deps.logger.debug({ attempt }, "tutor progress changed meanwhile; stepping again");
    }
    throw new AppError(ErrorCode.StoreFailed, "tutor progress kept changing while saving");
  }

  return {
    tutor,
    handle: (userId, event, lang) => serialised(userId, () => turn(userId, event, lang)),
    load: async (userId) => (await store.load(userId))?.state,
  };
}
