import {
  assessCluster,
  clusterRequestToSpec,
  createProviderCatalogue,
  defaultCloudProviders,
  EntityValidationError,
  evidenceFromEntity,
  parseClusterRequest,
  ProviderFacts,
  providerFactsFromCatalogue,
  SEAL_LEVELS,
  SealLevel,
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
  ValidationProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** The posture a requested cluster would have, from its declarations alone. */
export type ClusterPosturePreview = {
  score: number;
  seal: number;
  sealLabel: SealLevel;
  provisional: boolean;
  binding: { id: string; title: string }[];
  /** Set when the preview is below the request's `policy.minimumSeal`. */
  belowMinimum?: SealLevel;
};

/** Either a preview, or the problems that keep the request from being assessed. */
export type ClusterPosturePreviewResult =
  | { preview: ClusterPosturePreview; problems?: undefined }
  | { preview?: undefined; problems: ValidationProblem[] };

const catalogue = createProviderCatalogue(defaultCloudProviders());

function providerFacts(): ProviderFacts[] {
  const facts: ProviderFacts[] = [];
  for (const provider of catalogue.providers) {
    try {
      facts.push(providerFactsFromCatalogue(provider));
    } catch {
      // The engine treats a provider without facts as unknown.
    }
  }
  return facts;
}

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
  const report = assessCluster({
    cluster: evidenceFromEntity(entity, catalogue),
    providers: providerFacts(),
  });
  const titles = new Map(report.criteria.map(c => [c.criterionId, c.title]));
  const minimum = request.policy?.minimumSeal;
  const below =
    minimum !== undefined && report.seal.level < SEAL_LEVELS.indexOf(minimum);
  return {
    preview: {
      score: report.score,
      seal: report.seal.level,
      sealLabel: report.seal.label,
      provisional: report.seal.provisional,
      binding: report.seal.binding.map(id => ({
        id,
        title: titles.get(id) ?? id,
      })),
      ...(below ? { belowMinimum: minimum } : {}),
    },
  };
}

/** The message shown when the preview misses `policy.minimumSeal`. */
export function belowMinimumMessage(preview: ClusterPosturePreview): string {
  const binding =
    preview.binding.map(c => `${c.id} ${c.title}`).join('; ') || 'none';
  return `policy.minimumSeal: requires ${preview.belowMinimum}, but the posture preview reaches ${preview.sealLabel}; binding criteria: ${binding}`;
}
