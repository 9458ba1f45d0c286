import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  isSovereignCluster,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** Every SovereignCluster the credentials may see, page by page. */
export async function readClusters(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<SovereignClusterEntity[]> {
  const clusters: SovereignClusterEntity[] = [];
  for await (const page of catalog.streamEntities(
    { filter: { kind: SOVEREIGN_CLUSTER_KIND } },
    { credentials },
  )) {
    for (const entity of page) {
      if (isSovereignCluster(entity)) clusters.push(entity);
    }
  }
  return clusters;
}
