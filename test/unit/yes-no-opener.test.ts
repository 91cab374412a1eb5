import { describe, expect, it } from "vitest";
import { stripYesNo } from "../../src/core/answer/yes-no.ts";

describe("a yes/no opener taken off a lead", () => {
  it("capitalises the English sentence that is left", () => {
    expect(stripYesNo("Yes; docker build images run unchanged.", "en")).toBe(
      "Docker build images run unchanged.",
    );
  });

  it("leaves a tool's name as it is spelled", () => {
    expect(stripYesNo("No, containerd-shim is not dockershim.", "en")).toBe(
      "containerd-shim is not dockershim.",
    );
    expect(stripYesNo("Yes; cri-dockerd is still maintained.", "en")).toBe(
      "cri-dockerd is still maintained.",
    );
    expect(stripYesNo("No: crictl cannot build images.", "en")).toBe("crictl cannot build images.");
  });

  it("leaves Korean as written", () => {
    expect(stripYesNo("아니요, containerd-shim은 dockershim이 아닙니다.", "ko")).toBe(
      "containerd-shim은 dockershim이 아닙니다.",
    );
  });
});
