import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryEventLedger } from "../../src/adapters/store/memory-event-ledger.ts";
import { openSqliteStores } from "../../src/adapters/store/sqlite/open-sqlite.ts";
import { startFakeSlackApi } from "../fakes/fake-slack-api.ts";
import { postSigned } from "../fakes/signed-request.ts";
import { startHarness } from "../fakes/slack-harness.ts";
import { eventCallback, mentionEvent } from "../fakes/slack-payloads.ts";

/**
 * Slack retries an event it did not see acked in time, and the retry may reach
 * a restarted app. Delivery ids go through the EventLedger port; the SQLite
 * ledger (what main.ts wires) keeps them on disk, so the second app, opened on
 * the same database file after the first one closed it, answers the retry once.
 */

describe("a Slack retry that arrives after a restart", { timeout: 30_000 }, () => {
  it("is answered once", async () => {
    const api = await startFakeSlackApi();
    const dir = await mkdtemp(path.join(tmpdir(), "k8s-runtime-bot-ledger-"));
    const file = path.join(dir, "bot.db");
    const post = eventCallback(mentionEvent(), "EvRESTART1");
    try {
      const before = await openSqliteStores({ path: file });
      const first = await startHarness({}, { api, ledger: before.ledger });
      await first.send(post);
      await api.waitFor("chat.postMessage");
      await first.close();
      await before.close();

      const after = await openSqliteStores({ path: file });
      const second = await startHarness({}, { api, ledger: after.ledger });
      try {
        const res = await postSigned(second.eventsUrl, {
          ...post,
          headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
        });
        expect(res.status).toBe(200);
        await second.bot.settle();
        expect(api.callsTo("chat.postMessage")).toHaveLength(1);
        expect(second.log.entries()).toContainEqual(
          expect.objectContaining({ msg: "repeated delivery ignored", retryNum: 1 }),
        );
      } finally {
        await second.close();
        await after.close();
      }
    } finally {
      await api.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a new ledger (what an in-memory store gives a real restart) would answer it twice", async () => {
    const api = await startFakeSlackApi();
    const post = eventCallback(mentionEvent(), "EvRESTART2");
    try {
      for (const retry of ["0", "1"]) {
        const app = await startHarness({}, { api, ledger: createMemoryEventLedger() });
        await postSigned(app.eventsUrl, { ...post, headers: { "x-slack-retry-num": retry } });
        await app.bot.settle();
        await app.close();
      }
      expect(api.callsTo("chat.postMessage")).toHaveLength(2);
    } finally {
      await api.close();
    }
  });
});
