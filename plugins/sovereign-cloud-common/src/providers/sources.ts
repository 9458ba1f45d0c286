import { FactSource } from '../entities/facts';

/*
 * The sources behind the provider catalogue. Citation keys are those of the
 * project's sovereignty research (verification pass of 2026-11-23); each
 * entry also carries the URL or repository it names, so the facts stand on
 * their own. Nothing here is a source that research did not give.
 */

// Generic so that `S.X.url` keeps its type (string) where a URL is given.
const cite = <R extends Omit<FactSource, 'citation'>>(
  citation: string,
  rest: R,
) => ({
  citation,
  ...rest,
});

/** The research's own judgement or gap, cited by section. */
export const REFERENCE = {
  factSheet: cite('sovereignty-model §3.3', { title: 'Provider fact sheet' }),
  exposureModel: cite('sovereignty-model §3.3', {
    title:
      'Exposure class (model input to SOV-2.2); a contestable judgement an operator may override (§6.4)',
  }),
  locationCodes: cite('sovereignty-model §3.4', {
    title: 'Region / location codes',
  }),
  detection: cite('sovereignty-model §4.1', {
    title: 'Provider and location detection',
  }),
  provisioning: cite('provisioning-reference §2.0', {
    title: 'Infrastructure providers: overview matrix',
  }),
  managedKubernetes: cite('provisioning-reference §2.9', {
    title: 'Managed Kubernetes and Crossplane alternatives',
  }),
  privateDataCentres: cite('provisioning-reference §2.7', {
    title: 'Private data centres',
  }),
} as const;

