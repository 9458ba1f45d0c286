import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { arrayAt, at, numberAt, stringAt } from '../../util/json';
import { machineTypeFromVariables } from './machineTypes';

/** A worker pool as Cluster API describes it, before locations are mapped. */
export interface DiscoveredPool {
  name: string;
  machineType: string;
  count: number;
  failureDomain?: string;
}

/** What the infrastructure object of a MachineDeployment or MachinePool says. */
export interface MachineFacts {
  machineType?: string;
  zone?: string;
}

const TOPOLOGY_LABELS = [
  'topology.cluster.x-k8s.io/deployment-name',
  'topology.cluster.x-k8s.io/pool-name',
];

/** A node pool name is a DNS label; MachineDeployment names may be longer or dotted. */
export function poolName(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
  return label || 'pool';
}

const firstFailureDomain = (value: unknown) =>
  stringAt(value, 'failureDomain') ??
  stringAt(arrayAt(value, 'failureDomains'), 0);

/**
 * Worker pools. With a topology: `workers.machineDeployments` and
 * `workers.machinePools`, machine type from variable overrides, cluster
 * variables, else the class. Without: the cluster's MachineDeployments and
 * MachinePools, machine type and zone from their infrastructure objects.
 * Replicas default to 1, as in Cluster API; pools scaled to 0 have no nodes
 * and are left out.
 */
export function workerPools(input: {
  cluster: KubernetesObject;
  /** The cluster's MachineDeployments and MachinePools. */
  machineGroups: KubernetesObject[];
  machineFacts(group: KubernetesObject): MachineFacts;
}): DiscoveredPool[] {
  const { cluster, machineGroups } = input;
  const topology = at(cluster.spec, 'topology');
  const pools: DiscoveredPool[] = topology
    ? [
        ...arrayAt(topology, 'workers', 'machineDeployments'),
        ...arrayAt(topology, 'workers', 'machinePools'),
      ].map(worker => {
        const name = stringAt(worker, 'name') ?? 'workers';
        const live = machineGroups.find(g =>
          TOPOLOGY_LABELS.some(l => g.metadata.labels?.[l] === name),
        );
        return {
          name: poolName(name),
          machineType:
            machineTypeFromVariables(
              arrayAt(worker, 'variables', 'overrides'),
              'worker',
            ) ??
            machineTypeFromVariables(
              arrayAt(topology, 'variables'),
              'worker',
            ) ??
            stringAt(worker, 'class') ??
            'unknown',
          count:
            numberAt(worker, 'replicas') ??
            numberAt(live?.spec, 'replicas') ??
            1,
          failureDomain: firstFailureDomain(worker),
        };
      })
    : machineGroups.map(group => {
        const facts = input.machineFacts(group);
        const machine = at(group.spec, 'template', 'spec');
        return {
          name: poolName(group.metadata.name ?? 'workers'),
          machineType:
            facts.machineType ??
            stringAt(machine, 'infrastructureRef', 'name') ??
            'unknown',
          count: numberAt(group.spec, 'replicas') ?? 1,
          failureDomain:
            firstFailureDomain(machine) ??
            stringAt(arrayAt(group.spec, 'failureDomains'), 0) ??
            facts.zone,
        };
      });
  return pools.filter(pool => pool.count >= 1);
}
