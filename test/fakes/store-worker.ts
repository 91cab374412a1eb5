import { openSqliteStores } from "../../src/adapters/store/sqlite/open-sqlite.ts";
import { initialState } from "../../src/core/tutor/state.ts";

/**
 * A second process on the same database file (store tests spawn two of these):
 * claims the same ledger keys and bumps one user's progress by compare-and-set,
 * then prints what it won as JSON.
 */
const [file = "", rounds = "20"] = process.argv.slice(2);
const stores = await openSqliteStores({ path: file });
let claimed = 0;
let saves = 0;
for (let i = 0; i < Number(rounds); i++) {
  if (await stores.ledger.claim([`event-${i}`], Date.now())) claimed++;
  for (;;) {
    const current = await stores.progress.load("U1");
    const state = current?.state ?? initialState("ko");
    const saved = await stores.progress.save(
      "U1",
      { ...state, seq: state.seq + 1 },
      current?.version ?? 0,
      Date.now(),
    );
    if (saved !== undefined) break;
  }
  saves++;
}
await stores.close();
process.stdout.write(`${JSON.stringify({ claimed, saves })}\n`);
