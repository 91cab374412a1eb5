import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/core/diagnose/diagnose.ts";
import { paste } from "../helpers/pastes.ts";

/** Pieces of real pastes, shuffled with noise: whatever people send, reading never throws. */
const PIECES = [
  ...paste("nodes-wide-1.27.txt").split("\n"),
  ...paste("manifests.yaml").split("\n"),
  ...paste("describe-node.txt").split("\n"),
  "```",
  "```yaml",
  "---",
  "{",
  '"items": [',
  "&lt;none&gt;",
  "<http://a.b|a.b>",
  'KUBELET_KUBEADM_ARGS="--container-runtime=remote --network-plugin=cni"',
  "unknown flag: --container-runtime",
  "dial unix /run/containerd/containerd.sock: connect: no such file or directory",
  "Authorization: Bearer abcdefghijklmnop",
  "우리 노드 괜찮나요?",
];

const pasteLike = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 })), { maxLength: 40 })
  .map((lines) => lines.join("\n"));

describe("reading any input", () => {
  it("never throws, and a diagnosis always has a verdict sentence", () => {
    fc.assert(
      fc.property(fc.oneof(pasteLike, fc.string({ maxLength: 400 })), (text) => {
        const reading = readPaste(text);
        if (reading) expect(reading.diagnosis.summary.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("never repeats the bearer token it was given", () => {
    fc.assert(
      fc.property(pasteLike, (text) => {
        const reading = readPaste(`${text}\nAuthorization: Bearer s3cr3t-t0ken-value-xyz`);
        expect(JSON.stringify(reading ?? {})).not.toContain("s3cr3t-t0ken-value-xyz");
      }),
      { numRuns: 200, seed: 8 },
    );
  });
});
