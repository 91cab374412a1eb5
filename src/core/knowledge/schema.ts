import { z } from "zod";
import { IntentSchema } from "../retrieval/intent.ts";

/** Languages the bot answers in. Korean if the question has Hangul, else English. */
export const LangSchema = z.enum(["ko", "en"]);
export type Lang = z.infer<typeof LangSchema>;

export const DiagramNameSchema = z.enum(["compare", "old", "new", "crio", "cri-dockerd", "docker"]);
export type DiagramName = z.infer<typeof DiagramNameSchema>;

const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single hyphens)");

const nonEmpty = z.string().trim().min(1, "must not be empty");

/** One language's text of an entry: a lead sentence, then short points. */
export const EntryTextSchema = z.object({
  title: nonEmpty.max(120),
  lead: nonEmpty.max(400),
  points: z.array(nonEmpty.max(300)).max(8).default([]),
  examples: z.array(nonEmpty.max(200)).min(2, "needs at least 2 example questions"),
});
export type EntryText = z.infer<typeof EntryTextSchema>;

export const SourceSchema = z.object({
  title: nonEmpty.max(200),
  url: z.url({ protocol: /^https?$/ }),
});
export type Source = z.infer<typeof SourceSchema>;

/** A facet's text: the lead sentence that answers one intent, and questions that ask it. */
export const FacetTextSchema = z.object({
  lead: nonEmpty.max(400),
  examples: z.array(nonEmpty.max(200)).default([]),
  /** A procedure facet's ordered steps: shown whole, numbered, in this order. */
  steps: z.array(nonEmpty.max(400)).optional(),
});

/**
 * What a lead says becomes of the thing it is about (not a diagnosis verdict): it keeps
 * working, is there, is possible ("holds"), or it breaks, is gone, is not possible ("fails").
 * A yes/no question answered by a lead written for another kind ("what happens to dind?"
 * asked as "does dind die too?") then opens with the yes or no that fits the way it was asked.
 */
export const LeadVerdictSchema = z.enum(["holds", "fails"]);
export type LeadVerdict = z.infer<typeof LeadVerdictSchema>;

/**
 * Another answer the same entry gives to another kind of question ("what replaced
 * dockershim?" vs "what is dockershim?"): its own lead sentence and example questions.
 */
export const FacetSchema = z
  .strictObject({
    intent: IntentSchema,
    ko: FacetTextSchema,
    en: FacetTextSchema,
    /**
     * The task this facet's lead is for, as words of which a question must use one (any case,
     * any part of a word: "upgrad", "올리"): steps for upgrading containerd do not answer
     * "steps to add a mirror on containerd 2". Without it the facet answers any question of its kind.
     */
    asks: z.array(nonEmpty).min(1).optional(),
    verdict: LeadVerdictSchema.optional(),
  })
  .superRefine((facet, ctx) => {
    const ko = facet.ko.steps?.length ?? 0;
    const en = facet.en.steps?.length ?? 0;
    if (ko + en > 0 && facet.intent !== "procedure")
      ctx.addIssue({ code: "custom", message: "only a procedure facet has steps" });
    if (ko !== en)
      ctx.addIssue({
        code: "custom",
        message: `steps differ between languages (ko ${ko}, en ${en}): they must be the same steps`,
      });
  });
export type Facet = z.infer<typeof FacetSchema>;

/** A row's sentence in both languages (a docker command's counterpart, a runtime's socket). */
const rowText = { ko: nonEmpty.max(300), en: nonEmpty.max(300) };

/**
 * One docker command's counterpart on a CRI node ("`docker stats` → `crictl stats`"): the
 * sentence that answers "what do I run instead of docker X?", in both languages.
 */
export const EquivalentSchema = z.strictObject({
  /** The docker commands it answers for, as typed ("docker save", "docker image prune", "도커 명령"). */
  docker: z
    .array(
      z.string().regex(/^(?:docker|도커)( [a-z\uac00-\ud7af]+)+$/, 'must read "docker <command>"'),
    )
    .min(1),
  ...rowText,
});
export type Equivalent = z.infer<typeof EquivalentSchema>;

/**
 * Where one runtime's socket is ("containerd's CRI socket is `unix:///run/containerd/containerd.sock`"):
 * the sentence that answers "where is X's socket?", for the glossary terms in `for`.
 */
export const SocketRowSchema = z.strictObject({
  /** Glossary canonicals that name it (containerd; k3s; windows). */
  for: z.array(z.string().regex(/^[a-z0-9]+$/, "must be a glossary canonical")).min(1),
  /** A place a runtime runs in (k3s, Windows): when named, rows for the runtime alone give way. */
  place: z.boolean().default(false),
  ...rowText,
});
export type SocketRow = z.infer<typeof SocketRowSchema>;

/** Fields that only mean something on an entry whose main lead answers one kind of question. */
const KIND_OF_FIELD = [
  ["movesTo", "procedure"],
  ["equivalents", "command"],
  ["sockets", "location"],
] as const;

