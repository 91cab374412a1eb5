import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DIAGRAM_NAMES,
  type DiagramStyle,
  type DiagramWidth,
  type RuntimePath,
  renderDiagram,
} from "../src/core/diagrams/index.ts";
import type { DiagramName, Lang } from "../src/core/knowledge/schema.ts";

/** Shared by the golden test and `npm run golden:update`, so both see the same 48 cases. */

const here = path.dirname(fileURLToPath(import.meta.url));
export const GOLDEN_DIR = path.join(here, "golden", "diagrams");
export const KNOWLEDGE_ROOT = path.join(here, "..", "knowledge");

export interface GoldenCase {
  readonly name: DiagramName;
  readonly width: DiagramWidth;
  readonly style: DiagramStyle;
  readonly lang: Lang;
  /** <name>.<width>.<style>.<lang>.txt */
  readonly file: string;
}

const WIDTHS: readonly DiagramWidth[] = ["wide", "narrow"];
const STYLES: readonly DiagramStyle[] = ["unicode", "ascii"];
const LANGS: readonly Lang[] = ["ko", "en"];

export function goldenCases(): GoldenCase[] {
  return DIAGRAM_NAMES.flatMap((name) =>
    WIDTHS.flatMap((width) =>
      STYLES.flatMap((style) =>
        LANGS.map((lang) => ({
          name,
          width,
          style,
          lang,
          file: `${name}.${width}.${style}.${lang}.txt`,
        })),
      ),
    ),
  );
}

/** The golden file's exact bytes: the diagram plus the final newline text files end with. */
export function goldenText(paths: ReadonlyMap<string, RuntimePath>, c: GoldenCase): string {
  return `${renderDiagram(c.name, paths, { lang: c.lang, width: c.width, style: c.style })}\n`;
}
