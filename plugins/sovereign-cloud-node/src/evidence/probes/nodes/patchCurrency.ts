import { PatchCurrency } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KUBERNETES_RELEASES,
  KubernetesMinorRelease,
} from './kubernetesReleases';

/** A Kubernetes version as kubelets and `/version` report it. */
export interface KubernetesVersion {
  text: string;
  minor: number;
  patch: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// scs-0210-v2: the newest patch within one month of its release.
const GRACE_MS = 30 * DAY_MS;

/** `v1.36.4`, `v1.31.5+k3s1`, `v1.30.4-eks-a737599` → 1.x.y; undefined otherwise. */
export function parseKubernetesVersion(
  text: string | undefined,
): KubernetesVersion | undefined {
  const match = /^v?1\.(\d+)\.(\d+)/.exec(text?.trim() ?? '');
  return match
    ? { text: text!.trim(), minor: Number(match[1]), patch: Number(match[2]) }
    : undefined;
}

/** The oldest of several versions (it bounds the cluster's patch level). */
export function oldestVersion(
  versions: KubernetesVersion[],
): KubernetesVersion | undefined {
  return [...versions].sort(
    (a, b) => a.minor - b.minor || a.patch - b.patch,
  )[0];
}

const endOfDay = (date: string) => Date.parse(`${date}T23:59:59Z`);

function minorNumber(release: KubernetesMinorRelease): number {
  return Number(release.minor.split('.')[1]);
}

/**
 * Judges one version against the upstream release table: end of life after
 * the upstream date; "lagging" when a newer patch of its minor came out more
 * than a month ago; "current" only while the table's patch list for that
 * minor is less than a month old (otherwise unknown, never guessed).
 */
export function judgePatchCurrency(
  version: KubernetesVersion,
  options: {
    now: Date;
    timing: PatchCurrency['timing'];
    releases?: KubernetesMinorRelease[];
  },
): { value: PatchCurrency | null; note: string } {
  const releases = options.releases ?? KUBERNETES_RELEASES.minors;
  const now = options.now.getTime();
  const { timing } = options;
  const release = releases.find(r => minorNumber(r) === version.minor);
  if (!release) {
    const known = releases.map(minorNumber);
    if (version.minor < Math.min(...known)) {
      return {
        value: { supported: false, current: false, timing },
        note: `${version.text} is older than every supported Kubernetes minor`,
      };
    }
    return {
      value: null,
      note: `${version.text} is newer than the release table (reviewed ${KUBERNETES_RELEASES.reviewedAt}); its patch currency is not known`,
    };
  }
  if (now > endOfDay(release.endOfLife)) {
    return {
      value: { supported: false, current: false, timing },
      note: `${version.text}: Kubernetes ${release.minor} reached end of life on ${release.endOfLife}`,
    };
  }
  const overdue = Object.entries(release.patches)
    .map(([patch, date]) => ({ patch: Number(patch), date }))
    .filter(p => p.patch > version.patch && Date.parse(p.date) + GRACE_MS < now)
    .sort((a, b) => b.patch - a.patch)[0];
  if (overdue) {
    return {
      value: { supported: true, current: false, timing },
      note: `${version.text} lags: ${release.minor}.${overdue.patch} was released on ${overdue.date}`,
    };
  }
  const knownUntil = release.patchesKnownUntil;
  if (knownUntil && Date.parse(knownUntil) + GRACE_MS >= now) {
    return {
      value: { supported: true, current: true, timing },
      note: `${version.text} is supported until ${release.endOfLife} and has every patch older than a month`,
    };
  }
  return {
    value: null,
    note: `${version.text} is supported until ${
      release.endOfLife
    }; whether it has the newest patch is not known (the release table lists patches of ${
      release.minor
    } ${knownUntil ? `up to ${knownUntil}` : 'not at all'})`,
  };
}
