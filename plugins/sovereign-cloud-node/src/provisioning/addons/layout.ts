import type { AddonRequest } from './types';

/** Directory of the cluster in the GitOps repository. */
export function basePathOf(request: AddonRequest): string {
  return request.gitops?.basePath ?? `clusters/${request.clusterName}`;
}

/** Delivery objects applied to the management cluster. */
export function addonsPathOf(request: AddonRequest): string {
  return `${basePathOf(request)}/addons`;
}

/** Objects applied to the workload cluster for one add-on. */
export function workloadPathOf(request: AddonRequest, addonId: string): string {
  return `${basePathOf(request)}/workload/${addonId}`;
}

/** Names are per cluster, so several clusters can share one namespace. */
export function objectNameOf(request: AddonRequest, id: string): string {
  return `${request.clusterName}-${id}`;
}

/** CAPI's kubeconfig Secret of the workload cluster (reference §1.6). */
export function kubeconfigSecretOf(request: AddonRequest): string {
  return `${request.clusterName}-kubeconfig`;
}

export function labelsOf(
  request: AddonRequest,
  addonId?: string,
): Record<string, string> {
  return {
    'app.kubernetes.io/managed-by': 'sovereign-cloud',
    'sovereign-cloud.io/cluster': request.clusterName,
    ...(addonId ? { 'sovereign-cloud.io/addon': addonId } : {}),
  };
}
