/*
 * Sovereignty posture engine: pure, isomorphic scoring of clusters, meshes
 * and components against the EU Cloud Sovereignty Framework.
 */

export * from './objectives';
export type * from './evidence';
export type * from './criterion';
export type * from './report';
export * from './weightProfiles';
export { POSTURE_CRITERIA } from './criteria';
export { criterionById } from './assessCluster';
export * from './assessPosture';
export * from './assessMesh';
export * from './assessComponent';
export type { WeightedResults } from './aggregate';
export type { ProviderLossAssessment } from './meshContinuity';
export { assessProviderLoss } from './meshContinuity';
export { quorumSurvivesLossOf, survivesLossOfAnyProvider } from './continuity';
export * from './PostureInputError';
export {
  validateClusterEvidence,
  validateProviderFacts,
} from './validateInput';
export * from './providerFactsFromCatalogue';
export * from './evidenceFromEntity';
export * from './mergeObservedEvidence';
export * from './posturePreview';
