export {
  componentEdgeOf,
  EDGE_ANNOTATIONS,
  EDGE_STRATEGIES,
  type ComponentEdge,
  type EdgeStrategy,
} from './componentEdge';
export {
  entryProviderLoss,
  type EdgeProviderLossOutcome,
  type EntryBackend,
  type EntryPoint,
} from './entryProviderLoss';
export {
  assessEdge,
  type EdgeCluster,
  type EdgeDnsProvider,
  type EdgeEntryPosture,
  type EdgePosture,
} from './assessEdge';
