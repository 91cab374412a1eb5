import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";

const exec = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a terminal entry point the way `npm run` does, with a clean environment. */
async function run(
  script: string,
  args: string[],
  input = "",
  env: Record<string, string> = {},
): Promise<Run> {
  const child = exec(
    process.execPath,
    ["--import", "tsx", `src/adapters/cli/${script}.ts`, ...args],
    {
      env: { PATH: process.env.PATH ?? "", ...env },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

// Each test starts a TypeScript process; on a busy shared machine that alone can take
// several seconds, so these tests get more than vitest's 5 s default. Not a speed check.
const SPAWN_TIMEOUT = { timeout: 30_000 };

const JSON_KEYS = [
  "answer",
  "confidence",
  "entryIds",
  "inScope",
  "intent",
  "kind",
  "lang",
  "mode",
  "question",
  "related",
  "sources",
];

describe("npm run ask", SPAWN_TIMEOUT, () => {
  it("--json prints one object with the documented fields", async () => {
    const { code, stdout } = await run("ask", ["--json", "도커심은 왜 제거됐어?"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).sort()).toEqual(JSON_KEYS);
    expect(json).toMatchObject({ lang: "ko", inScope: true, mode: "offline" });
    expect(json.sources[0]).toEqual({
      id: "why-dockershim-removed",
      title: expect.any(String),
      url: expect.stringMatching(/^https:\/\//),
    });
    expect(json.answer.length).toBeLessThan(1200);
  });

  it("--json adds the compare diagram to answers about the path change", async () => {
    const { stdout } = await run("ask", [
      "--json",
      "what changed between kubelet and runc after 1.24?",
    ]);
    const json = JSON.parse(stdout);
    expect(json.diagram.name).toBe("compare");
    expect(json.diagram.text).toContain("dockershim");
  });

  it("--jsonl answers every non-blank line in order, with only JSON on stdout", async () => {
    const input = "crictl 뭐임\n\n   \nwhich version removed dockershim\n오늘 점심 뭐 먹지\n";
    const { code, stdout } = await run("ask", ["--jsonl"], input);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const objects = lines.map((l) => JSON.parse(l));
    expect(objects.map((o) => o.question)).toEqual([
      "crictl 뭐임",
      "which version removed dockershim",
      "오늘 점심 뭐 먹지",
    ]);
    expect(objects.map((o) => o.inScope)).toEqual([true, true, false]);
    for (const o of objects) expect(Object.keys(o).sort()).toEqual(JSON_KEYS);
  });

  it("--jsonl carries the diagram when one fits, like --json", async () => {
    const { stdout } = await run(
      "ask",
      ["--jsonl"],
      "dockershim 빠지고 kubelet 경로가 어떻게 바뀌었어?\n",
    );
    expect(JSON.parse(stdout).diagram.name).toBe("compare");
  });

  it("treats unknown flags as part of the question", async () => {
    const { code, stdout } = await run("ask", ["--json", "--container-runtime-endpoint 뭐야?"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ inScope: true, lang: "ko" });
  });

  it.each([
    [["--lang", "fr", "crictl"], 'not "fr"'],
    [["--lang"], "--lang takes ko or en"],
  ])("rejects %j with the usage and exit 2, no stack trace", async (args, words) => {
    const { code, stderr } = await run("ask", args);
    expect(code).toBe(2);
    expect(stderr).toContain(words);
    expect(stderr).toContain("usage:");
    expect(stderr).not.toContain("    at ");
  });

  it("names an unknown flag of eval and kb:check in one line and exits 2", async () => {
    for (const script of ["eval", "kb-check"]) {
      const { code, stderr } = await run(script, ["--bogus"]);
      expect(code).toBe(2);
      expect(stderr).toContain("Unknown option '--bogus'");
      expect(stderr).not.toContain("    at ");
    }
  });

  it("names the diagrams on an unknown diagram and exits 2", async () => {
    const { code, stdout } = await run("ask", ["diagram", "bogus"]);
    expect(code).toBe(2);
    expect(stdout).toContain("compare, old, new, crio, cri-dockerd, docker");
  });

  it("does not echo a huge invalid question back whole", async () => {
    const { stdout } = await run("ask", ["--jsonl"], `${"a".repeat(100_000)}\n`);
    expect(stdout.length).toBeLessThan(2_000);
  });

  it("--after answers a follow-up in the context of the previous question", async () => {
    const { code, stdout } = await run("ask", [
      "--json",
      "--after",
      "where do I configure registry mirrors for containerd?",
      "and for CRI-O?",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ kind: "answer", intent: "location" });
    expect(json.answer).toContain("registries.conf");
  });

  it("asks what a follow-up refers to when there is no previous question", async () => {
    const { stdout } = await run("ask", ["--json", "and for CRI-O?"]);
    expect(JSON.parse(stdout)).toMatchObject({ kind: "decline", inScope: false });
  });

  it("declines politely in the asker's language", async () => {
    const { stdout } = await run("ask", ["--json", "helm chart 어떻게 만들어?"]);
    const json = JSON.parse(stdout);
    expect(json.inScope).toBe(false);
    expect(json.answer).toContain("죄송합니다");
    expect(json.answer).toContain("containerd");
  });

  it("strips escape sequences and still answers", async () => {
    const { stdout } = await run("ask", ["--json", "\u001b[31mwhat is\u001b[0m crictl\u0007"]);
    expect(JSON.parse(stdout)).toMatchObject({ question: "what is crictl", inScope: true });
  });

  it.each([
    ["an empty question", "   ", "empty"],
    ["a question over 2,000 characters", "a".repeat(2001), "too long"],
  ])("answers %s with a clear message", async (_name, question, words) => {
    const { code, stdout, stderr } = await run("ask", ["--json", question]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).answer.toLowerCase()).toContain(words);
    expect(stderr).not.toContain("    at ");
  });

  it("prints a narrow Korean diagram alone, every line within 40 columns", async () => {
    const { code, stdout } = await run("ask", ["diagram", "compare", "--narrow", "--lang", "ko"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(stdout).toContain("dockershim");
  });

  it("refuses to start on an invalid knowledge base, naming files without a stack trace", async () => {
    const { code, stdout, stderr } = await run("ask", ["crictl"], "", {
      KNOWLEDGE_DIR: "test/fixtures/knowledge-bad",
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("KNOWLEDGE_INVALID");
    expect(stderr).toContain("missing-english.yaml");
    expect(stderr).not.toContain("    at ");
  });

  it("names a malformed variable and the fix", async () => {
    const { code, stderr } = await run("ask", ["crictl"], "", { OPENAI_BASE_URL: "not a url" });
    expect(code).toBe(1);
    expect(stderr).toContain("OPENAI_BASE_URL");
    expect(stderr).toContain("https://api.openai.com/v1");
  });
});

describe("npm run chat", SPAWN_TIMEOUT, () => {
  it("answers piped lines in order and stops at exit", async () => {
    const input = "help\n도커심이란?\nlang en\n도커심이란?\nexit\nwhat is crictl\n";
    const { code, stdout } = await run("chat", [], input);
    expect(code).toBe(0);
    const helpAt = stdout.indexOf("ask <question>");
    const koAt = stdout.indexOf("dockershim은");
    const enAt = stdout.indexOf("I'll answer in English");
    expect(helpAt).toBeGreaterThanOrEqual(0);
    expect(koAt).toBeGreaterThan(helpAt);
    expect(enAt).toBeGreaterThan(koAt);
    expect(stdout.slice(enAt)).toMatch(/dockershim (is|was)/i);
    expect(stdout).not.toContain("crictl (");
  });

  it("keeps the previous answer, so a follow-up is read against it", async () => {
    const input = "containerd로 마이그레이션 어떻게 해?\n그럼 롤백은?\n";
    const { stdout } = await run("chat", [], input);
    const rollbackAt = stdout.indexOf("되돌");
    expect(rollbackAt).toBeGreaterThan(stdout.indexOf("uncordon"));
  });

  it("fixes the answer language with --lang", async () => {
    const { stdout } = await run("chat", ["--lang", "ko"], "what is crictl\n");
    expect(stdout).toMatch(/[가-힣]/);
  });

  it("runs a tutoring lesson from piped lines: numbered options, 1 or a answers, progress kept in DATABASE_PATH", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "k8s-runtime-bot-chat-"));
    const env = { DATABASE_PATH: path.join(dir, "bot.db") };
    try {
      const input = "tutor\na\nwhat is a namespace?\ncontinue\ncgroups\nstatus\n";
      const first = await run("chat", [], input, env);
      expect(first.code).toBe(0);
      const out = first.stdout;
      expect(out).toContain("Lesson 1/12 · What a container runtime is");
      expect(out).toMatch(/ {2}1\) Takes images and runs and manages containers/);
      const order = [
        "✅ Right — Takes images",
        "The lesson waits where it was",
        "✅ Right — cgroups",
        "Lesson done",
        "▰▰▰▰▰  1. What a container runtime is ✓",
      ].map((s) => out.indexOf(s));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // A second run on the same file remembers: lesson 2 is next.
      const second = await run("chat", [], "tutor\n", env);
      expect(second.stdout).toContain("Lesson 2/12");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("shows a diagram on the diagram command", async () => {
    const { stdout } = await run("chat", [], "diagram new ascii\n");
    expect(stdout).toContain("containerd");
    expect(stdout).not.toMatch(/[┌│└]/);
  });
});

describe("npm run kb:check", SPAWN_TIMEOUT, () => {
  it("passes on the real knowledge base", async () => {
    const { code, stdout } = await run("kb-check", []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d+ entries, .* 0 problem\(s\)/);
  });

  it("lists every problem and exits non-zero on a bad one", async () => {
    const { code, stderr } = await run("kb-check", [], "", {
      KNOWLEDGE_DIR: "test/fixtures/knowledge-bad",
    });
    expect(code).toBe(1);
    for (const file of [
      "missing-english.yaml",
      "bad-url.yaml",
      "wrong-name.yaml",
      "broken-yaml.yaml",
      "dangling-related.yaml",
    ]) {
      expect(stderr).toContain(file);
    }
  });
});
