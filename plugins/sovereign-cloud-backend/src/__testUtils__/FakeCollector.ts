import { stringifyEntityRef } from '@backstage/catalog-model';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  createProviderCatalogue,
  defaultCloudProviders,
  findProviderLocation,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const catalogue = createProviderCatalogue(defaultCloudProviders());

/** The country a real collector reads from topology labels and the catalogue. */
function countryOf(provider: string, location: string): string | undefined {
  const entry = catalogue.find(provider);
  return entry ? findProviderLocation(entry, location)?.country : undefined;
}
import {
  ClusterEvidenceCollector,
  clusterEvidenceCollectorServiceRef,
  EvidenceCollection,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';

/** How the fake answers for one cluster (by entity name). */
export type FakeBehaviour =
  | { kind: 'observed'; vcpuPerWorker?: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'throws'; message: string }
  | { kind: 'malformed' }
  | { kind: 'not-configured' };

/**
 * A collector that observes the declared worker nodes with real vCPU, or
 * fails, throws or returns garbage for chosen clusters.
 */
export class FakeCollector implements ClusterEvidenceCollector {
  readonly behaviours = new Map<string, FakeBehaviour>();
  readonly calls: string[] = [];

  set(name: string, behaviour: FakeBehaviour): this {
    this.behaviours.set(name, behaviour);
    return this;
  }

  factory() {
    return createServiceFactory({
      service: clusterEvidenceCollectorServiceRef,
      deps: {},
      factory: () => this,
    });
  }

  async collect(entity: SovereignClusterEntity): Promise<EvidenceCollection> {
    const cluster = stringifyEntityRef(entity);
    this.calls.push(cluster);
    const behaviour = this.behaviours.get(entity.metadata.name) ?? {
      kind: 'observed',
    };
    const collectedAt = new Date().toISOString();
    switch (behaviour.kind) {
      case 'failed':
        return {
          cluster,
          status: 'failed',
          reason: behaviour.reason,
          probes: [
            { probe: 'nodes', status: 'failed', reason: behaviour.reason },
          ],
          observed: {},
          durationMs: 5,
        };
      case 'throws':
        throw new Error(behaviour.message);
      case 'not-configured':
        return {
          cluster,
          status: 'not-configured',
          reason: 'spec.access is not set',
          probes: [],
          observed: {},
          durationMs: 0,
        };
      case 'malformed':
        return {
          cluster,
          status: 'observed',
          collectedAt,
          probes: [{ probe: 'nodes', status: 'ok' }],
          observed: {
            nodes: { value: 'not-a-list' as any, provenance: 'observed' },
          },
          durationMs: 5,
        };
      default: {
        const pool = entity.spec.nodePools[0];
        const provider = entity.spec.provider;
        const location = entity.spec.locations[0];
        const country = countryOf(provider, location);
        return {
          cluster,
          status: 'observed',
          collectedAt,
          probes: [{ probe: 'nodes', status: 'ok' }],
          observed: {
            nodes: {
              value: [
                {
                  name: 'control-plane',
                  role: 'control-plane',
                  provider,
                  location,
                  ...(country ? { country } : {}),
                  vcpu: 4,
                  count: 3,
                },
                {
                  name: pool.name,
                  role: 'worker',
                  provider,
                  location,
                  ...(country ? { country } : {}),
                  vcpu: behaviour.vcpuPerWorker ?? 8,
                  count: pool.count,
                },
              ],
              provenance: 'observed',
              source: 'nodes',
            },
          },
          durationMs: 5,
        };
      }
    }
  }
}
