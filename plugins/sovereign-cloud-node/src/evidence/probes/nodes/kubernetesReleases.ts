import { Verification } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** One upstream Kubernetes minor release line. */
export interface KubernetesMinorRelease {
  minor: string;
  /** Upstream end of life (last day of support). */
  endOfLife: string;
  /** Patch releases known to the table: patch number → release date. */
  patches: Record<number, string>;
  /** Date up to which the table lists every patch of this minor. */
  patchesKnownUntil?: string;
}

/**
 * Upstream Kubernetes support dates, as the SC-7.03 patch-currency reading
 * uses them (scs-0210-v2: versions are supported as long as upstream
 * supports them; the newest patch within one month).
 *
 * Sources: kubernetes.io release pages `/releases/1.33` to `/releases/1.37`
 * (stored copies; 1.37 read as of 2026-09-15, 1.36 as of 2026-08-11, 1.35 as
 * of 2026-09-15, 1.34 as of 2026-06-09) and the SCS conformance test data
 * `SovereignCloudStack/standards Tests/kaas/scs_0210_version_policy/k8s-eol-data.yml`
 * for the end-of-life dates of 1.25–1.35. Review with every Kubernetes minor
 * release; patch currency is only judged "current" within a month of
 * `patchesKnownUntil`, so a stale table makes answers unknown, never wrong.
 */
export const KUBERNETES_RELEASES: {
  reviewedAt: string;
  verification: Verification;
  sources: string[];
  minors: KubernetesMinorRelease[];
} = {
  reviewedAt: '2026-11-30',
  verification: 'verified',
  sources: [
    'https://kubernetes.io/releases/',
    'https://github.com/SovereignCloudStack/standards/blob/main/Tests/kaas/scs_0210_version_policy/k8s-eol-data.yml',
  ],
  minors: [
    {
      minor: '1.37',
      endOfLife: '2027-10-28',
      patches: { 0: '2026-08-26', 1: '2026-09-15' },
      patchesKnownUntil: '2026-09-15',
    },
    {
      minor: '1.36',
      endOfLife: '2027-06-28',
      patches: {
        0: '2026-04-22',
        1: '2026-05-13',
        2: '2026-06-09',
        3: '2026-07-14',
        4: '2026-08-11',
      },
      patchesKnownUntil: '2026-08-11',
    },
    {
      minor: '1.35',
      endOfLife: '2027-02-28',
      patches: {
        1: '2026-02-10',
        2: '2026-02-26',
        3: '2026-03-19',
        4: '2026-04-14',
        5: '2026-05-12',
        6: '2026-06-09',
        7: '2026-07-14',
        8: '2026-08-11',
        9: '2026-09-15',
      },
      patchesKnownUntil: '2026-09-15',
    },
    {
      minor: '1.34',
      endOfLife: '2026-10-27',
      patches: {
        1: '2025-09-09',
        2: '2025-11-11',
        3: '2025-12-09',
        4: '2026-02-10',
        5: '2026-02-26',
        6: '2026-03-19',
        7: '2026-04-14',
        8: '2026-05-12',
        9: '2026-06-09',
      },
    },
    { minor: '1.33', endOfLife: '2026-06-28', patches: {} },
    { minor: '1.32', endOfLife: '2026-02-28', patches: {} },
    { minor: '1.31', endOfLife: '2025-10-28', patches: {} },
    { minor: '1.30', endOfLife: '2025-06-28', patches: {} },
    { minor: '1.29', endOfLife: '2025-02-28', patches: {} },
    { minor: '1.28', endOfLife: '2024-10-28', patches: {} },
    { minor: '1.27', endOfLife: '2024-06-28', patches: {} },
    { minor: '1.26', endOfLife: '2024-02-28', patches: {} },
    { minor: '1.25', endOfLife: '2023-10-28', patches: {} },
  ],
};
