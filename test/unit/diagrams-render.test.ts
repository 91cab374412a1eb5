import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPaths } from "../../src/adapters/knowledge/load-paths.ts";
import {
  DIAGRAM_NAMES,
  type RuntimePath,
  renderDiagram,
  WIDTH_LIMITS,
} from "../../src/core/diagrams/index.ts";
import { AppError } from "../../src/errors.ts";
import { goldenCases, KNOWLEDGE_ROOT } from "../diagram-golden-cases.ts";
import { boxedRowWidths, findBoxes } from "../diagram-grid.ts";

let paths: ReadonlyMap<string, RuntimePath>;
beforeAll(async () => {
  paths = await loadPaths(KNOWLEDGE_ROOT);
});

const render = (c: ReturnType<typeof goldenCases>[number]) =>
  renderDiagram(c.name, paths, { lang: c.lang, width: c.width, style: c.style });
const cases = goldenCases().map((c) => [c.file, c] as const);

describe("every diagram × width × style × language", () => {
  it.each(cases)("%s: every line fits and has no trailing space", (_, c) => {
    for (const line of render(c).split("\n")) {
      expect(stringWidth(line), line).toBeLessThanOrEqual(WIDTH_LIMITS[c.width]);
      expect(line, "trailing space").not.toMatch(/\s$/u);
    }
  });

  it.each(cases)("%s: box edges line up in display columns", (_, c) => {
    const text = render(c);
    const { boxes, problems } = findBoxes(text);
    expect(problems).toEqual([]);
    const expected =
      c.name === "compare"
        ? (paths.get("old")?.nodes.length ?? 0) + (paths.get("new")?.nodes.length ?? 0)
        : (paths.get(c.name)?.nodes.length ?? 0);
    expect(boxes).toHaveLength(expected);
  });

  it.each(cases.filter(([, c]) => c.name !== "compare" || c.width === "narrow"))(
    "%s: boxed rows of the single column all have one display width",
    (_, c) => {
      const widths = new Set(boxedRowWidths(render(c)));
      expect(widths.size).toBe(1);
    },
  );

  it.each(cases.filter(([, c]) => c.style === "ascii"))(
    "%s: ascii style uses only ASCII (and Hangul for Korean)",
    (_, c) => {
      const allowed = c.lang === "ko" ? /^[\x20-\x7E\p{Script=Hangul}]*$/u : /^[\x20-\x7E]*$/u;
      for (const line of render(c).split("\n")) expect(line).toMatch(allowed);
    },
  );

  it.each(cases.filter(([, c]) => c.lang === "ko"))(
    "%s: component names stay in Latin script in Korean",
    (_, c) => {
      const text = render(c);
      const ids = c.name === "compare" ? ["old", "new"] : [c.name];
      for (const id of ids)
        for (const node of paths.get(id)?.nodes ?? []) expect(text).toContain(node.name);
      expect(text).not.toMatch(/도커심|쿠블렛|컨테이너디/u);
    },
  );
});

describe("what the views say", () => {
  const opts = { lang: "en", width: "wide", style: "unicode" } as const;

  it("compare marks dockershim and dockerd removed and echoes them beside the new arrow", () => {
    const lines = renderDiagram("compare", paths, opts).split("\n");
    for (const name of ["dockershim", "dockerd"]) {
      const row = lines.find((l) => l.includes(`${name} ✗`));
      expect(row, name).toBeDefined();
      expect(row).toMatch(new RegExp(`│ ✗ ${name}$`));
    }
    expect(lines.at(-1)).toContain("✗ not in new path");
  });

  it("narrow compare stacks old above new and names what the new arrow skips", () => {
    const text = renderDiagram("compare", paths, { ...opts, width: "narrow" });
    const newStart = text.indexOf("New path");
    expect(newStart).toBeGreaterThan(text.indexOf("Old path"));
    expect(text.slice(newStart)).toMatch(
      /│ CRI gRPC \(containerd\.sock\)\n {4}│ ✗ dockershim\n {4}│ ✗ dockerd\n {4}▼/,
    );
  });

  it("compare puts shared components on the same row", () => {
    const lines = renderDiagram("compare", paths, opts).split("\n");
    for (const name of ["kubelet", "containerd", "containerd-shim", "runC"]) {
      const row = lines.find((l) => new RegExp(`^│ ${name} +│  │ ${name} +│$`).test(l));
      expect(row, name).toBeDefined();
    }
  });

  it("draws dockershim inside the kubelet box in the old path", () => {
    const text = renderDiagram("old", paths, opts);
    const { boxes } = findBoxes(text);
    const [kubelet, dockershim] = boxes;
    expect(dockershim?.left).toBeGreaterThan(kubelet?.left ?? 0);
    expect(dockershim?.bottom).toBeLessThan(kubelet?.bottom ?? 0);
  });

  it("the new view shows only what runs now", () => {
    for (const lang of ["en", "ko"] as const) {
      const text = renderDiagram("new", paths, { ...opts, lang });
      expect(text).not.toMatch(/dockershim|dockerd|✗/u);
      expect(text).toContain("containerd");
    }
  });

  it("follows the asker's language for roles, labels and legend", () => {
    const ko = renderDiagram("crio", paths, { ...opts, lang: "ko" });
    const en = renderDiagram("crio", paths, opts);
    expect(ko).toContain("저수준 OCI 런타임");
    expect(ko).toContain("인터페이스");
    expect(en).not.toMatch(/\p{Script=Hangul}/u);
  });

  it("is deterministic and has a title line first", () => {
    for (const name of DIAGRAM_NAMES) {
      const a = renderDiagram(name, paths, opts);
      expect(renderDiagram(name, paths, opts)).toBe(a);
      expect(a.split("\n")[0]).not.toBe("");
    }
  });

  it("throws an AppError when a path it needs is not loaded", () => {
    const partial = new Map([...paths].filter(([id]) => id !== "new"));
    expect(() => renderDiagram("compare", partial, opts)).toThrow(AppError);
    expect(() => renderDiagram("new", partial, opts)).toThrow(/"new" is not loaded/);
  });

  it("lists every diagram name", () => {
    expect(DIAGRAM_NAMES).toEqual(["compare", "old", "new", "crio", "cri-dockerd", "docker"]);
  });
});
