import { describe, expect, it } from "vitest";
import { composeText } from "../../src/core/answer/compose.ts";
import { entryFixture } from "../helpers/entry-fixture.ts";

const facet = (intent: string, en: string) => ({
  intent,
  ko: { lead: `${en} (ko)`, examples: [] },
  en: { lead: en, examples: [] },
});
const entry = entryFixture(
  "crictl",
  {
    ko: { title: "crictl", lead: "crictl은 CRI CLI입니다.", points: ["가", "나"] },
    en: {
      title: "crictl",
      lead: "crictl is the CRI command line.",
      points: [
        "It talks to any CRI runtime.",
        "It cannot build images.",
        "It is for debugging nodes.",
      ],
    },
  },
  [
    facet("location", "crictl reads /etc/crictl.yaml for its endpoint."),
    facet(
      "reason",
      "A warning about default endpoints means crictl.yaml sets no runtime endpoint.",
    ),
  ],
);
const tokenize = (t: string) =>
  t
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .filter(Boolean);
const answer = (intent: "location" | "definition", words: string[]) =>
  composeText({ entry, lang: "en", intent, queryTokens: new Set(words), tokenize }).split("\n");

describe("leads the entry wrote for other kinds of question", () => {
  it("follow the lead as a point when they carry more of the question than the points", () => {
    const lines = answer("location", ["crictl.yaml", "warning", "default", "endpoints"]);
    expect(lines[0]).toBe("crictl reads /etc/crictl.yaml for its endpoint.");
    expect(lines[1]).toBe(
      "- A warning about default endpoints means crictl.yaml sets no runtime endpoint.",
    );
  });

  it("stay out when they share nothing with the question", () => {
    const lines = answer("definition", ["build", "images"]);
    expect(lines[0]).toBe("crictl is the CRI command line.");
    expect(lines.join("\n")).not.toContain("warning");
    expect(lines[1]).toBe("- It cannot build images.");
  });
});

describe("a 'when' question to an entry written for another kind", () => {
  const mirrors = entryFixture(
    "mirrors",
    {
      ko: { title: "미러", lead: "미러는 hosts.toml에 둡니다.", points: ["가"] },
      en: {
        title: "mirrors",
        lead: "Registry mirrors go in hosts.toml files.",
        points: ["Each registry host gets its own file.", "The old mirrors key is gone in 2.0."],
      },
    },
    [],
  );
  const lead = (words: string[]) =>
    composeText({
      entry: mirrors,
      lang: "en",
      intent: "time",
      queryTokens: new Set(words),
      tokenize,
    }).split("\n")[0];

  it("is led by the point naming a version, a major.minor one included", () => {
    expect(lead(["mirrors", "key", "gone"])).toBe("The old mirrors key is gone in 2.0.");
  });
});
