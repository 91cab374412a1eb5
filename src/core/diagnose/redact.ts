/**
 * Pasted text is data, and people paste secrets by accident: a kubeconfig, an
 * `Authorization:` header, a Slack token, a password in a manifest. They are
 * replaced before anything reads the paste, so no answer, log or button can echo them.
 */

export const REDACTED = "REDACTED";

const SECRET_KEYS =
  "client-certificate-data|client-key-data|certificate-authority-data|token|id-token|refresh-token|access-token|auth-token|bearer-token|password|passwd|client-secret|secret-key|api-key|apikey|api_key|aws_secret_access_key|aws_session_token|private-key|\\.dockerconfigjson|auth";

type Rule = readonly [RegExp, (match: string, ...groups: string[]) => string];

const keep =
  (prefix = 1, suffix?: number) =>
  (_m: string, ...g: string[]) =>
    `${g.slice(0, prefix).join("")}${REDACTED}${suffix === undefined ? "" : (g[suffix] ?? "")}`;

const RULES: readonly Rule[] = [
  [/-----BEGIN [A-Z ]+-----[\s\S]*?(?:-----END [A-Z ]+-----|$)/g, () => REDACTED],
  [/\bx(?:ox[abposre]|app)-[A-Za-z0-9-]{6,}/g, () => REDACTED],
  [/\b(gh[pousr]_)[A-Za-z0-9]{20,}/g, () => REDACTED],
  [/\bAKIA[0-9A-Z]{16}\b/g, () => REDACTED],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}/g, () => REDACTED],
  [
    /(\bauthorization["']?[ \t]*[:=][ \t]*["']?(?:(?:bearer|basic|token)[ \t]+)?)[^\s"',]+/gi,
    keep(),
  ],
  [/(\bbearer[ \t]+)(?!REDACTED)[A-Za-z0-9._~+/=-]{8,}/gi, keep()],
  // key: value, "key": "value", key=value (YAML, JSON, env files, kubeconfig).
  [
    new RegExp(
      `((?<![\\w-])["']?(?:${SECRET_KEYS})["']?[ \\t]*[:=][ \\t]*["']?)(?!REDACTED)(?![{[])[^\\s"',}]+`,
      "gi",
    ),
    keep(),
  ],
  [
    /((?<![\w-])[A-Z0-9_]*(?:TOKEN|PASSWORD|PASSWD|SECRET|API_KEY|ACCESS_KEY)[A-Z0-9_]*=["']?)(?!REDACTED)[^\s"']+/g,
    keep(),
  ],
  // env: [{name: DB_PASSWORD, value: …}] in YAML and JSON.
  [
    /(name:[ \t]*["']?[\w.-]*(?:token|password|passwd|secret|api_?key|access_?key)[\w.-]*["']?[ \t]*\n[ \t]*value:[ \t]*["']?)(?!REDACTED)[^\s"']+/gi,
    keep(),
  ],
  [
    /("name"\s*:\s*"[\w.-]*(?:token|password|passwd|secret|api_?key|access_?key)[\w.-]*"\s*,\s*"value"\s*:\s*")[^"]*/gi,
    keep(),
  ],
  [
    /(--(?:token|password|client-secret|bootstrap-token|certificate-key)(?:=|[ \t]+))(?!REDACTED)[^\s"']+/gi,
    keep(),
  ],
  [/(^|[^\w.-])[a-z0-9]{6}\.[a-z0-9]{16}(?![\w.-])/g, keep()],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+(@)/gi, keep(1, 1)],
];

export interface Redacted {
  readonly text: string;
  /** How many secrets were replaced. */
  readonly count: number;
}

export function redactSecrets(text: string): Redacted {
  let count = 0;
  let out = text;
  for (const [pattern, replace] of RULES) {
    out = out.replace(pattern, (...args: unknown[]) => {
      count++;
      const groups = args.slice(1, -2).map((g) => (typeof g === "string" ? g : ""));
      return replace(String(args[0]), ...groups);
    });
  }
  return { text: out, count };
}
