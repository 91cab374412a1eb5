import type { App } from "@slack/bolt";
import type { Lang } from "../../../core/knowledge/schema.ts";
import { initialState } from "../../../core/tutor/state.ts";
import type { ListenerDeps } from "../deps.ts";
import { SLASH_COMMAND } from "../deps.ts";
import { homeView } from "../format/home-view.ts";
import { tutorHomeBlocks } from "../format/tutor-blocks.ts";
import { logIgnored } from "../ignored.ts";
import { AppHomeOpenedSchema } from "../schemas.ts";

/** Opening the Home tab publishes what the bot knows and how to ask, in the saved language or both. */
export function register(app: App, deps: ListenerDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    const opened = AppHomeOpenedSchema.safeParse(event);
    if (!opened.success) {
      logIgnored(deps.logger, "app_home_opened", opened.error);
      return;
    }
    // The Messages tab opens the DM; there is nothing to publish for it.
    if ((opened.data.tab ?? "home") !== "home") return;
    const lang = await deps.preferences.getLang(opened.data.user);
    const home = homeView({ lang, slashCommand: SLASH_COMMAND, topics: deps.topics });
    const view = {
      ...home,
      blocks: [...(await tutoringBlocks(deps, opened.data.user, lang)), ...home.blocks],
    };
    await client.views.publish({ user_id: opened.data.user, view });
  });
}

/** Progress per lesson, the review count and Continue, above the usual Home content. */
async function tutoringBlocks(deps: ListenerDeps, userId: string, saved: Lang | undefined) {
  const tutoring = deps.tutoring;
  if (!tutoring) return [];
  const state = await tutoring.service.load(userId);
  const lang = saved ?? state?.lang ?? "ko";
  const { rows, reviewCount } = tutoring.service.tutor.progress(state ?? initialState(lang));
  return tutorHomeBlocks({ rows, reviewCount, inLesson: Boolean(state?.session) }, lang);
}
