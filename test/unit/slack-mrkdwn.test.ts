import { describe, expect, it } from "vitest";
import { decodeSlackEntities, escapeMrkdwn } from "../../src/adapters/slack/format/mrkdwn.ts";
import { incomingText } from "../../src/adapters/slack/incoming-text.ts";

describe("escapeMrkdwn", () => {
  it("escapes &, < and > so broadcasts and mentions become plain text", () => {
    expect(escapeMrkdwn("<!channel> <!here> <!everyone> <@U123> a & b > c")).toBe(
      "&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; a &amp; b &gt; c",
    );
  });

  it("escapes & first so existing entities are shown, not interpreted", () => {
    expect(escapeMrkdwn("&lt;!channel&gt;")).toBe("&amp;lt;!channel&amp;gt;");
  });

  it("round-trips with decodeSlackEntities", () => {
    const text = "a < b && c > d <!channel>";
    expect(decodeSlackEntities(escapeMrkdwn(text))).toBe(text);
  });
});

describe("incomingText", () => {
  it("strips the bot's own mention, in both forms, and decodes entities", () => {
    expect(incomingText("<@UBOT> what is a &lt;shim&gt; &amp; why?", "UBOT")).toBe(
      "what is a <shim> & why?",
    );
    expect(incomingText("hey <@UBOT|k8s-runtime> help", "UBOT")).toBe("hey help");
  });

  it("keeps other mentions and broadcasts (they are escaped on the way out)", () => {
    expect(incomingText("<@UBOT> <!channel> <@U999> hi", "UBOT")).toBe("<!channel> <@U999> hi");
  });

  it("returns empty text for a bare mention", () => {
    expect(incomingText("<@UBOT>  ", "UBOT")).toBe("");
  });
});
