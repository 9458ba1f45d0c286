import type { KubernetesObject } from '../../kubernetes/types';
import type { AddonSourceId } from './types';

/**
 * Install order on a fresh cluster (reference §7.3): CNI first, then the
 * storage operators, then the storage objects they reconcile, then
 * observability. Provider CCM/CSI (step 2) ship with the ClusterClass.
 */
export const ADDON_STAGES = [
  'network',
  'storage',
  'storage-config',
  'observability',
] as const;

export type AddonStage = (typeof ADDON_STAGES)[number];

/** A Helm chart installed into the workload cluster. */
export interface HelmAddon {
  kind: 'helm';
  /** Short name, unique per cluster; object names are `<cluster>-<id>`. */
  id: string;
  stage: AddonStage;
  /** Add-ons of the same stage that must be ready first. */
  after?: string[];
  sourceId: AddonSourceId;
  releaseName: string;
  targetNamespace: string;
  values: Record<string, unknown>;
  /** A Secret in the management cluster with extra values (Flux `valuesFrom`), kept out of Git. */
  valuesFromSecret?: string;
}

/** Plain manifests applied to the workload cluster. */
export interface ManifestAddon {
  kind: 'manifests';
  id: string;
  stage: AddonStage;
  /** Add-ons of the same stage that must be ready first. */
  after?: string[];
  /** Objects we render and commit under `<basePath>/workload/<id>`. */
  objects?: KubernetesObject[];
  /** Or files of an upstream Git source (e.g. Kilo's manifests). */
  upstream?: {
    sourceId: AddonSourceId;
    directory: string;
    files: string[];
    /** JSON6902 patches applied on top (Flux `patches`). */
    patches?: Array<{
      target: { kind: string; name: string; namespace?: string };
      patch: string;
    }>;
  };
}

export type Addon = HelmAddon | ManifestAddon;

export function stageIndex(stage: AddonStage): number {
  return ADDON_STAGES.indexOf(stage);
}
