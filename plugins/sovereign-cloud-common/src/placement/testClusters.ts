import { SovereignClusterEntity } from '../entities/SovereignCluster';
import { SealLevel } from '../entities/vocabulary';
import { PlacementClusterInput } from './fleet';

/** Options of a test SovereignCluster; only what placement reads. */
export type TestClusterOptions = {
  name: string;
  provider: string;
  locations: string[];
  labels?: Record<string, string>;
  storage?: boolean;
  kmsCountry?: string;
  karmadaMember?: string;
  seal?: SealLevel;
  pods?: number;
  countries?: string[];
  phase?: 'Ready' | 'Decommissioning';
};

/** A minimal valid SovereignCluster wrapped as planner input (test helper). */
export function testCluster(o: TestClusterOptions): PlacementClusterInput {
  const entity: SovereignClusterEntity = {
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: {
      name: o.name,
      labels: o.labels,
      annotations: o.karmadaMember
        ? { 'sovereign-cloud.io/karmada-member': o.karmadaMember }
        : undefined,
    },
    spec: {
      owner: 'group:platform',
      lifecycle: 'production',
      provider: o.provider,
      locations: o.locations,
      distribution: { name: 'kubeadm', version: '1.33.4' },
      controlPlane: { replicas: 3 },
      nodePools: [{ name: 'workers', machineType: 'm', count: 3 }],
      network: { overlay: 'none', encryption: { mode: 'none' } },
      management: { type: 'external' },
      ...(o.storage ? { storage: { backend: 'rook-ceph' } } : {}),
      ...(o.kmsCountry
        ? {
            sovereignty: {
              keyManagement: {
                secretsEncryption: 'kms-v2-customer',
                kms: { operator: 'x', country: o.kmsCountry },
              },
            },
          }
        : {}),
      ...(o.phase ? { status: { phase: o.phase } } : {}),
    },
  } as SovereignClusterEntity;
  return {
    entity,
    seal: o.seal,
    capacity: o.pods === undefined ? undefined : { pods: o.pods },
    countries: o.countries,
  };
}
