import {
  ANNOTATION_SOVEREIGN_CLOUD_SOURCE,
  assessDeclaredCluster,
  ClusterRequest,
  clusterRequestToSpec,
  MeshSlot,
  parseClusterRequest,
  PosturePreview,
  posturePreviewOf,
  ProviderCatalogue,
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  INFRASTRUCTURE_PROVIDERS,
  KubernetesObject,
  renderAddonBundle,
  renderClusterManifests,
  rendererForProvider,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  addonRequestOf,
  AddonPlanOptions,
  firstMeshSlotOf,
  needsMeshSlot,
} from './addonRequestOf';
import { checkExcludedProviders } from './checkExcludedProviders';
import { checkJurisdictions } from './checkJurisdictions';
import { planFiles } from './planFiles';
import { checkMinimumSeal } from './checkMinimumSeal';
import { summariseClusterPlan } from './summariseClusterPlan';

/**
 * Everything a cluster plan holds. Credentials are referenced by Secret name
 * only; no value of a Secret is ever part of it.
 * @public
 */
export type ClusterPlan = {
  entity: SovereignClusterEntity;
  /** Management-cluster objects: the cluster, then the add-on delivery entry point. */
  manifests: KubernetesObject[];
  /** GitOps layout: path under the cluster's directory (default `clusters/<name>/`) → YAML text. */
  files: Record<string, string>;
  posture: PosturePreview;
  summary: string;
};

/** @public */
export type ClusterPlanOptions = AddonPlanOptions & {
  catalogue: ProviderCatalogue;
  /**
   * The ClusterMesh slot from the backend's provisioning records, for a
   * Cilium cluster in a mesh. Without one the plan takes the first slot and
   * says so: only the records know which slots earlier members hold.
   */
  meshSlot?: { slot: MeshSlot; reserved: boolean };
};

/**
 * Validates a request, enforces its policy and renders the plan. Pure: no
 * I/O, so a dry run and a real run give the same plan. Throws an
 * `InputError` naming the field at fault.
 * @public
 */
export function planCluster(
  input: unknown,
  options: ClusterPlanOptions,
): ClusterPlan {
  const parsed = parseClusterRequest(input);
  const { catalogue } = options;
  checkExcludedProviders(parsed);

  const recorded = needsMeshSlot(parsed) ? options.meshSlot : undefined;
  const slot = recorded?.slot ?? firstMeshSlotOf(parsed);
  // The allocated CIDRs go into the Cluster and the entity, so Cilium and the CNI agree.
  const request: ClusterRequest = slot
    ? {
        ...parsed,
        network: {
          ...parsed.network,
          podCidr: slot.podCidr,
          serviceCidr: slot.serviceCidr,
        },
      }
    : parsed;

  const clusterObjects = renderClusterManifests(request, {
    catalogue,
    settings: options.settings,
  });
  // After rendering: an unknown provider or location is reported as such first.
  checkJurisdictions(request, catalogue);
  const bundle = renderAddonBundle(addonRequestOf(request, slot, options));

  const provider = catalogue.find(request.provider)!;
  const rendererId = rendererForProvider(provider);
  const facts = rendererId ? INFRASTRUCTURE_PROVIDERS[rendererId] : undefined;
  const entity: SovereignClusterEntity = {
    apiVersion: SOVEREIGN_CLOUD_API_VERSION,
    kind: SOVEREIGN_CLUSTER_KIND,
    metadata: {
      name: request.name,
      namespace: 'default',
      annotations: { [ANNOTATION_SOVEREIGN_CLOUD_SOURCE]: 'provisioning' },
    },
    spec: clusterRequestToSpec(request, {
      clusterClass: facts?.clusterClass,
      managedControlPlane: facts?.engine === 'crossplane',
    }),
  };

  const posture = posturePreviewOf(assessDeclaredCluster(entity, catalogue));
  checkMinimumSeal(request.name, request.policy?.minimumSeal, posture);

  const manifests = [...clusterObjects, bundle.entrypoint];
  return {
    entity,
    manifests,
    files: planFiles(
      options.basePath ?? `clusters/${request.name}`,
      clusterObjects,
      bundle,
      entity,
    ),
    posture,
    summary: summariseClusterPlan({
      request,
      provider: provider.metadata.title ?? provider.metadata.name,
      facts,
      manifests,
      bundle,
      slot,
      slotSource: slot && slotSourceOf(recorded),
      posture,
    }),
  };
}

function slotSourceOf(recorded: ClusterPlanOptions['meshSlot']): string {
  if (!recorded) return 'first slot: provisioning records not consulted';
  return recorded.reserved
    ? 'reserved in the provisioning records'
    : 'free in the provisioning records; reserved when provisioned';
}
