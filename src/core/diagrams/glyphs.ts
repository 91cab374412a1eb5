/** Terminal-safe ASCII, or box-drawing characters for Slack and modern terminals. */
export type DiagramStyle = "unicode" | "ascii";

export interface BoxGlyphs {
  readonly topLeft: string;
  readonly topRight: string;
  readonly bottomLeft: string;
  readonly bottomRight: string;
  readonly horizontal: string;
  readonly vertical: string;
}

export interface Glyphs {
  /** Components that still run. */
  readonly solid: BoxGlyphs;
  /** Components the new path dropped: a dashed outline reads as "no longer there". */
  readonly dashed: BoxGlyphs;
  /** Where an arrow leaves a box's bottom edge. */
  readonly tee: string;
  /** Where an arrow from a nested box crosses its host's bottom edge. */
  readonly cross: string;
  readonly shaft: string;
  readonly head: string;
  /** Mark after a removed component's name and in front of its ghost in the new column. */
  readonly removed: string;
  readonly legendSeparator: string;
}

// Every glyph is one display column wide (string-width); the tests rely on it.
export const GLYPHS: Readonly<Record<DiagramStyle, Glyphs>> = {
  unicode: {
    solid: {
      topLeft: "┌",
      topRight: "┐",
      bottomLeft: "└",
      bottomRight: "┘",
      horizontal: "─",
      vertical: "│",
    },
    dashed: {
      topLeft: "┌",
      topRight: "┐",
      bottomLeft: "└",
      bottomRight: "┘",
      horizontal: "┄",
      vertical: "┆",
    },
    tee: "┬",
    cross: "┼",
    shaft: "│",
    head: "▼",
    removed: "✗",
    legendSeparator: " · ",
  },
  ascii: {
    solid: {
      topLeft: "+",
      topRight: "+",
      bottomLeft: "+",
      bottomRight: "+",
      horizontal: "-",
      vertical: "|",
    },
    dashed: {
      topLeft: "+",
      topRight: "+",
      bottomLeft: "+",
      bottomRight: "+",
      horizontal: ".",
      vertical: ":",
    },
    tee: "+",
    cross: "+",
    shaft: "|",
    head: "v",
    removed: "X",
    legendSeparator: "; ",
  },
};
