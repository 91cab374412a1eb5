import { describe, expect, it } from "vitest";
import { createCounterparts } from "../../src/core/answer/equivalents.ts";
import { type Entry, EntrySchema, type Lang } from "../../src/core/knowledge/schema.ts";
import type { Intent } from "../../src/core/retrieval/intent.ts";
import { plainEntry } from "../helpers/entry-fixture.ts";
import { loadRealCore } from "../helpers/real-core.ts";

const row = (docker: string[], en: string) => ({ docker, en, ko: `ko ${en}` });
const mapping = {
  ...plainEntry("mapping"),
  intent: "command" as const,
  equivalents: [
    row(["docker rm"], "rm row."),
    row(["docker rmi"], "rmi row."),
    row(["docker image prune", "docker system prune"], "prune row."),
    row(["docker save", "docker load"], "save row."),
    row(["docker ps"], "ps row."),
  ],
};
const other = plainEntry("other");

describe("a docker command's counterpart", () => {
  const named = createCounterparts([other, mapping]);
  // As the answerer reads them: the first row's entry answers, and each entry opens with its rows.
  const counterparts = {
    entryFor: (q: string, intent: Intent) => named(q, intent)[0]?.entry,
    sentencesFor: (entry: Entry, q: string, intent: Intent, lang: Lang) =>
      named(q, intent)
        .filter((r) => r.entry === entry)
        .map((r) => r.text[lang]),
  };

  it("is found by the whole command, however it is spaced or quoted", () => {
    expect(counterparts.entryFor("what replaces `docker   rmi` here?", "command")?.id).toBe(
      "mapping",
    );
    expect(counterparts.sentencesFor(mapping, "docker rmi 대신?", "command", "en")).toEqual([
      "rmi row.",
    ]);
    // `docker rm` is not `docker rmi`, and `docker image prune` is one command.
    expect(counterparts.sentencesFor(mapping, "instead of docker rm", "replacement", "ko")).toEqual(
      ["ko rm row."],
    );
    expect(
      counterparts.sentencesFor(mapping, "docker image prune 같은거", "command", "en"),
    ).toEqual(["prune row."]);
  });

  it("answers in the order the question names the commands, one row per command pair", () => {
    const q = "we did docker save then docker ps on the other node, what now?";
    expect(counterparts.sentencesFor(mapping, q, "command", "en")).toEqual([
      "save row.",
      "ps row.",
    ]);
    expect(
      counterparts.sentencesFor(mapping, "docker save and docker load", "command", "en"),
    ).toEqual(["save row."]);
  });

  it("answers only a question asking what to run instead, and not a whole list of commands", () => {
    expect(counterparts.entryFor("why does docker ps show nothing?", "reason")).toBeUndefined();
    expect(counterparts.entryFor("docker build alternatives", "replacement")).toBeUndefined();
    const many = "docker ps, docker rmi and docker save equivalents";
    expect(counterparts.entryFor(many, "command")).toBeUndefined();
    expect(counterparts.sentencesFor(mapping, many, "command", "en")).toEqual([]);
    expect(counterparts.sentencesFor(other, "docker ps 대신", "command", "en")).toEqual([]);
  });

  it("is declared only on a command entry, as docker commands", () => {
    const onOther = EntrySchema.safeParse({ ...other, equivalents: mapping.equivalents });
    expect(onOther.error?.issues[0]?.path).toEqual(["equivalents"]);
    const notDocker = EntrySchema.safeParse({
      ...mapping,
      equivalents: [row(["crictl ps"], "x.")],
    });
    expect(notDocker.success).toBe(false);
  });
});

describe("answers to 'what do I run instead of docker X?'", () => {
  it("open with X's counterpart, whatever story surrounds it", async () => {
    const core = await loadRealCore();
    const ask = (q: string) => core.answerer.answerOffline(q);
    const pull = ask(
      "our golden-image build used to bake images in with docker pull; on containerd workers what is the replacement?",
    );
    expect(pull.entryIds[0]).toBe("crictl-vs-docker-commands");
    expect(pull.text.split("\n")[0]).toContain("crictl pull");
    // Two commands asked: one first sentence, in the order asked.
    const two = ask(
      "what are the crictl equivalents of docker inspect (for an image) and docker rmi?",
    );
    const first = two.text.split("\n")[0] ?? "";
    expect(first.indexOf("crictl inspecti")).toBeLessThan(first.indexOf("crictl rmi"));
    expect(first).toMatch(/; `docker rmi`/);
    // No command named, only docker commands as a whole: crictl takes over from them.
    const cli = ask(
      "on-call scripts shell into workers and run docker commands — what do they use now?",
    );
    expect(cli.text.split("\n")[0]).toContain("crictl");
    const load = ask(
      "air-gapped site: we shipped images with docker save / docker load. containerd 노드에선 뭘로 대신해요?",
    );
    expect(load.text.split("\n")[0]).toContain("ctr -n k8s.io images import");
  });
});
