import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Only what differs from vitest's defaults. `update: "none"`: a missing golden
 * file (toMatchFileSnapshot) fails the run instead of being quietly written, on
 * every machine, not only where CI=true. Write goldens on purpose with `-u`.
 *
 * `isolate: false`: test files share a worker's module cache instead of re-importing the
 * knowledge base and the SDKs for every file. The app keeps no module-level state (its
 * dependencies are passed in), so nothing leaks between files; on the 2-core CI machine this
 * took a full pass from about 220 s to 190 s, and CI runs the suite three times (Node 20, 22, 24).
 *
 * `maxWorkers`: one worker per core. vitest's default leaves a core free, which on the 2-core
 * CI machine means one worker, while much of the suite waits on child processes, sockets and
 * Postgres; two workers took a full pass from 287 s to 200 s there (round 24).
 */
export default defineConfig({
  test: { update: "none", isolate: false, maxWorkers: availableParallelism() },
});
