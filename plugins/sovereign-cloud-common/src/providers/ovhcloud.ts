import { ProviderCertification } from '../entities/CloudProvider';
import { fact, location, providerEntity } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

const isoScope =
  'Listed products incl. Managed Kubernetes, Public Cloud instances, Object Storage and Private Cloud SecNumCloud';

const iso = (
  scheme: ProviderCertification['scheme'],
  level?: string,
): ProviderCertification => ({
  scheme,
  status: 'held',
  ...(level ? { level } : {}),
  scope: isoScope,
  verification: 'verified',
  sources: [S.OVH_ISO],
  note: 'Product list page of February 2024.',
});

const gravelines = (id: string) =>
  location(id, 'FR', {
    city: 'Gravelines',
    verification: 'verified',
    sources: [S.OVH_K8S_DOC, S.OVH_TF],
  });

const outsideEurope = (id: string, country: string, city: string) =>
  location(id, country, {
    city,
    cityVerification: 'secondary',
    verification: 'verified',
    sources: [S.OVH_REGIONS],
  });

/** OVHcloud. Facts: sovereignty research §3.3/§3.4, provisioning research §2.4/§2.6/§2.9. */
export const ovhcloud = providerEntity(
  {
    name: 'ovhcloud',
    title: 'OVHcloud',
    description:
      'OVHcloud Public Cloud (OpenStack) and Managed Kubernetes Service, OVH Groupe SA, Roubaix.',
    links: [
      {
        url: S.OVH_POD.url,
        title: 'SecNumCloud Bare Metal Pod (reversibility guide)',
      },
    ],
  },
  {
    type: 'public-cloud',
    legalEntity: fact(
      'OVH Groupe SA',
      'secondary',
      [S.HOP3_OVH, S.OVH_URD],
      'Listed on Euronext Paris.',
    ),
    hqCountry: fact('FR', 'secondary', [S.HOP3_OVH, S.OVH_URD], 'Roubaix.'),
    parent: fact(
      {
        name: 'Klaba family (majority)',
        country: null,
        jurisdiction: 'eu-eea',
      },
      'secondary',
      [S.HOP3_OVH, S.OVH_URD, REFERENCE.exposureModel],
      'About 82 % of the voting rights per the scorecard; KKR and TowerBrook entered in 2016 (verified, OVH-URD), their current stakes are unknown. Country not stated; the jurisdiction follows the exposure class.',
    ),
    exposureClass: fact(
      'eu-with-non-eu-subsidiaries',
      'secondary',
      [REFERENCE.exposureModel, S.OVH_REGIONS, S.OVH_HDSSITES, S.OVH_HEISE],
      "Regions and own sites outside the EU (verified); an Ontario production order served on OVH's Canadian subsidiary shows the pathway (secondary). Verified immunity applies only to SecNumCloud-qualified offers.",
    ),
    nonEuPresence: fact(
      ['CA', 'US', 'SG', 'AU', 'GB'],
      'verified',
      [S.OVH_REGIONS, S.OVH_K8S_DOC, S.OVH_HDSSITES],
      'Regions in Canada (Hébergement OVH Inc.), the US, Singapore and Australia; own data centres in Beauharnois (CA) and Erith (UK).',
    ),
    certifications: [
      {
        scheme: 'secnumcloud',
        status: 'held',
        scope: 'Bare Metal Pod; Managed Dedicated Cloud SecNumCloud',
        verification: 'verified',
        sources: [S.OVH_POD],
      },
      iso('iso-27001', '27001:2022'),
      iso('iso-27017'),
      iso('iso-27018'),
      iso('iso-27701'),
      {
        scheme: 'hds',
        status: 'held',
        level: 'v2018',
        scope: 'Listed products incl. Kubernetes and OpenStack instances',
        verification: 'verified',
        sources: [S.OVH_HDS],
        note: 'Product list page of December 2023.',
      },
      {
        scheme: 'bsi-c5',
        status: 'unknown',
        scope: 'OVHcloud',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'No OVHcloud page on C5 in the stored sources.',
      },
      {
        scheme: 'gaia-x-membership',
        status: 'held',
        scope: 'OVHcloud',
        verification: 'secondary',
        sources: [S.GX_FOUND],
        note: 'Founding member, September 2020.',
      },
    ],
    locations: [
      gravelines('GRA5'),
      gravelines('GRA7'),
      gravelines('GRA9'),
      gravelines('GRA11'),
      location('SBG5', 'FR', {
        city: 'Strasbourg',
        verification: 'verified',
        sources: [S.OVH_K8S_DOC, S.OVH_TF, S.OVH_HDSSITES],
      }),
      location('EU-WEST-PAR', 'FR', {
        city: 'Paris',
        verification: 'verified',
        sources: [S.OVH_TF_LOCATION],
        note: 'Three-availability-zone region.',
      }),
      location('EU-WEST-LZ-LUX-A', 'LU', {
        city: 'Luxembourg',
        cityVerification: 'secondary',
        verification: 'verified',
        sources: [S.OVH_TF_REGION, S.OVH_PULUMI],
        note: 'Local zone.',
      }),
      location('DE1', 'DE', {
        city: 'Limburg an der Lahn',
        cityVerification: 'secondary',
        verification: 'verified',
        sources: [S.OVH_K8S_DOC, S.OVH_HDSSITES],
        note: "OVH's only German site in its own site list; the mapping from code to site is inferred.",
      }),
      location('WAW1', 'PL', {
        city: 'Ożarów Mazowiecki (Warsaw area)',
        verification: 'verified',
        sources: [S.OVH_K8S_DOC, S.OVH_HDSSITES],
      }),
      location('UK1', 'GB', {
        city: 'Erith (London area)',
        cityVerification: 'secondary',
        verification: 'verified',
        sources: [S.OVH_K8S_DOC, S.OVH_HDSSITES],
        note: "OVH's only UK site in its own site list; the mapping from code to site is inferred.",
      }),
      location('BHS5', 'CA', {
        city: 'Beauharnois',
        verification: 'verified',
        sources: [S.OVH_K8S_DOC, S.OVH_HDSSITES],
      }),
      outsideEurope('SGP1', 'SG', 'Singapore'),
      outsideEurope('SYD1', 'AU', 'Sydney'),
      outsideEurope('US-EAST-VA-1', 'US', 'Virginia'),
      outsideEurope('US-WEST-OR-1', 'US', 'Oregon'),
    ],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPO',
        repository: 'kubernetes-sigs/cluster-api-provider-openstack',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
        clusterKind: 'OpenStackCluster',
        machineKind: 'OpenStackMachineTemplate',
        contract: 'v1beta1',
        release: 'v0.14.7',
        verification: 'verified',
        sources: [REFERENCE.provisioning, P.CAPO],
        note: 'OVHcloud Public Cloud is OpenStack (Octavia load balancers in most regions). Region names and the Keystone endpoint are unverified against a live catalogue. API v1beta2 from CAPO v0.15.',
      },
      {
        method: 'cluster-api',
        infrastructureProvider: 'cluster-api-provider-ovhcloud',
        repository: 'rancher-sandbox/cluster-api-provider-ovhcloud',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha2',
        clusterKind: 'OVHCluster',
        machineKind: 'OVHMachineTemplate',
        contract: 'v1beta1',
        verification: 'unverified',
        sources: [P.CAPOVH],
        note: 'Community sandbox provider, read from a fork; prefer CAPO unless vRack or other OVH-specific features are needed.',
      },
      {
        method: 'crossplane',
        service: 'OVHcloud Managed Kubernetes Service (MKS)',
        crossplaneProvider: 'edixos/provider-ovh',
        apiVersion: 'kube.ovh.m.edixos.io/v1alpha1',
        clusterKind: 'Cluster',
        nodePoolKind: 'NodePool',
        verification: 'verified',
        sources: [REFERENCE.managedKubernetes, P.XP_OVH],
        note: 'Community provider (Crossplane v2, namespaced).',
      },
    ],
    detection: {
      providerIdPrefixes: fact(
        ['openstack:///'],
        'unverified',
        [REFERENCE.detection],
        'Typical for OpenStack-based clouds; tell them apart by region code.',
      ),
      nodeLabelKeys: fact(['ovhcloud'], 'secondary', [S.MOGENIUS]),
    },
  },
);
