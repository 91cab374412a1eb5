import { describe, expect, it } from "vitest";
import {
  codeBlock,
  decodeSlackEntities,
  escapeMrkdwn,
  link,
  plainToMrkdwn,
} from "../../src/adapters/slack/format/mrkdwn.ts";
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

describe("link", () => {
  it("makes <url|title> with the title escaped", () => {
    expect(link("https://kubernetes.io/docs", "CRI <v1> & more")).toBe(
      "<https://kubernetes.io/docs|CRI &lt;v1&gt; &amp; more>",
    );
  });

  it("keeps | and > from ending the link early", () => {
    const out = link("https://x.test/a|b>c?d=1&e=2", "a | b > c");
    expect(out).toBe("<https://x.test/a%7Cb%3Ec?d=1&amp;e=2|a ｜ b &gt; c>");
    expect(out.match(/\|/g)).toHaveLength(1);
    expect(out.match(/>/g)).toHaveLength(1);
  });

  it("renders a non-http URL as plain escaped text", () => {
    expect(link("javascript:alert(1)", "<x>")).toBe("&lt;x&gt;");
  });
});

describe("plainToMrkdwn", () => {
  it("turns '- ' lines into bullets and escapes the rest", () => {
    expect(plainToMrkdwn("Lead <b>.\n- one\n- two & three")).toBe(
      "Lead &lt;b&gt;.\n• one\n• two &amp; three",
    );
  });
});

describe("codeBlock", () => {
  it("fences escaped text and cannot be closed early by backticks inside", () => {
    const out = codeBlock("a -> b\n```\n<@U1>");
    expect(out.startsWith("```\n")).toBe(true);
    expect(out.endsWith("\n```")).toBe(true);
    expect(out.match(/```/g)).toHaveLength(2);
    expect(out).toContain("&lt;@U1&gt;");
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
