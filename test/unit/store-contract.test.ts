import { createMemoryStores } from "../../src/adapters/store/memory-stores.ts";
import { openSqliteStores } from "../../src/adapters/store/sqlite/open-sqlite.ts";
import { describeStoreContract } from "../contracts/store-contract.ts";

describeStoreContract("sqlite :memory:", () => openSqliteStores({ path: ":memory:" }));
describeStoreContract("memory", async () => createMemoryStores());
