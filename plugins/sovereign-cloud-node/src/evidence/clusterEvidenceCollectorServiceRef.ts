import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { kubernetesClientFactoryServiceRef } from '../kubernetes/kubernetesClientFactoryServiceRef';
import { ClusterEvidenceCollector } from './ClusterEvidenceCollector';
import { KubernetesEvidenceCollector } from './KubernetesEvidenceCollector';

/**
 * Collects live sovereignty evidence of a SovereignCluster from its
 * Kubernetes API. The default is {@link KubernetesEvidenceCollector} on the
 * suite's Kubernetes access, configured by
 * `sovereignCloud.posture.collection`; tests and other collectors replace it
 * with `createServiceFactory({ service: clusterEvidenceCollectorServiceRef, ... })`.
 * @public
 */
export const clusterEvidenceCollectorServiceRef =
  createServiceRef<ClusterEvidenceCollector>({
    id: 'sovereign-cloud.cluster-evidence-collector',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          clients: kubernetesClientFactoryServiceRef,
          config: coreServices.rootConfig,
          logger: coreServices.logger,
        },
        factory({ clients, config, logger }) {
          return KubernetesEvidenceCollector.fromConfig(config, {
            clients,
            logger: logger.child({ component: 'sovereign-cloud-evidence' }),
          });
        },
      }),
  });
