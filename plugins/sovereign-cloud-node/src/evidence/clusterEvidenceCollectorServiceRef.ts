import { createServiceRef } from '@backstage/backend-plugin-api';
import { ClusterEvidenceCollector } from './ClusterEvidenceCollector';

/**
 * Collects live sovereignty evidence of a SovereignCluster from its
 * Kubernetes API.
 * @public
 */
export const clusterEvidenceCollectorServiceRef =
  createServiceRef<ClusterEvidenceCollector>({
    id: 'sovereign-cloud.cluster-evidence-collector',
  });
