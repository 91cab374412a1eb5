import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../deps.ts";
import { SLASH_COMMAND } from "../deps.ts";
import { homeView } from "../format/home-view.ts";
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
    const view = homeView({ lang, slashCommand: SLASH_COMMAND, topics: deps.topics });
    await client.views.publish({ user_id: opened.data.user, view });
  });
}
