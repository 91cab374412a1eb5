import { type CommonConfig, type DatabaseConfig, databaseTarget } from "../../config.ts";
import type { Entry } from "../../core/knowledge/schema.ts";
import type { Logger } from "../../core/ports.ts";
import type { SearchIndex } from "../../core/retrieval/search-index.ts";
import type { Curriculum } from "../../core/tutor/curriculum.ts";
import { createTutor } from "../../core/tutor/engine.ts";
import { createTutorService, type TutorService } from "../../core/tutor/tutor-service.ts";
import { loadCurriculum } from "../knowledge/load-curriculum.ts";
import type { OpenStores } from "../store/stores.ts";

/**
 * The terminal's tutoring, opened on first use: the curriculum and the same
 * store as the Slack bot (SQLite at DATABASE_PATH or Postgres at DATABASE_URL),
 * so progress is shared.
 */
export function openTutorService(deps: {
  readonly config: DatabaseConfig & Pick<CommonConfig, "KNOWLEDGE_DIR">;
  readonly logger: Logger;
  readonly entries: readonly Entry[];
  readonly index: SearchIndex;
}): {
  load: () => Promise<{ service: TutorService; curriculum: Curriculum }>;
  close: () => Promise<void>;
} {
  let stores: OpenStores | undefined;
  let loading: Promise<{ service: TutorService; curriculum: Curriculum }> | undefined;
  const load = async () => {
    const curriculum = await loadCurriculum(
      deps.config.KNOWLEDGE_DIR,
      new Set(deps.entries.map((e) => e.id)),
    );
    // Loaded on first use: plain chat should not pay for the native SQLite module (or pg) at start-up.
    const { openStores } = await import("../store/open-stores.ts");
    stores = await openStores(databaseTarget(deps.config), { logger: deps.logger });
    const tutor = createTutor(curriculum, deps.index.tokenize);
    const service = createTutorService({
      tutor,
      store: stores.progress,
      clock: { now: () => Date.now() },
      logger: deps.logger,
    });
    return { service, curriculum };
  };
  return {
    load: () => {
      loading ??= load();
      return loading;
    },
    close: async () => {
      await stores?.close();
    },
  };
}
