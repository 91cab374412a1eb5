import type { App } from "@slack/bolt";
import type { Lang } from "../../../core/knowledge/schema.ts";
import { initialState } from "../../../core/tutor/state.ts";
import type { ListenerDeps } from "../deps.ts";
import { SLASH_COMMAND } from "../deps.ts";
import { errorInfo } from "../error-info.ts";
import { homeView } from "../format/home-view.ts";
import { suggestedPrompts } from "../format/suggested-prompts.ts";
import { tutorHomeBlocks } from "../format/tutor-blocks.ts";
import { logIgnored } from "../ignored.ts";
import { AppHomeOpenedSchema } from "../schemas.ts";

/**
 * The Home tab publishes what the bot knows and how to ask, in the saved
 * language or both. Opening the DM (the Messages tab) sets suggested prompts,
 * as Slack's agent view expects; workspaces without it refuse the call, and
 * the DM works as before.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    const opened = AppHomeOpenedSchema.safeParse(event);
    if (!opened.success) {
      logIgnored(deps.logger, "app_home_opened", opened.error);
      return;
    }
    const { user, channel, tab } = opened.data;
    const lang = await deps.preferences.getLang(user);
    if ((tab ?? "home") === "messages") {
      if (!channel) return;
      const { title, prompts } = suggestedPrompts(lang);
      await client.assistant.threads
        .setSuggestedPrompts({ channel_id: channel, title, prompts: [...prompts] })
        .catch((error: unknown) => {
          deps.logger.debug({ ...errorInfo(error) }, "no suggested prompts here");
        });
      return;
    }
    if ((tab ?? "home") !== "home") return;
    const home = homeView({ lang, slashCommand: SLASH_COMMAND, topics: deps.topics });
    const view = {
      ...home,
      blocks: [...(await tutoringBlocks(deps, user, lang)), ...home.blocks],
    };
    await client.views.publish({ user_id: user, view });
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
