import type { Lang } from "../../core/knowledge/schema.ts";
import type { PreferenceStore } from "../../core/ports.ts";

/**
 * In-memory preferences, forgotten on restart (the issue asks for no more). The
 * oldest user is dropped past `maxUsers` so memory stays bounded.
 */
export function createMemoryPreferenceStore(maxUsers = 50_000): PreferenceStore {
  const langs = new Map<string, Lang>();
  return {
    async getLang(userId) {
      return langs.get(userId);
    },
    async setLang(userId, lang) {
      langs.delete(userId);
      langs.set(userId, lang);
      const oldest = langs.keys().next();
      if (langs.size > maxUsers && !oldest.done) langs.delete(oldest.value);
    },
  };
}
