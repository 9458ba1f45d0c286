import { SealLevel } from '../entities/vocabulary';
import { SovereignClusterEntity } from '../entities/SovereignCluster';
import { ProviderCatalogue } from '../catalogue/ProviderCatalogue';
import { assessCluster } from './assessPosture';
import { ProviderFacts } from './evidence';
import { evidenceFromEntity } from './evidenceFromEntity';
import { providerFactsFromCatalogue } from './providerFactsFromCatalogue';
import { PostureReport } from './report';

/**
 * The posture a planned or requested cluster would have once running, from
 * its declarations alone.
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
      // A malformed catalogue entry must not block a preview elsewhere; the
      // engine treats a provider without facts as unknown.
    }
  }
  return facts;
}

/**
 * Assesses a cluster that does not run yet: its declarations against the
 * provider catalogue.
 * @public
 */
export function assessDeclaredCluster(
  entity: SovereignClusterEntity,
  catalogue: ProviderCatalogue,
): PostureReport {
  return assessCluster({
    cluster: evidenceFromEntity(entity, catalogue),
    providers: factsOf(catalogue),
  });
}

/**
 * The preview shown to the person asking, from a full report.
 * @public
 */
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
