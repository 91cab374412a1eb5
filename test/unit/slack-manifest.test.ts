import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const ManifestSchema = z.object({
  features: z.object({ agent_view: z.object({ agent_description: z.string().min(1) }) }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    org_deploy_enabled: z.boolean(),
  }),
});

const manifest = ManifestSchema.parse(parse(readFileSync("slack-manifest.yaml", "utf8")));

describe("slack-manifest.yaml", () => {
  it("asks for exactly the scopes the code uses", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      "app_mentions:read", // app_mention
      "assistant:write", // assistant.threads.setStatus / setSuggestedPrompts / setTitle
      "channels:history", // message.channels, conversations.replies
      "chat:write", // postMessage, update, start/append/stopStream
      "commands", // /k8s-runtime
      "groups:history", // message.groups, conversations.replies
      "im:history", // message.im
    ]);
  });

  it("subscribes to the events the listeners handle, and nothing it has no scope for", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "message.channels",
      "message.groups",
      "message.im",
    ]);
  });

  it("turns on the agent view", () => {
    expect(manifest.features.agent_view.agent_description).toMatch(/Kubernetes/);
  });
});