export const S = {
  // IONOS
  IONOS_GTC: cite('IONOS-GTC', {
    url: 'https://www.ionos.fr/terms-gtc/terms-enterprise-cloud/compute-engine-s3-object-storage-managed-kubernetes',
    title: 'IONOS Cloud General Terms and Conditions',
  }),
  HOP3_IONOS: cite('HOP3-IONOS', {
    url: 'https://csf.hop3.abilian.com/providers/ionos.html',
    title: 'Third-party scorecard (company facts only)',
  }),
  IONOS_TF: cite('IONOS-TF', {
    repo: 'ionos-cloud/terraform-provider-ionoscloud',
    commit: '62ea59adb66f',
    path: 'docs/data-sources/datacenter.md',
  }),
  IONOS_TF_NFS: cite('IONOS-TF', {
    repo: 'ionos-cloud/terraform-provider-ionoscloud',
    commit: '62ea59adb66f',
    path: 'docs/resources/nfs_cluster.md',
  }),
  IONOS_TF_S3: cite('IONOS-TF', {
    repo: 'ionos-cloud/terraform-provider-ionoscloud',
    commit: '62ea59adb66f',
    path: 'docs/resources/user_object_storage_bucket.md',
  }),
  IONOS_CTL: cite('IONOS-CTL', {
    repo: 'ionos-cloud/ionosctl',
    commit: '0e4141a5bb5d',
    path: 'internal/constants/constants.go',
  }),
  IONOS_CODE: cite('IONOS-CODE', {
    repo: 'kubernetes/autoscaler',
    path: 'cluster-autoscaler/cloudprovider/ionoscloud/',
  }),
  IONOS_PULUMI: cite('IONOS-PULUMI', {
    url: 'https://www.pulumi.com/registry/packages/ionoscloud/api-docs/getlocation',
  }),
  IONOS_CAPI: cite('IONOS-CAPI', {
    repo: 'ionos-cloud/cluster-api-provider-ionoscloud',
  }),
  IONOS_SEC: cite('IONOS-SEC', { url: 'https://www.ionos.at/sicherheit' }),
  IONOS_UKPRIV: cite('IONOS-UKPRIV', {
    url: 'https://www.ionos.co.uk/privacy-policy',
  }),
  GX_FOUND: cite('GX-FOUND', {
    url: 'https://www.heise.de/news/EU-Cloud-Gaia-X-macht-formelle-Fortschritte-4902245.html',
    title: 'Gaia-X AISBL founding members, 15 Sept 2020',
  }),

  // Scaleway
  SCW_TERMS: cite('SCW-TERMS', { url: 'https://www.scaleway.com/de/terms/' }),
  HOP3_SCW: cite('HOP3-SCW', {
    url: 'https://csf.hop3.abilian.com/providers/scaleway.html',
    title: 'Third-party scorecard (company facts only)',
  }),
  SCW_SDK: cite('SCW-SDK', {
    repo: 'scaleway/scaleway-sdk-js',
    path: 'packages/clients/src/scw/locality.ts',
  }),
  SCW_DOCS: cite('SCW-DOCS', {
    repo: 'scaleway/docs-content',
    path: 'pages/account/reference-content/products-availability.mdx',
  }),
  SCW_CCM: cite('SCW-CCM', {
    repo: 'scaleway/scaleway-cloud-controller-manager',
    path: 'scaleway/instances.go',
  }),
  SCW_LINFO: cite('SCW-LINFO', {
    url: 'https://linformaticien.com/magazine-linfo-cyber-risques/conformite/62901-scaleway-se-lance-dans-secnumcloud-3.html',
  }),
  SCW_BLOG: cite('SCW-BLOG', {
    url: 'https://www.scaleway.com/en/blog/secnumcloud-strategic-challenges/',
  }),

  // OVHcloud
  HOP3_OVH: cite('HOP3-OVH', {
    url: 'https://csf.hop3.abilian.com/providers/ovhcloud.html',
    title: 'Third-party scorecard (company facts only)',
  }),
  OVH_URD: cite('OVH-URD', {
    url: 'https://ovhcloud.fr.digital-report.net/en/report/78',
  }),
  OVH_REGIONS: cite('OVH-REGIONS', {
    url: 'https://app.unpkg.com/node-ovh-ts@0.0.5/files/dist/models/CloudKubeRegionEnum.d.ts',
  }),
  OVH_K8S_DOC: cite('OVH-K8S-DOC', {
    repo: 'ovh/docs',
    path: 'pages/public_cloud/containers_orchestration/managed_kubernetes/datacenters-nodes-storage-flavors/guide.pt-pt.md',
  }),
  OVH_TF: cite('OVH-TF', {
    repo: 'ovh/terraform-provider-ovh',
    commit: 'a1ae5bcee34b',
    path: 'docs/data-sources/cloud_project_region.md',
  }),
  OVH_TF_LOCATION: cite('OVH-TF', {
    repo: 'ovh/terraform-provider-ovh',
    commit: 'a1ae5bcee34b',
    path: 'ovh/data_location_test.go',
  }),
  OVH_TF_REGION: cite('OVH-TF', {
    repo: 'ovh/terraform-provider-ovh',
    commit: 'a1ae5bcee34b',
    path: 'docs/resources/cloud_project_region.md',
  }),
  OVH_PULUMI: cite('OVH-PULUMI', {
    url: 'https://www.pulumi.com/registry/packages/ovh/api-docs/cloudproject/projectregion',
  }),
  OVH_HDSSITES: cite('OVH-HDSSITES', {
    repo: 'ovh/docs',
    path: 'pages/account_and_service_management/account_information/security-specifications-dedicated-servers/',
    title: 'Earlier stored version, §11 site list',
  }),
  OVH_POD: cite('OVH-POD', {
    url: 'https://docs.ovhcloud.com/de/guides/account-and-service-management/reversibility/24-bm-pod-snc-reversbility',
  }),
  OVH_ISO: cite('OVH-ISO', {
    repo: 'ovh/docs',
    path: 'pages/account_and_service_management/account_information/security_certifications/guide.en-gb.md',
    title: 'OVHcloud products ISO27k certifications (updated 2024-02-20)',
  }),
  OVH_HDS: cite('OVH-HDS', {
    repo: 'ovh/docs',
    path: 'pages/account_and_service_management/account_information/hds_certification/guide.en-gb.md',
    title: 'OVHcloud products HDS certification (updated 2023-12-21)',
  }),
  OVH_HEISE: cite('OVH-HEISE', { url: 'https://heise.de/-11092029' }),

  // plusserver
  PLUS_IMPRINT: cite('PLUS-IMPRINT', {
    url: 'https://www.plusserver.com/en/imprint',
  }),
  HOP3_PLUS: cite('HOP3-PLUS', {
    url: 'https://csf.hop3.abilian.com/providers/plusserver.html',
    title: 'Third-party scorecard (company facts only)',
  }),
  PCO_DOCS: cite('PCO-DOCS', {
    repo: 'pluscloudopen/docs',
    commit: '71d837044996',
    path: 'content/en/docs/overview/pco-environment/_index.md',
  }),
  SCS_REPO: cite('SCS-REPO', {
    repo: 'SovereignCloudStack/standards',
    commit: '077174d94b576e480e8168d198004296bee94748',
  }),

  // STACKIT
  HOP3_STACKIT: cite('HOP3-STACKIT', {
    url: 'https://csf.hop3.abilian.com/providers/stackit.html',
    title: 'Third-party scorecard (company facts only)',
  }),
  STACKIT_TZ: cite('STACKIT-TZ', {
    url: 'https://www.techzine.nl/nieuws/infrastructure/559302/lidl-eigenaar-bouwt-duits-datacenter-van-200mw/',
  }),
  STACKIT_DOCS: cite('STACKIT-DOCS', {
    url: 'https://docs.stackit.cloud/de/products/storage/block-storage/basics/regions-and-availability-zones',
  }),
  STACKIT_CLI: cite('STACKIT-CLI', {
    url: 'https://github.com/stackitcloud/stackit-cli/issues/997',
  }),
  STACKIT_3P: cite('STACKIT-3P', {
    title:
      'Third-party region catalogues in public code labelling eu02 "STACKIT eu02 (Austria)"',
  }),
  BELIBRE: cite('BELIBRE', {
    url: 'https://belibre.be/en/sovereignty/2026-04-21-european-sovereign-cloud/',
  }),

  // Hetzner
  HETZ_PRIV: cite('HETZ-PRIV', {
    url: 'https://www.hetzner.com/de/legal/privacy-policy/',
  }),
  HETZ_GROK: cite('HETZ-GROK', { url: 'https://grokipedia.com/page/Hetzner' }),
  HETZ_TF: cite('HETZ-TF', {
    repo: 'hetznercloud/terraform-provider-hcloud',
    commit: 'f81c9af4bfcc',
    path: 'internal/location/data_source_test.go',
  }),
  HETZ_GO: cite('HETZ-GO', {
    repo: 'hetznercloud/hcloud-go',
    commit: 'b8cfa39da974',
    path: 'hcloud/network.go',
  }),
  HETZ_API: cite('HETZ-API', {
    repo: 'hetznercloud/terraform-provider-hcloud',
    title: 'Hetzner Cloud /locations examples in public code',
  }),
  HETZ_TUV: cite('HETZ-TUV', {
    url: 'https://www.scribd.com/document/712803040/dpa-tuev-audit-en-1',
  }),
  HETZ_CCM: cite('HETZ-CCM', {
    title:
      'Hetzner cloud-controller-manager documentation "Provider ID" (stored copy)',
  }),

  // Open Telekom Cloud
  HOP3_OTC: cite('HOP3-OTC', {
    url: 'https://csf.hop3.abilian.com/providers/open-telekom-cloud.html',
    title: 'Third-party scorecard (company facts only)',
  }),
  HOP3_TSY: cite('HOP3-TSY', {
    url: 'https://csf.hop3.abilian.com/providers/t-systems.html',
    title: 'Third-party scorecard (company facts only)',
  }),
  TC_OTC: cite('TC-OTC', {
    url: 'https://www.trusted-cloud.de/cloudservices/2667/',
    title: 'Trusted Cloud registry entry "Open Telekom Cloud"',
  }),
  TC_INFO: cite('TC-INFO', {
    url: 'https://www.trusted-cloud.de/artikel/faq-haeufig-gestellte-fragen.html',
  }),
  OTC_REGIONS: cite('OTC-REGIONS', {
    repo: 'opentelekomcloud-docs/regions-and-endpoints',
    path: 'doc/source/index.rst',
  }),
  OTC_TF: cite('OTC-TF', {
    repo: 'opentelekomcloud/terraform-provider-opentelekomcloud',
    commit: '88f1cf1e0a9d',
    path: 'docs/',
  }),
  OTC_KLAMM: cite('OTC-KLAMM', {
    url: 'https://www.klamm.de/news/made-in-germany-wie-souveraen-ist-die-cloud-der-telekom-wirklich-69N686a76ff94bb570001299333.html',
  }),
  OTC_SWITCH: cite('OTC-SWITCH', {
    url: 'https://www.open-telekom-cloud.com/en/support/switching-your-cloud-provider',
  }),

  // AWS
  AWS_SDK_PART: cite('AWS-SDK-PART', {
    repo: 'aws/aws-sdk-js-v3',
    commit: '685ff5d03588',
    path: 'packages/util-endpoints/src/lib/aws/partitions.json',
  }),
  AWS_ESC_WP: cite('AWS-ESC-WP', {
    url: 'https://docs.aws.amazon.com/whitepapers/latest/overview-aws-european-sovereign-cloud/design-approach.html',
  }),
  AWS_CUTTLE: cite('AWS-CUTTLE', {
    url: 'https://cuttlesoft.com/blog/2026/01/26/aws-european-sovereign-cloud',
  }),
  AWS_TECHINF: cite('AWS-TECHINF', {
    url: 'https://techinformed.com/aws-launches-eu-only-cloud-as-data-sovereignty-requirements-and-enforcement-activity-expand',
  }),
  TOMATO: cite('TOMATO', {
    url: 'https://www.tomato.blue/en/blog/seal-cloud-sovereignty-framework',
  }),
  RACK2CLOUD: cite('RACK2CLOUD', {
    url: 'https://www.rack2cloud.com/aws-european-sovereign-cloud-partition-guide',
  }),
  C5_KUMO: cite('C5-KUMO', {
    url: 'https://www.kumoclouds.de/blog/bsi-c5-aws-checklist.html',
    title: 'Third party: "AWS holds a C5 attestation"',
  }),
  CLOUDACT: cite('CLOUDACT', {
    url: 'https://lexbuild.dev/usc/title-18/chapter-121/section-2713',
    title: '18 U.S.C. § 2713 (CLOUD Act)',
  }),

  // Microsoft Azure
  AZ_REGIONS: cite('AZ-REGIONS', {
    url: 'https://learn.microsoft.com/nb-no/azure/reliability/regions-list',
  }),
  AZ_REGIONS_SRC: cite('AZ-REGIONS-SRC', {
    repo: 'MicrosoftDocs/azure-docs',
    commit: '04495fc0bdb0',
    path: 'articles/reliability/regions-list.md',
  }),
  AZ_COMPL: cite('AZ-COMPL', {
    repo: 'MicrosoftDocs/azure-docs',
    commit: '02786df64a5f',
    path: 'articles/compliance/index.yml',
    title: 'Azure compliance offerings (ms.date 2020-07-07)',
  }),
  AZ_AT_KURIER: cite('AZ-AT-KURIER', {
    url: 'https://kurier.at/wirtschaft/microsoft-eroeffnung-rechenzentren-niederoesterreich-cloud-ki/403054241',
  }),
  HOP3_BLEU: cite('HOP3-BLEU', {
    url: 'https://csf.hop3.abilian.com/providers/bleu.html',
    title: 'Third-party scorecard (company facts only)',
  }),
  BLEU_INCYBER: cite('BLEU-INCYBER', {
    url: 'https://incyber.org/article/bleu-obtient-jalon-0-certification-secnumcloud-pour-distribuer-microsoft-azure',
  }),

  // Google Cloud
  GCP_REGIONS: cite('GCP-REGIONS', {
    url: 'https://docs.cloud.google.com/unified-maintenance/docs/locations?hl=de',
  }),
  GCP_TRUST: cite('GCP-TRUST', {
    repo: 'api-evangelist/google-cloud-logging',
    path: 'security/google-cloud-logging-trust-center.yml',
  }),
  SNC_S3NS: cite('SNC-S3NS', {
    url: 'https://www.generation-nt.com/actualites/s3ns-thales-google-secnumcloud-certification-anssi-2068299',
  }),

  // Detection heuristics and private data centres
  MOGENIUS: cite('MOGENIUS', {
    title: 'mogenius-operator provider-detection heuristics (stored copy)',
  }),
  PROXMOX_CCM: cite('PROXMOX-CCM', {
    title: 'Proxmox cloud-controller-manager README example (stored copy)',
  }),
} as const;

