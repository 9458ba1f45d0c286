import { TimePoint } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * Least-squares slope of a series in units per day, or undefined when it has
 * fewer than two points or spans less than `minimumSpanSeconds`: a slope over
 * a few minutes of a fresh node says nothing about a day.
 */
export function fitGrowthPerDay(
  points: TimePoint[],
  minimumSpanSeconds: number,
): number | undefined {
  const finite = points.filter(p => Number.isFinite(p.value));
  if (finite.length < 2) return undefined;
  const spanMs = finite[finite.length - 1].at - finite[0].at;
  if (spanMs < minimumSpanSeconds * 1000) return undefined;
  // Centre time and value so large epoch numbers do not swamp the sums.
  const t0 = finite[0].at;
  const n = finite.length;
  const meanT = finite.reduce((s, p) => s + (p.at - t0), 0) / n;
  const meanV = finite.reduce((s, p) => s + p.value, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of finite) {
    const dt = p.at - t0 - meanT;
    num += dt * (p.value - meanV);
    den += dt * dt;
  }
  return den === 0 ? undefined : (num / den) * 86_400_000;
}

/** The longest span (seconds) among the series. */
export function spanSeconds(points: TimePoint[]): number {
  return points.length < 2
    ? 0
    : (points[points.length - 1].at - points[0].at) / 1000;
}
