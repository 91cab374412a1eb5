import type { EvalCase } from "./evaluate.ts";

/** A thread longer than this is a loop in the set, not a conversation. */
const MAX_TURNS = 6;

/**
 * The questions asked before a case in its thread, oldest first: its `after`, and that
 * question's own `after` when the set holds it as a case too ("그거 어떻게 확인해?" after "노드
 * 런타임 뭔지 알려면?", then "그 명령 다시" after that). In Slack the bot sees the thread's last
 * answer, which was itself answered in context; replaying only one turn would ask a follow-up of
 * a follow-up that never had its own.
 */
export function threadBefore(c: EvalCase, cases: readonly EvalCase[]): string[] {
  const byQuestion = new Map<string, EvalCase>();
  for (const other of cases) if (!byQuestion.has(other.q)) byQuestion.set(other.q, other);
  const thread: string[] = [];
  const seen = new Set([c.q]);
  let after = c.after;
  while (after !== undefined && !seen.has(after) && thread.length < MAX_TURNS) {
    thread.unshift(after);
    seen.add(after);
    after = byQuestion.get(after)?.after;
  }
  return thread;
}
