import type { AddonSource, AddonSourceId } from './types';

/**
 * Charts and manifest sources of the add-ons, in one place. `verified`
 * marks entries whose repository and version were read from the
 * provisioning reference; the others are the projects' usual locations at a
 * version chosen by us and must be checked before use.
 *
 * @public
 */
export const ADDON_SOURCES: Readonly<Record<AddonSourceId, AddonSource>> =
  Object.freeze({
    cilium: {
      type: 'helm',
      url: 'https://helm.cilium.io',
      chart: 'cilium',
      version: '1.18.2',
      source:
        'reference §1.7 (repository); version not in the reference, pick the release you run',
      verified: false,
    },
    kilo: {
      type: 'git',
      url: 'https://github.com/squat/kilo',
      version: '0.7.0',
      source:
        'reference §4.3: manifests/crds.yaml + manifests/kilo-kubeadm.yaml @ 0.7.0',
      verified: true,
    },
    'rook-ceph': {
      type: 'helm',
      url: 'https://charts.rook.io/release',
      chart: 'rook-ceph',
      version: 'v1.20.6',
      source: 'reference §5.1 (rook/rook v1.20.6, charts.rook.io/release)',
      verified: true,
    },
    longhorn: {
      type: 'helm',
      url: 'https://charts.longhorn.io',
      chart: 'longhorn',
      version: '1.12.1',
      source:
        'reference §5.2 (longhorn v1.12.1); repository URL from the Longhorn docs, not the reference',
      verified: false,
    },
    'simplyblock-csi': {
      type: 'helm',
      url: 'https://install.simplyblock.io/helm/csi',
      chart: 'spdk-csi',
      version: '0.1.0',
      source:
        'reference §5.3 names the chart (charts/spdk-csi); repository URL and version are not in the reference',
      verified: false,
    },
    'kube-prometheus-stack': {
      type: 'helm',
      url: 'https://prometheus-community.github.io/helm-charts',
      chart: 'kube-prometheus-stack',
      version: '88.5.3',
      source: 'reference §6.1 and §7.1',
      verified: true,
    },
    'opentelemetry-collector': {
      type: 'helm',
      url: 'https://open-telemetry.github.io/opentelemetry-helm-charts',
      chart: 'opentelemetry-collector',
      version: '0.136.0',
      source:
        'reference §6.3 (repository and chart); version not in the reference',
      verified: false,
    },
  });

/** The source table with the request's overrides applied. */
export function resolveAddonSources(
  overrides: Partial<Record<AddonSourceId, AddonSource>> = {},
): Record<AddonSourceId, AddonSource> {
  return { ...ADDON_SOURCES, ...overrides };
}
