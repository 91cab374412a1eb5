import { defineConfig } from "vitest/config";

/**
 * Only what differs from vitest's defaults. `update: "none"`: a missing golden
 * file (toMatchFileSnapshot) fails the run instead of being quietly written, on
 * every machine, not only where CI=true. Write goldens on purpose with `-u`.
 */
export default defineConfig({
  test: { update: "none" },
});
