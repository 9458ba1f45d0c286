import {
  BackstageCredentials,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  KubernetesClusterClient,
  KubernetesNotFoundError,
  KubernetesObjectReference,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  GitOpsRepositoryConfig,
  readGitOpsRepositoryConfig,
} from '../../provisioning/gitOpsRepositoryConfig';

/** Where the cluster is declared, and so what decommissioning removes. */
export type DecommissionTarget =
  | {
      mode: 'apply';
      managementCluster: string;
      client: KubernetesClusterClient;
      /** The Cluster API `Cluster`, without its apiVersion (read from discovery). */
      namespace: string;
      name: string;
    }
  | {
      mode: 'gitops';
      /** The cluster's directory in the repository. */
      directory: string;
      /** Undefined when no repository is configured: the files are only reported. */
      repository?: GitOpsRepositoryConfig;
    };

const PATH_PATTERN = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
const CLUSTER_API_GROUP = 'cluster.x-k8s.io';

function directoryOf(value: string, field: string): string {
  const trimmed = value.replace(/^\.\//, '').replace(/\/+$/, '');
  if (
    !PATH_PATTERN.test(trimmed) ||
    trimmed.split('/').some(part => part === '.' || part === '..')
  ) {
    throw new InputError(
      `${field}: must be a relative path of plain segments (letters, digits, . _ -), got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return trimmed;
}

/** `https://git.example.eu/fleet.git/` and `https://git.example.eu/fleet` are one repository. */
const sameRepository = (a: string, b: string) => {
  const normal = (url: string) =>
    url
      .trim()
      .toLocaleLowerCase('en-US')
      .replace(/\/+$/, '')
      .replace(/\.git$/, '');
  return normal(a) === normal(b);
};

/**
 * Works out what decommissioning removes: the Cluster API `Cluster` in the
 * management cluster the entity names (`apply`, the default for clusters
 * managed by Cluster API), or the cluster's directory in the GitOps
 * repository (`gitops`, the default for clusters managed by GitOps). Bad
 * combinations are refused with the field to change.
 */
export async function resolveDecommissionTarget(options: {
  entity: SovereignClusterEntity;
  mode?: 'apply' | 'gitops';
  managementCluster?: string;
  targetPath?: string;
  catalog: CatalogService;
  credentials: BackstageCredentials;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
}): Promise<DecommissionTarget> {
  const { entity, config, kubernetes } = options;
  const management = entity.spec.management;
  const name = entity.metadata.name;
  const defaultModes: Record<string, 'apply' | 'gitops'> = {
    'cluster-api': 'apply',
    gitops: 'gitops',
  };
  const mode =
    options.mode ?? (management ? defaultModes[management.type] : undefined);
  if (!mode) {
    throw new InputError(
      `mode: ${name} is managed outside the portal (spec.management.type ${
        management?.type ?? 'missing'
      }); give mode gitops with targetPath to remove its files from the GitOps repository, or decommission it where it is managed`,
    );
  }

  if (mode === 'gitops') {
    if (options.managementCluster) {
      throw new InputError('managementCluster: only in apply mode');
    }
    const declared =
      management?.type === 'gitops' && management.path
        ? management.path
        : `clusters/${name}`;
    const directory = directoryOf(
      options.targetPath ?? declared,
      options.targetPath ? 'targetPath' : 'spec.management.path',
    );
    const repository = readGitOpsRepositoryConfig(config);
    if (
      repository &&
      management?.type === 'gitops' &&
      management.repository &&
      !sameRepository(management.repository, repository.url)
    ) {
      throw new InputError(
        `mode: the files of ${name} are in ${management.repository}, but the portal commits to ${repository.url} (sovereignCloud.provisioning.gitops)`,
      );
    }
    return { mode, directory, repository };
  }

  if (options.targetPath) {
    throw new InputError('targetPath: only in gitops mode');
  }
  if (management?.type !== 'cluster-api') {
    throw new InputError(
      `mode: apply deletes the Cluster API Cluster, but ${name} is not managed by Cluster API (spec.management.type ${
        management?.type ?? 'missing'
      })`,
    );
  }
  const configured = kubernetes.listConfiguredClusters().map(c => c.name);
  let chosen = options.managementCluster;
  if (chosen === undefined) {
    // The entity names the management cluster as a SovereignCluster; its
    // annotation (else its name) says which configured connection that is.
    let ref;
    try {
      ref = parseEntityRef(management.managementCluster, {
        defaultKind: SOVEREIGN_CLUSTER_KIND,
        defaultNamespace: 'default',
      });
    } catch {
      throw new InputError(
        `managementCluster: spec.management.managementCluster of ${name} is not an entity ref (${JSON.stringify(
          management.managementCluster,
        )}); give managementCluster`,
      );
    }
    const entityOfManagement = await options.catalog.getEntityByRef(ref, {
      credentials: options.credentials,
    });
    chosen =
      entityOfManagement?.metadata.annotations?.[
        ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER
      ] ?? ref.name;
  }
  if (!configured.includes(chosen)) {
    throw new InputError(
      `managementCluster: ${JSON.stringify(
        chosen,
      )} is not in sovereignCloud.kubernetes.clusters (configured: ${
        configured.join(', ') || 'none'
      })`,
    );
  }
  return {
    mode,
    managementCluster: chosen,
    client: kubernetes.forConfiguredCluster(chosen),
    namespace: management.namespace,
    name: management.clusterName ?? name,
  };
}

/** What deleting the Cluster API `Cluster` did. */
export type ClusterDeletion = {
  /** `Cluster namespace/name`. */
  object: string;
  /** The version the management cluster serves, e.g. `cluster.x-k8s.io/v1beta2`. */
  apiVersion: string;
  /**
   * `deleting`: the API server accepted the deletion (the controllers tear
   * down machines and infrastructure first); `already-gone`: 404.
   */
  outcome: 'deleting' | 'already-gone';
};

/**
 * Deletes the cluster's Cluster API `Cluster` with foreground propagation, so
 * its machines and infrastructure go first; `dryRun` only validates on the
 * server. A Cluster that is not there is already gone.
 */
export async function deleteClusterApiCluster(options: {
  client: KubernetesClusterClient;
  namespace: string;
  name: string;
  dryRun: boolean;
  signal?: AbortSignal;
}): Promise<ClusterDeletion> {
  const { client, namespace, name, dryRun, signal } = options;
  const object = `Cluster ${namespace}/${name}`;
  const group = (await client.discovery.apiGroups({ signal })).find(
    g => g.name === CLUSTER_API_GROUP,
  );
  // Not "already gone": a cluster without Cluster API is the wrong management cluster.
  if (!group) {
    throw new InputError(
      `managementCluster: ${client.cluster.name} serves no Cluster API (${CLUSTER_API_GROUP}), so it cannot hold ${object}`,
    );
  }
  const ref: KubernetesObjectReference = {
    apiVersion: `${CLUSTER_API_GROUP}/${group.preferredVersion}`,
    kind: 'Cluster',
    namespace,
    name,
  };
  try {
    await client.delete(ref, {
      propagationPolicy: 'Foreground',
      dryRun,
      signal,
    });
    return { object, apiVersion: ref.apiVersion, outcome: 'deleting' };
  } catch (error) {
    if (error instanceof KubernetesNotFoundError) {
      return { object, apiVersion: ref.apiVersion, outcome: 'already-gone' };
    }
    throw error;
  }
}
