import { fact, location, providerEntity } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

const codeOnly = (city: string, note?: string) => ({
  city,
  cityVerification: 'secondary' as const,
  ...(note ? { note } : {}),
});

/** IONOS Cloud. Facts: sovereignty research §3.3/§3.4, provisioning research §2.2/§2.9. */
export const ionos = providerEntity(
  {
    name: 'ionos',
    title: 'IONOS Cloud',
    description:
      'IONOS Cloud (Compute Engine, S3 Object Storage, Managed Kubernetes), contracted with IONOS SE, Montabaur.',
    links: [
      { url: S.IONOS_GTC.url, title: 'General terms (contracting party)' },
      { url: S.IONOS_SEC.url, title: 'Security and certifications' },
    ],
  },
  {
    type: 'public-cloud',
    legalEntity: fact(
      'IONOS SE, Elgendorfer Str. 57, 56410 Montabaur',
      'verified',
      [S.IONOS_GTC],
      'Contracting party for IONOS Cloud. Listed parent: IONOS Group SE (secondary, HOP3-IONOS).',
    ),
    hqCountry: fact('DE', 'verified', [S.IONOS_GTC]),
    parent: fact(
      { name: 'United Internet AG', country: 'DE', jurisdiction: 'eu-eea' },
      'secondary',
      [S.HOP3_IONOS],
      'About 63.8 %; the US private-equity investor Warburg Pincus fully exited on 27 Mar 2025.',
    ),
    exposureClass: fact(
      'eu-with-non-eu-subsidiaries',
      'secondary',
      [REFERENCE.exposureModel, S.HOP3_IONOS, S.IONOS_TF, S.IONOS_UKPRIV],
      'EU-controlled (owner: secondary source), with cloud locations in the UK and the US and a UK company (verified). Carries the weakest mark of the facts it rests on.',
    ),
    nonEuPresence: fact(
      ['GB', 'US'],
      'verified',
      [S.IONOS_TF, S.IONOS_CTL, S.IONOS_UKPRIV],
      'Cloud locations gb/lhr, gb/bhx, us/las, us/ewr, us/mci; UK entity IONOS Cloud Ltd., Gloucester. A US entity is not named in the sources.',
    ),
    certifications: [
      {
        scheme: 'iso-27001',
        status: 'held',
        level: '27001:2013 (wording of the vendor page)',
        scope: 'European data centres',
        verification: 'verified',
        sources: [S.IONOS_SEC],
      },
      {
        scheme: 'bsi-c5',
        status: 'unknown',
        scope: 'IONOS Cloud',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'No IONOS statement on C5 in the stored sources; confirm on the provider trust page.',
      },
      {
        scheme: 'gaia-x-membership',
        status: 'held',
        scope: 'IONOS',
        verification: 'secondary',
        sources: [REFERENCE.factSheet, S.GX_FOUND],
        note: 'Member, but not one of the 22 founding members.',
      },
    ],
    locations: [
      location('de/fra', 'DE', {
        city: 'Frankfurt',
        verification: 'verified',
        sources: [S.IONOS_TF, S.IONOS_TF_NFS],
      }),
      location('de/fra/2', 'DE', {
        ...codeOnly(
          'Frankfurt (second location)',
          'City read from the code only.',
        ),
        verification: 'verified',
        sources: [S.IONOS_TF, S.IONOS_CTL],
      }),
      location('de/fkb', 'DE', {
        city: 'Karlsruhe',
        verification: 'verified',
        sources: [S.IONOS_CODE, S.IONOS_PULUMI],
      }),
      location('de/txl', 'DE', {
        city: 'Berlin',
        verification: 'verified',
        sources: [S.IONOS_TF, S.IONOS_TF_NFS],
      }),
      location('es/vit', 'ES', {
        ...codeOnly(
          'Logroño',
          'IONOS names Logroño for its Spanish object-storage region eu-south-2; no page maps the compute location; IATA VIT is Vitoria.',
        ),
        verification: 'verified',
        sources: [S.IONOS_TF, S.IONOS_TF_S3],
      }),
      location('fr/par', 'FR', {
        ...codeOnly('Paris'),
        verification: 'verified',
        sources: [S.IONOS_TF],
      }),
      location('gb/lhr', 'GB', {
        ...codeOnly('London'),
        verification: 'verified',
        sources: [S.IONOS_TF],
      }),
      location('gb/bhx', 'GB', {
        city: 'Birmingham area',
        cityVerification: 'unverified',
        verification: 'verified',
        sources: [S.IONOS_TF, S.IONOS_CTL],
        note: 'City from the IATA code BHX only.',
      }),
      location('us/las', 'US', {
        ...codeOnly('Las Vegas'),
        verification: 'verified',
        sources: [S.IONOS_TF, S.IONOS_CTL],
      }),
      location('us/ewr', 'US', {
        ...codeOnly('Newark'),
        verification: 'verified',
        sources: [S.IONOS_TF, S.IONOS_CTL],
      }),
      location('us/mci', 'US', {
        city: 'Kansas City area',
        cityVerification: 'unverified',
        verification: 'verified',
        sources: [S.IONOS_TF, S.IONOS_CTL],
        note: 'City from the IATA code MCI only.',
      }),
    ],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPIC',
        repository: 'ionos-cloud/cluster-api-provider-ionoscloud',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha1',
        clusterKind: 'IonosCloudCluster',
        machineKind: 'IonosCloudMachineTemplate',
        contract: 'v1beta1',
        release: 'v0.6.3',
        verification: 'verified',
        sources: [REFERENCE.provisioning, P.CAPIC],
        note: 'Self-managed clusters only; the control-plane endpoint is a kube-vip address reserved in advance. Templates and the ClusterClass are still Cluster API v1beta1.',
      },
      {
        method: 'crossplane',
        service: 'IONOS Managed Kubernetes',
        crossplaneProvider: 'ionos-cloud/crossplane-provider-ionoscloud',
        apiVersion: 'k8s.ionoscloud.crossplane.io/v1alpha1',
        clusterKind: 'Cluster',
        nodePoolKind: 'NodePool',
        verification: 'verified',
        sources: [REFERENCE.managedKubernetes, P.XP_IONOS],
        note: 'The kubeconfig comes through writeConnectionSecretToRef.',
      },
    ],
    detection: {
      providerIdPrefixes: fact(['ionos://'], 'verified', [
        S.IONOS_CAPI,
        S.IONOS_CODE,
      ]),
    },
  },
);
