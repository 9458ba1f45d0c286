import {
  assessDeclaredCluster,
  clusterRequestToSpec,
  createProviderCatalogue,
  defaultCloudProviders,
  EntityValidationError,
  parseClusterRequest,
  PosturePreview,
  posturePreviewOf,
  SEAL_LEVELS,
  SealLevel,
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
  ValidationProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** The posture a requested cluster would have, from its declarations alone. */
export type ClusterPosturePreview = PosturePreview & {
  /** Set when the preview is below the request's `policy.minimumSeal`. */
  belowMinimum?: SealLevel;
};

/** Either a preview, or the problems that keep the request from being assessed. */
export type ClusterPosturePreviewResult =
  | { preview: ClusterPosturePreview; problems?: undefined }
  | { preview?: undefined; problems: ValidationProblem[] };

const catalogue = createProviderCatalogue(defaultCloudProviders());

/**
 * Runs the posture engine on the request in the browser, the way the plan
 * action does on the server, against the shipped provider catalogue. It is
 * indicative: the plan is what binds.
 */
export function previewClusterPosture(
  input: unknown,
): ClusterPosturePreviewResult {
  let request;
  try {
    request = parseClusterRequest(input);
  } catch (error) {
    if (error instanceof EntityValidationError) {
      return { problems: error.problems };
    }
    throw error;
  }
  if (!catalogue.find(request.provider)) {
    return {
      problems: [
        {
          path: 'provider',
          message: `${request.provider} is not in the shipped provider catalogue; the plan will assess it`,
        },
      ],
    };
  }
  const entity: SovereignClusterEntity = {
    apiVersion: SOVEREIGN_CLOUD_API_VERSION,
    kind: SOVEREIGN_CLUSTER_KIND,
    metadata: { name: request.name, namespace: 'default' },
    spec: clusterRequestToSpec(request),
  };
  const preview = posturePreviewOf(assessDeclaredCluster(entity, catalogue));
  const minimum = request.policy?.minimumSeal;
  const below =
    minimum !== undefined && preview.seal < SEAL_LEVELS.indexOf(minimum);
  return { preview: below ? { ...preview, belowMinimum: minimum } : preview };
}

/** The message shown when the preview misses `policy.minimumSeal`. */
export function belowMinimumMessage(preview: ClusterPosturePreview): string {
  const binding =
    preview.binding.map(c => `${c.id} ${c.title}`).join('; ') || 'none';
  return `policy.minimumSeal: requires ${preview.belowMinimum}, but the posture preview reaches ${preview.sealLabel}; binding criteria: ${binding}`;
}
