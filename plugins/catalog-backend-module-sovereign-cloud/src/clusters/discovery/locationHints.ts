import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  arrayAt,
  at,
  distinctStrings,
  recordAt,
  stringAt,
} from '../../util/json';

/**
 * Region, location and zone values an infrastructure cluster object gives,
 * control plane first, per provider (provisioning reference §2):
 * CAPH `controlPlaneRegions`, CAPIC `location`, CAPS `region` + zones in
 * `failureDomains`, CAPO `identityRef.region` + `controlPlaneAvailabilityZones`,
 * CAPA and CAPSTK `region`. Metal3 and other on-premises kinds give none.
 */
export function infrastructureLocationHints(
  infrastructure: KubernetesObject,
): string[] {
  const spec = infrastructure.spec;
  let values: unknown[];
  switch (infrastructure.kind) {
    case 'HetznerCluster':
      values = [
        ...arrayAt(spec, 'controlPlaneRegions'),
        at(spec, 'controlPlaneLoadBalancer', 'region'),
      ];
      break;
    case 'IonosCloudCluster':
      values = [at(spec, 'location')];
      break;
    case 'ScalewayCluster':
    case 'ScalewayManagedCluster':
      values = [at(spec, 'region'), ...arrayAt(spec, 'failureDomains')];
      break;
    case 'OpenStackCluster':
      values = [
        at(spec, 'identityRef', 'region'),
        ...arrayAt(spec, 'controlPlaneAvailabilityZones'),
      ];
      break;
    case 'Metal3Cluster':
      values = [];
      break;
    default:
      // AWSCluster, StackitCluster and most others name a region or location.
      values = [at(spec, 'region'), at(spec, 'location')];
  }
  return distinctStrings([
    ...values,
    ...failureDomainNames(infrastructure.status),
  ]);
}

/**
 * Location values of the Cluster itself: the failure domains it reports
 * (a list in v1beta2, a map in v1beta1) and topology variables named
 * `region` or `location`.
 */
export function clusterLocationHints(cluster: KubernetesObject): string[] {
  const variables = arrayAt(cluster.spec, 'topology', 'variables')
    .filter(v => /^(region|location)$/i.test(stringAt(v, 'name') ?? ''))
    .map(v => at(v, 'value'));
  return distinctStrings([...variables, ...failureDomainNames(cluster.status)]);
}

function failureDomainNames(status: unknown): string[] {
  const domains = at(status, 'failureDomains');
  if (Array.isArray(domains))
    return distinctStrings(domains.map(d => at(d, 'name')));
  return Object.keys(recordAt(status, 'failureDomains') ?? {});
}
