export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** The first x.y[.z] in a version string: `v1.23.16-eks-48e63af`, `1.6.4+azure-4`, `1.6.6-k3s1`. */
export function parseVersion(text: string | undefined): Version | undefined {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? "");
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export function atLeast(v: Version, major: number, minor: number, patch = 0): boolean {
  return compareVersions(v, { major, minor, patch }) >= 0;
}

export const show = (v: Version) => `${v.major}.${v.minor}.${v.patch}`;
export const minorOf = (v: Version) => `${v.major}.${v.minor}`;