export const EntrySchema = z
  .strictObject({
    id: IdSchema,
    tags: z.array(nonEmpty).min(1),
    /**
     * The kind of question the main lead answers. "procedure" entries are ordered
     * steps: shown whole and in order, never re-ranked or cut.
     */
    intent: IntentSchema.optional(),
    /** What the main lead says becomes of its subject, for a yes/no question it answers. */
    verdict: LeadVerdictSchema.optional(),
    ko: EntryTextSchema,
    en: EntryTextSchema,
    facets: z.array(FacetSchema).optional(),
    /** The things a comparison entry weighs (two, or three tools side by side): a comparison naming two of them is answered by it. */
    compares: z.array(nonEmpty).min(2).max(3).optional(),
    /** The runtime a migration procedure moves a node to: "move the nodes to X" gets its steps. */
    movesTo: nonEmpty.optional(),
    /** A command-mapping entry's answer per docker command: "instead of docker X?" opens with its row. */
    equivalents: z.array(EquivalentSchema).optional(),
    /** A socket-paths entry's answer per runtime: "where is X's socket?" opens with its row. */
    sockets: z.array(SocketRowSchema).optional(),
    /**
     * The major release of one tool the entry is about ("containerd" 2): a question naming only
     * other releases of that tool ("mirrors on containerd 1.7") is answered by another entry.
     */
    release: z.strictObject({ of: nonEmpty, major: z.number().int().nonnegative() }).optional(),
    /**
     * The products an entry is about, when it answers only questions about them (k3s, RKE2): a
     * question naming none of them, itself or in the thread it follows, is answered by another entry.
     */
    askedFor: z.array(nonEmpty).min(1).optional(),
    related: z.array(IdSchema).default([]),
    sources: z.array(SourceSchema).min(1, "needs at least one source"),
    diagram: DiagramNameSchema.optional(),
  })
  .superRefine((entry, ctx) => {
    for (const [field, intent] of KIND_OF_FIELD) {
      if (entry[field] !== undefined && entry.intent !== intent)
        ctx.addIssue({
          code: "custom",
          message: `only a ${intent} entry (intent: ${intent}) can have ${field}`,
          path: [field],
        });
    }
  });
export type Entry = z.infer<typeof EntrySchema>;

/**
 * A glossary term: every spelling people use for one concept. Retrieval rewrites
 * each variant to `canonical` so "도커 심", "docker-shim" and "dockerhim" meet.
 */
export const GlossaryTermSchema = z.strictObject({
  canonical: z.string().regex(/^[a-z0-9]+$/, "canonical must be one lowercase ASCII word"),
  ko: nonEmpty,
  en: nonEmpty,
  variants: z.array(nonEmpty).default([]),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const GlossarySchema = z
  .strictObject({
    terms: z.array(GlossaryTermSchema).min(1),
    /** Canonicals that alone put a question in the bot's field. */
    core: z.array(nonEmpty).default([]),
    /** Canonicals of the field that need support from the rest of the question. */
    domain: z.array(nonEmpty).default([]),
    /** Word stems of neighbouring topics the bot does not cover. */
    offTopic: z.array(nonEmpty).default([]),
    /**
     * Terms that stand in for one another ("and for CRI-O?" after a containerd
     * answer swaps containerd for CRI-O; "kubelet 쪽은?" after a cgroup answer keeps cgroup).
     */
    peers: z.array(z.array(nonEmpty).min(2)).default([]),
  })
  .superRefine((g, ctx) => {
    const known = new Set(g.terms.map((t) => t.canonical));
    g.core.forEach((c, i) => {
      if (!known.has(c))
        ctx.addIssue({
          code: "custom",
          path: ["core", i],
          message: `"${c}" is not a term's canonical`,
        });
    });
    g.peers.forEach((group, i) => {
      group.forEach((c, j) => {
        if (!known.has(c))
          ctx.addIssue({
            code: "custom",
            path: ["peers", i, j],
            message: `"${c}" is not a term's canonical`,
          });
      });
    });
  });
export type Glossary = z.infer<typeof GlossarySchema>;

export const TopicGroupSchema = z.strictObject({
  id: IdSchema,
  ko: nonEmpty,
  en: nonEmpty,
  entries: z.array(IdSchema).min(1),
});
export type TopicGroup = z.infer<typeof TopicGroupSchema>;

export const TopicsSchema = z.strictObject({
  groups: z.array(TopicGroupSchema).min(1),
});

/**
 * A neighbouring topic people ask the bot about that it does not cover (CNI choice,
 * Helm, Dockerfile authoring…): recognised by patterns, declined with one line
 * saying why, in the asker's language.
 */
export const NearMissSchema = z.strictObject({
  id: IdSchema,
  /** Case-insensitive regular expressions over the question. */
  patterns: z.array(nonEmpty).min(1),
  ko: nonEmpty.max(200),
  en: nonEmpty.max(200),
});
export type NearMiss = z.infer<typeof NearMissSchema>;

export const NearMissesSchema = z.strictObject({
  /** Patterns that keep a question in scope even when a near-miss pattern matches. */
  keep: z.array(nonEmpty).default([]),
  topics: z.array(NearMissSchema).min(1),
});
export type NearMisses = z.infer<typeof NearMissesSchema>;
