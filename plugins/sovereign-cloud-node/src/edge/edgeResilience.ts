import {
  EdgeProviderLossOutcome,
  entryProviderLoss,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type { RenderedWorkload } from '../workloads/types';
import { parseEdgeRequest } from './edgeRequest';

/**
 * What losing each provider does to the workload's entry, for the clusters
 * the placement chose and the DNS named for the entry (see
 * `entryProviderLoss` in the common package).
 * @public
 */
export function edgeResilience(
  edgeInput: unknown,
  rendered: RenderedWorkload,
): EdgeProviderLossOutcome[] {
  const edge = parseEdgeRequest(edgeInput);
  const entry = edge.globalEntry;
  const primaryGeoTag = entry.strategy === 'k8gb' && entry.primaryGeoTag;
  return entryProviderLoss({
    hostname: edge.hostname,
    strategy: entry.strategy,
    backends: rendered.clusters,
    dns: entry.strategy === 'anycast' ? undefined : entry.dns,
    minReplicas:
      rendered.workload.sovereignty?.survivesProviderLoss?.minReplicas,
    ...(primaryGeoTag
      ? {
          failover: {
            primary: `geo ${primaryGeoTag}`,
            clusters: Object.keys(entry.geoTags).filter(
              c => entry.geoTags[c] === primaryGeoTag,
            ),
            labels: entry.geoTags,
          },
        }
      : {}),
  });
}
