const kubeVersion = /^v(\d+)(?:(alpha|beta)(\d+))?$/;

function rank(version: string): [number, number, number] | undefined {
  const match = kubeVersion.exec(version);
  if (!match) {
    return undefined;
  }
  const stabilities: Record<string, number> = { alpha: 1, beta: 2 };
  const stability = match[2] === undefined ? 3 : stabilities[match[2]];
  return [stability, Number(match[1]), Number(match[3] ?? 0)];
}

/**
 * Orders versions as the API server does for discovery (`v1` > `v1beta2` > `v1beta1` >
 * `v1alpha1` > other strings): the first one is the preferred version.
 */
export function compareVersionPriority(a: string, b: string): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra && rb) {
    // GA before beta before alpha, then the higher major, then the higher minor.
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2];
  }
  if (ra || rb) {
    return ra ? -1 : 1;
  }
  return a.localeCompare(b);
}
