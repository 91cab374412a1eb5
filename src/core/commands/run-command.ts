import { helpText, langSetText, unknownDiagramText } from "../answer/messages.ts";
import type { Answer, Answerer, TurnContext } from "../answer/types.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { DiagramName, Lang } from "../knowledge/schema.ts";
import type { Command } from "./parse-command.ts";

export interface DiagramOptions {
  readonly lang: Lang;
  readonly width: "wide" | "narrow";
  readonly style: "unicode" | "ascii";
}

/** Renders a named runtime-path diagram as text; the diagrams module implements it. */
export type DiagramRenderer = (name: DiagramName, options: DiagramOptions) => string;

export interface RenderedDiagram {
  readonly name: DiagramName;
  readonly text: string;
}

export type Reply =
  | { readonly kind: "answer"; readonly answer: Answer; readonly diagram?: RenderedDiagram }
  | { readonly kind: "text"; readonly lang: Lang; readonly text: string }
  | { readonly kind: "diagram"; readonly lang: Lang; readonly diagram: RenderedDiagram };

export interface CommandContext {
  /** The language the user fixed with `lang`, if any. */
  readonly lang?: Lang;
  /** The language to use for replies that carry no question (help, topics). */
  readonly fallbackLang: Lang;
  /** How commands are typed on this surface, e.g. "/k8s-runtime" or "" in the terminal. */
  readonly commandPrefix: string;
  /** Narrow (phone) diagrams by default on this surface. */
  readonly narrow?: boolean;
  readonly ascii?: boolean;
  /** The previous turn of this conversation (thread, DM), for follow-ups. */
  readonly previous?: TurnContext;
  /** Receives a model answer's text as it is written (streaming surfaces). */
  readonly onText?: (textSoFar: string) => void;
}

export interface CommandRunnerDeps {
  readonly kb: KnowledgeBase;
  readonly answerer: Answerer;
  readonly renderDiagram: DiagramRenderer;
}

export function topicsText(kb: KnowledgeBase, lang: Lang): string {
  const head =
    lang === "ko"
      ? `다루는 주제 (${kb.entries.length}개):`
      : `Topics I know (${kb.entries.length}):`;
  const groups = kb.topics.map((group) => {
    const titles = group.entries.flatMap((id) => kb.byId.get(id)?.[lang].title ?? []);
    return [`${group[lang]}:`, ...titles.map((t) => `- ${t}`)].join("\n");
  });
  return [head, ...groups].join("\n\n");
}

/**
 * Runs a parsed command and returns a surface-neutral reply. The terminal chat and
 * the Slack slash command both call this, so they behave the same.
 */
export function createCommandRunner(deps: CommandRunnerDeps) {
  const { kb, answerer, renderDiagram } = deps;
  const draw = (
    name: DiagramName,
    lang: Lang,
    ctx: CommandContext,
    narrow = false,
    ascii = false,
  ) => ({
    name,
    text: renderDiagram(name, {
      lang,
      width: narrow || ctx.narrow ? "narrow" : "wide",
      style: ascii || ctx.ascii ? "ascii" : "unicode",
    }),
  });

  return async function run(command: Command, ctx: CommandContext): Promise<Reply> {
    const lang = ctx.lang ?? ctx.fallbackLang;
    switch (command.type) {
      case "empty":
      case "help":
        return { kind: "text", lang, text: helpText(lang, ctx.commandPrefix) };
      case "topics":
        return { kind: "text", lang, text: topicsText(kb, lang) };
      case "lang":
        return { kind: "text", lang: command.lang ?? lang, text: langSetText(command.lang) };
      case "unknown-diagram":
        return { kind: "text", lang, text: unknownDiagramText(lang, command.name) };
      case "diagram": {
        const dlang = command.lang ?? lang;
        return {
          kind: "diagram",
          lang: dlang,
          diagram: draw(command.name, dlang, ctx, command.narrow, command.ascii),
        };
      }
      case "ask": {
        const answer = await answerer.ask(command.question, {
          ...(ctx.lang ? { lang: ctx.lang } : {}),
          ...(ctx.previous ? { previous: ctx.previous } : {}),
          ...(ctx.onText ? { onText: ctx.onText } : {}),
        });
        if (answer.kind !== "answer" || !answer.diagram) return { kind: "answer", answer };
        return { kind: "answer", answer, diagram: draw(answer.diagram, answer.lang, ctx) };
      }
    }
  };
}

export type CommandRunner = ReturnType<typeof createCommandRunner>;
