import {
  ObservedEvidence,
  ProviderCatalogue,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesClusterClient } from '../../kubernetes/KubernetesClusterClient';
import { EvidenceCollectionSettings } from '../readEvidenceCollectionConfig';
import { LocatedNode } from './nodes/locateNodes';

/** What every probe of one collection shares. */
export interface ProbeContext {
  client: KubernetesClusterClient;
  /** Fires at the collection deadline or when the caller aborts. */
  signal: AbortSignal;
  catalogue: ProviderCatalogue;
  settings: EvidenceCollectionSettings;
  now: Date;
  /** The API server's `gitVersion`, read before the probes ran. */
  serverVersion: string;
  /** The cluster's nodes, located against the catalogue; read once per collection. */
  nodes(): Promise<LocatedNode[]>;
}

/**
 * What a probe established. `skipped`: it found nothing it could read (e.g.
 * no Cilium), so its evidence stays unknown and the declaration stands.
 */
export interface ProbeOutcome {
  status: 'ok' | 'skipped';
  observed: ObservedEvidence;
  reason?: string;
  detail?: string;
}

/**
 * Reads one group of facts. It throws the client's typed errors when the
 * cluster fails it; the collector turns them into a `failed` probe result
 * without touching the other probes.
 */
export interface EvidenceProbe {
  readonly name: string;
  run(context: ProbeContext): Promise<ProbeOutcome>;
}