/** Cluster API and Crossplane provider repositories at the commits the provisioning research read. */
export const PROVISIONING_SOURCES = {
  CAPH: cite('provisioning-reference §2.1', {
    repo: 'syself/cluster-api-provider-hetzner',
    commit: '1c4fe745f3bf',
  }),
  CAPIC: cite('provisioning-reference §2.2', {
    repo: 'ionos-cloud/cluster-api-provider-ionoscloud',
    commit: 'de375f0481a3',
  }),
  CAPS: cite('provisioning-reference §2.3', {
    repo: 'scaleway/cluster-api-provider-scaleway',
    commit: '453691a92b81',
  }),
  CAPO: cite('provisioning-reference §2.4', {
    repo: 'kubernetes-sigs/cluster-api-provider-openstack',
    commit: 'e52de58abe6f',
  }),
  CAPSTK: cite('provisioning-reference §2.5', {
    repo: 'stackitcloud/cluster-api-provider-stackit',
  }),
  CAPOVH: cite('provisioning-reference §2.6', {
    repo: 'rancher-sandbox/cluster-api-provider-ovhcloud',
  }),
  METAL3: cite('provisioning-reference §2.7', {
    repo: 'metal3-io/cluster-api-provider-metal3',
  }),
  CAPMOX: cite('provisioning-reference §2.7', {
    repo: 'ionos-cloud/cluster-api-provider-proxmox',
  }),
  BYOH: cite('provisioning-reference §2.7', {
    repo: 'vmware-tanzu/cluster-api-provider-bringyourownhost',
  }),
  CAPA: cite('provisioning-reference §2.8', {
    repo: 'kubernetes-sigs/cluster-api-provider-aws',
  }),
  XP_IONOS: cite('provisioning-reference §2.9', {
    repo: 'ionos-cloud/crossplane-provider-ionoscloud',
  }),
  XP_SCALEWAY: cite('provisioning-reference §2.9', {
    repo: 'scaleway/crossplane-provider-scaleway',
  }),
  XP_OVH: cite('provisioning-reference §2.9', { repo: 'edixos/provider-ovh' }),
  XP_OTC: cite('provisioning-reference §2.9', {
    repo: 'opentelekomcloud/provider-opentelekomcloud',
  }),
  XP_STACKIT: cite('provisioning-reference §2.9', {
    repo: 'intive/provider-stackit',
  }),
  SKE_TF: cite('provisioning-reference §2.9', {
    repo: 'stackitcloud/terraform-provider-stackit',
    path: 'examples/resources/stackit_ske_cluster/resource.tf',
  }),
} as const;
