import {
  KarmadaBinding,
  KarmadaClusterView,
  KarmadaPlacement,
  KarmadaTaint,
  KarmadaToleration,
} from './karmadaTypes';
import { inPreviousResult } from './clusterAffinity';
import { FilterResult, PASS } from './filterResult';

/** Kubernetes `Toleration.ToleratesTaint`. */
export function toleratesTaint(
  toleration: KarmadaToleration,
  taint: KarmadaTaint,
): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  switch (toleration.operator ?? '') {
    case 'Exists':
      return true;
    case '':
    case 'Equal':
      return (toleration.value ?? '') === (taint.value ?? '');
    default:
      return false;
  }
}

/** Kubernetes `Taint.ToString`. */
export function describeTaint(taint: KarmadaTaint): string {
  const value = taint.value ? `=${taint.value}` : '';
  return `${taint.key}${value}:${taint.effect}`;
}

/** Karmada `TaintToleration` filter plugin. */
export function filterTaintToleration(
  cluster: KarmadaClusterView,
  placement: KarmadaPlacement | null | undefined,
  binding?: KarmadaBinding,
): FilterResult {
  if (inPreviousResult(cluster, binding)) return PASS;
  const tolerations = placement?.clusterTolerations ?? [];
  for (const taint of cluster.taints ?? []) {
    if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
    if (!tolerations.some(t => toleratesTaint(t, taint))) {
      return {
        pass: false,
        plugin: 'TaintToleration',
        reason: `cluster(s) had untolerated taint {${describeTaint(taint)}}`,
      };
    }
  }
  return PASS;
}
