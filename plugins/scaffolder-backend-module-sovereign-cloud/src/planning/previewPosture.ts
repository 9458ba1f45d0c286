import {
  assessCluster,
  CLUSTER_REQUEST_KIND,
  EntityValidationError,
  evidenceFromEntity,
  PostureReport,
  ProviderCatalogue,
  ProviderFacts,
  providerFactsFromCatalogue,
  SEAL_LEVELS,
  SealLevel,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * The posture a plan would have once running, from its declarations alone.
 * @public
 */
export type PosturePreview = {
  /** Overall score 0..100, one decimal. */
  score: number;
  /** Indicative SEAL as a number (0..4). */
  seal: number;
  sealLabel: SealLevel;
  /** True while unknown evidence could still lower the level. */
  provisional: boolean;
  /** Criteria whose cap sets the level. */
  binding: { id: string; title: string }[];
};

function factsOf(catalogue: ProviderCatalogue): ProviderFacts[] {
  const facts: ProviderFacts[] = [];
  for (const provider of catalogue.providers) {
    try {
      facts.push(providerFactsFromCatalogue(provider));
    } catch {
      // A malformed catalog entry must not block planning elsewhere; the
      // engine treats a provider without facts as unknown.
    }
  }
  return facts;
}

/** Assesses the planned entity against the provider catalogue. */
export function assessPlannedCluster(
  entity: SovereignClusterEntity,
  catalogue: ProviderCatalogue,
): PostureReport {
  return assessCluster({
    cluster: evidenceFromEntity(entity, catalogue),
    providers: factsOf(catalogue),
  });
}

/** The preview shown to the person asking, from a full report. */
export function posturePreviewOf(report: PostureReport): PosturePreview {
  const titles = new Map(report.criteria.map(c => [c.criterionId, c.title]));
  return {
    score: report.score,
    seal: report.seal.level,
    sealLabel: report.seal.label,
    provisional: report.seal.provisional,
    binding: report.seal.binding.map(id => ({
      id,
      title: titles.get(id) ?? id,
    })),
  };
}

/**
 * Fails when the preview is below `policy.minimumSeal`, naming the criteria
 * that hold the level down so the requester knows what to change.
 */
export function checkMinimumSeal(
  requestName: string,
  minimumSeal: SealLevel | undefined,
  preview: PosturePreview,
): void {
  if (!minimumSeal) return;
  const required = SEAL_LEVELS.indexOf(minimumSeal);
  if (preview.seal >= required) return;
  const binding =
    preview.binding.map(c => `${c.id} ${c.title}`).join('; ') || 'none';
  throw new EntityValidationError(CLUSTER_REQUEST_KIND, requestName, [
    {
      path: 'policy.minimumSeal',
      message: `requires ${minimumSeal}, but the posture preview reaches ${
        preview.sealLabel
      }${
        preview.provisional ? ' (provisional)' : ''
      }; binding criteria: ${binding}`,
    },
  ]);
}
