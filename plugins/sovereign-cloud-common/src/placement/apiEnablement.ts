import { KarmadaBinding, KarmadaClusterView } from './karmadaTypes';
import { inPreviousResult } from './clusterAffinity';
import { FilterResult, PASS } from './filterResult';

/** Karmada `APIEnablement` filter plugin: the member must serve the resource's API. */
export function filterApiEnablement(
  cluster: KarmadaClusterView,
  binding?: KarmadaBinding,
): FilterResult {
  const resource = binding?.resource;
  if (!resource || inPreviousResult(cluster, binding)) return PASS;
  const enabled = (cluster.apiEnablements ?? []).some(
    api =>
      api.groupVersion === resource.apiVersion &&
      (api.resources ?? []).some(r => r.kind === resource.kind),
  );
  return enabled
    ? PASS
    : {
        pass: false,
        plugin: 'APIEnablement',
        reason: `cluster(s) did not have the API resource ${resource.apiVersion}/${resource.kind}`,
      };
}
