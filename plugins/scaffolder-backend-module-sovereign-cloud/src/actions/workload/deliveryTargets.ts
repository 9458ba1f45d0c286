import { RootConfigService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  KubernetesClusterClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';

/** A configured cluster a delivery is applied to. */
export type DeliveryTarget = {
  /** Name in `sovereignCloud.kubernetes.clusters`. */
  name: string;
  client: KubernetesClusterClient;
};

function configured(kubernetes: KubernetesClientFactory): string[] {
  return kubernetes.listConfiguredClusters().map(c => c.name);
}

/**
 * The configured cluster named by the input field, else by the config key.
 * Errors name the field (or key) and list what is configured.
 */
export function configuredTarget(options: {
  kubernetes: KubernetesClientFactory;
  config: RootConfigService;
  field: string;
  value?: string;
  configKey: string;
  role: string;
}): DeliveryTarget {
  const { kubernetes, config, field, value, configKey, role } = options;
  const chosen = value ?? config.getOptionalString(configKey);
  const known = configured(kubernetes);
  if (!chosen) {
    throw new InputError(
      `${field}: names the ${role}; give it or set ${configKey}`,
    );
  }
  if (!known.includes(chosen)) {
    throw new InputError(
      `${field}: ${JSON.stringify(
        chosen,
      )} is not in sovereignCloud.kubernetes.clusters (configured: ${
        known.join(', ') || 'none'
      })`,
    );
  }
  return { name: chosen, client: kubernetes.forConfiguredCluster(chosen) };
}

/**
 * Direct delivery: the configured cluster each chosen SovereignCluster names
 * with its `sovereign-cloud.io/kubernetes-cluster` annotation. Checks every
 * cluster before anything is applied.
 */
export function directTargets(
  kubernetes: KubernetesClientFactory,
  entities: readonly SovereignClusterEntity[],
): Map<SovereignClusterEntity, DeliveryTarget> {
  const known = configured(kubernetes);
  const problems: string[] = [];
  const targets = new Map<SovereignClusterEntity, DeliveryTarget>();
  for (const entity of entities) {
    const ref = `${entity.metadata.namespace ?? 'default'}/${
      entity.metadata.name
    }`;
    const name =
      entity.metadata.annotations?.[
        ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER
      ];
    if (!name) {
      problems.push(
        `SovereignCluster ${ref} has no ${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER} annotation`,
      );
    } else if (!known.includes(name)) {
      problems.push(
        `SovereignCluster ${ref} names ${JSON.stringify(
          name,
        )}, which is not in sovereignCloud.kubernetes.clusters`,
      );
    } else {
      targets.set(entity, {
        name,
        client: kubernetes.forConfiguredCluster(name),
      });
    }
  }
  if (problems.length) {
    throw new InputError(
      `engine: direct delivery needs a configured cluster for every chosen cluster: ${problems.join(
        '; ',
      )} (configured: ${known.join(', ') || 'none'})`,
    );
  }
  return targets;
}
