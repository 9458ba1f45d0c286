import { fact, location, providerEntity } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

const zones = (region: string) => [1, 2, 3].map(n => `${region}-${n}`);

/** Scaleway. Facts: sovereignty research §3.3/§3.4, provisioning research §2.3/§2.9. */
export const scaleway = providerEntity(
  {
    name: 'scaleway',
    title: 'Scaleway',
    description:
      'Scaleway (Instances, Kapsule managed Kubernetes), contracted with Scaleway SAS, Paris.',
    links: [{ url: S.SCW_TERMS.url, title: 'Terms (contracting party)' }],
  },
  {
    type: 'public-cloud',
    legalEntity: fact('Scaleway SAS', 'verified', [S.SCW_TERMS]),
    hqCountry: fact('FR', 'secondary', [S.HOP3_SCW], 'Seat in Paris.'),
    parent: fact(
      {
        name: 'Iliad Group (Xavier Niel)',
        country: null,
        jurisdiction: 'eu-eea',
      },
      'secondary',
      [S.HOP3_SCW, REFERENCE.exposureModel],
      "About 96 %. The parent's country is not stated in the sources; the jurisdiction follows the research's exposure class (EU-controlled).",
    ),
    exposureClass: fact(
      'eu-structural',
      'unverified',
      [REFERENCE.exposureModel, S.SCW_SDK, S.SCW_DOCS],
      'EU-controlled; no non-EU group operations are known (unverified); all regions are in the EU (verified).',
    ),
    nonEuPresence: fact(
      [],
      'unverified',
      [REFERENCE.factSheet, S.SCW_SDK, S.SCW_DOCS],
      'None known; all regions are in the EU (verified).',
    ),
    certifications: [
      {
        scheme: 'iso-27001',
        status: 'held',
        scope: 'Not named in the source',
        verification: 'secondary',
        sources: [S.SCW_LINFO],
      },
      {
        scheme: 'hds',
        status: 'held',
        scope: 'Not named in the source',
        verification: 'secondary',
        sources: [S.SCW_LINFO],
        note: 'Health-data hosting; not a security rung.',
      },
      {
        scheme: 'secnumcloud',
        status: 'in-progress',
        scope: 'Scaleway',
        verification: 'verified',
        sources: [S.SCW_BLOG],
        note: 'Not qualified as of May 2026.',
      },
      {
        scheme: 'gaia-x-membership',
        status: 'held',
        scope: 'Scaleway',
        verification: 'secondary',
        sources: [S.GX_FOUND],
        note: 'Founding member, September 2020.',
      },
    ],
    locations: [
      location('fr-par', 'FR', {
        city: 'Paris',
        zones: zones('fr-par'),
        verification: 'verified',
        sources: [S.SCW_SDK, S.SCW_DOCS],
      }),
      location('nl-ams', 'NL', {
        city: 'Amsterdam',
        zones: zones('nl-ams'),
        verification: 'verified',
        sources: [S.SCW_SDK, S.SCW_DOCS],
      }),
      location('pl-waw', 'PL', {
        city: 'Warsaw',
        zones: zones('pl-waw'),
        verification: 'verified',
        sources: [S.SCW_SDK, S.SCW_DOCS],
      }),
    ],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPS',
        repository: 'scaleway/cluster-api-provider-scaleway',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha2',
        clusterKind: 'ScalewayCluster',
        machineKind: 'ScalewayMachineTemplate',
        contract: 'v1beta2',
        release: 'v0.2.2',
        verification: 'verified',
        sources: [REFERENCE.provisioning, P.CAPS],
        note: 'Region and project are immutable; failure domains are zones such as fr-par-1.',
      },
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPS',
        repository: 'scaleway/cluster-api-provider-scaleway',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha2',
        clusterKind: 'ScalewayManagedCluster',
        machineKind: 'ScalewayManagedMachinePool',
        controlPlaneKind: 'ScalewayManagedControlPlane',
        contract: 'v1beta2',
        release: 'v0.2.2',
        managedControlPlane: true,
        verification: 'verified',
        sources: [REFERENCE.provisioning, P.CAPS],
        note: 'Kapsule (or Kosmos) managed control plane through Cluster API.',
      },
      {
        method: 'crossplane',
        service: 'Kapsule / Kosmos',
        crossplaneProvider: 'scaleway/crossplane-provider-scaleway',
        apiVersion: 'k8s.scaleway.upbound.io/v1alpha1',
        clusterKind: 'Cluster',
        nodePoolKind: 'Pool',
        verification: 'verified',
        sources: [REFERENCE.managedKubernetes, P.XP_SCALEWAY],
      },
    ],
    detection: {
      providerIdPrefixes: fact(
        ['scaleway://'],
        'verified',
        [S.SCW_CCM],
        'scaleway://instance/<zone>/<uuid> and scaleway://baremetal/<zone>/<uuid>.',
      ),
      nodeLabelKeys: fact(['k8s.scaleway.com/'], 'secondary', [S.MOGENIUS]),
    },
  },
);
