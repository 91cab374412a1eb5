import { TEST_SIGNING_SECRET } from "./signed-request.ts";
import { TEST_BOT_TOKEN } from "./slack-harness.ts";
import { type MainProcess, spawnMain } from "./spawn-main.ts";

/**
 * Several `src/main.ts` processes on one database and one fake Slack API, as
 * replicas behind a Kubernetes Service: for the replica tests and
 * `bench:slack --replicas N`.
 */
export interface ReplicaSettings {
  readonly databaseUrl: string;
  readonly apiUrl: string;
  readonly env?: Readonly<Record<string, string>>;
}

export async function startReplica(settings: ReplicaSettings): Promise<MainProcess> {
  const main = await spawnMain({
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: settings.apiUrl,
    DATABASE_URL: settings.databaseUrl,
    DATABASE_POOL_SIZE: "4",
    LOG_LEVEL: "info",
    ...settings.env,
  });
  try {
    await main.waitHealthy(60_000);
  } catch (error) {
    await main.dispose();
    throw new Error(`replica did not become healthy: ${main.output()}`, { cause: error });
  }
  return main;
}

export function startReplicas(n: number, settings: ReplicaSettings): Promise<MainProcess[]> {
  return Promise.all(Array.from({ length: n }, () => startReplica(settings)));
}

/** Times `text` appears in the replicas' output (log lines are JSON, one per line). */
export function countInOutput(replicas: readonly MainProcess[], text: string): number {
  return replicas.reduce((sum, r) => sum + r.output().split(text).length - 1, 0);
}
