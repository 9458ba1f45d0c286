import { EDGE_ANNOTATIONS } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type { EdgeRequest } from './edgeRequest';

/**
 * The annotations that declare this entry point on the workload's Component,
 * so its posture, Entry points card and exit drill know it. Anycast names
 * no DNS in the request: the zone holding the address is declared by hand.
 * @public
 */
export function edgeAnnotationsOf(edge: EdgeRequest): Record<string, string> {
  const entry = edge.globalEntry;
  const issuer = edge.tls.issuer;
  const primary =
    entry.strategy === 'k8gb' && entry.primaryGeoTag
      ? Object.keys(entry.geoTags).filter(
          cluster => entry.geoTags[cluster] === entry.primaryGeoTag,
        )
      : [];
  return {
    [EDGE_ANNOTATIONS.hostname]: edge.hostname,
    [EDGE_ANNOTATIONS.strategy]: entry.strategy,
    ...(entry.strategy !== 'anycast'
      ? {
          [EDGE_ANNOTATIONS.dnsService]: entry.dns.service,
          [EDGE_ANNOTATIONS.dnsProviders]: entry.dns.providers.join(', '),
        }
      : {}),
    [EDGE_ANNOTATIONS.tlsIssuer]: issuer.kind,
    ...(issuer.kind === 'acme'
      ? { [EDGE_ANNOTATIONS.tlsIssuerCountry]: issuer.operatorCountry }
      : {}),
    ...(primary.length
      ? { [EDGE_ANNOTATIONS.failoverPrimary]: primary.join(', ') }
      : {}),
  };
}
