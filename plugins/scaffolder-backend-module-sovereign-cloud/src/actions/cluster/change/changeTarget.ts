import {
  BackstageCredentials,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  KubernetesClusterClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { GitOpsRepositoryConfig } from '../../../provisioning/gitOpsRepositoryConfig';
import { resolveDecommissionTarget } from '../decommissionTarget';
import { resolveManagementCluster } from '../provision';

/** Where a change to a cluster goes: its management cluster, or its GitOps files. */
export type ClusterChangeTarget =
  | {
      mode: 'apply';
      management: { name: string; client: KubernetesClusterClient };
    }
  | {
      mode: 'gitops';
      /** The cluster's directory in the repository. */
      directory: string;
      /** Undefined when none is configured: the files go into the workspace only. */
      repository?: GitOpsRepositoryConfig;
    };

/** The mode a cluster is changed in: as given, else gitops for a cluster its GitOps files manage. */
export const changeModeOf = (
  entity: SovereignClusterEntity,
  mode: 'apply' | 'gitops' | undefined,
): 'apply' | 'gitops' =>
  mode ?? (entity.spec.management?.type === 'gitops' ? 'gitops' : 'apply');

/**
 * Works out where a change to `entity` goes. gitops: the directory of
 * `spec.management.path` (or `targetPath`, else `clusters/<name>`) in the
 * repository of `sovereignCloud.provisioning.gitops`, which must be the one the
 * entity names; apply: the management cluster given or configured.
 */
export async function resolveChangeTarget(options: {
  entity: SovereignClusterEntity;
  mode?: 'apply' | 'gitops';
  managementCluster?: string;
  targetPath?: string;
  catalog: CatalogService;
  credentials: BackstageCredentials;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
}): Promise<ClusterChangeTarget> {
  const mode = changeModeOf(options.entity, options.mode);
  if (mode === 'gitops') {
    // Decommissioning removes the same directory a change rewrites; one rule for both.
    const target = await resolveDecommissionTarget({ ...options, mode });
    if (target.mode === 'gitops') return target;
  }
  if (options.targetPath) {
    throw new InputError('targetPath: only in gitops mode');
  }
  return {
    mode: 'apply',
    management: resolveManagementCluster(options, options.managementCluster),
  };
}
