import { VolumeKeyCustody } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** A StorageClass as far as key custody goes. */
export interface StorageClassObject {
  metadata: { name?: string };
  provisioner?: string;
  parameters?: Record<string, string>;
}

/** Custody of a class's volume keys and why. */
export interface ClassCustody {
  custody: VolumeKeyCustody;
  why: string;
}

/** Looks up a ceph-csi KMS configuration by its id; undefined when not readable. */
export type CephKmsLookup = (
  kmsId: string,
  namespaces: string[],
) => Promise<string | undefined>;

const isTrue = (value: string | undefined) =>
  value?.trim().toLowerCase() === 'true';

/** Reads a parameter whatever its case (Azure documents both spellings). */
function param(parameters: Record<string, string>, name: string) {
  const key = Object.keys(parameters).find(
    k => k.toLowerCase() === name.toLowerCase(),
  );
  return key ? parameters[key] : undefined;
}

/**
 * ceph-csi KMS types (`encryptionKMSType` / `KMS_PROVIDER` in
 * `csi-kms-connection-details`, ceph-csi examples/kms/vault): Vault and KMIP
 * are run by the customer; cloud KMSes hold customer-managed keys at the
 * provider; `metadata` keeps the passphrase in the cluster (Secret-based).
 */
const CEPH_KMS_CUSTODY: Record<string, VolumeKeyCustody> = {
  vault: 'customer-kms',
  vaulttokens: 'customer-kms',
  vaulttenantsa: 'customer-kms',
  kmip: 'customer-kms',
  'aws-metadata': 'provider-kms-cmk',
  'aws-sts-metadata': 'provider-kms-cmk',
  'azure-kv': 'provider-kms-cmk',
  ibmkeyprotect: 'provider-kms-cmk',
  metadata: 'k8s-secret',
  'secrets-metadata': 'k8s-secret',
};

async function cephCustody(
  provisioner: string,
  parameters: Record<string, string>,
  lookup: CephKmsLookup,
): Promise<ClassCustody> {
  if (!isTrue(parameters.encrypted)) {
    return { custody: 'none', why: 'ceph-csi without `encrypted: "true"`' };
  }
  const kmsId = parameters.encryptionKMSID;
  if (!kmsId) {
    return {
      custody: 'k8s-secret',
      why: 'ceph-csi encryption without encryptionKMSID: passphrases stay in the cluster',
    };
  }
  // Rook names the driver `<operator namespace>.rbd.csi.ceph.com`.
  const namespaces = [
    /^(.+)\.(rbd|cephfs)\.csi\.ceph\.com$/.exec(provisioner)?.[1],
    parameters['csi.storage.k8s.io/provisioner-secret-namespace'],
  ].filter((n): n is string => Boolean(n));
  const type = await lookup(kmsId, [...new Set(namespaces)]);
  const custody = type ? CEPH_KMS_CUSTODY[type] : undefined;
  if (!custody) {
    // Encrypted, but where the key lives is not evidenced: assume the weakest custody encryption allows.
    return {
      custody: 'k8s-secret',
      why: type
        ? `ceph-csi KMS '${kmsId}' of type '${type}' is not known; assumed Secret-held`
        : `ceph-csi KMS '${kmsId}' could not be read; assumed Secret-held`,
    };
  }
  return { custody, why: `ceph-csi KMS '${kmsId}' (${type})` };
}

/**
 * Who holds the keys of volumes a StorageClass provisions, from its
 * provisioner's documented encryption parameters. Unknown provisioners are
 * `unknown`; a parameter that is not set means no encryption the cluster
 * can show (provider defaults that are not visible count as none).
 */
export async function custodyOf(
  storageClass: StorageClassObject,
  lookup: CephKmsLookup,
): Promise<ClassCustody> {
  const provisioner = storageClass.provisioner ?? '';
  const parameters = storageClass.parameters ?? {};
  if (/(^|\.)(rbd|cephfs)\.csi\.ceph\.com$/.test(provisioner)) {
    return cephCustody(provisioner, parameters, lookup);
  }
  switch (provisioner) {
    case 'driver.longhorn.io':
      // Longhorn keeps the LUKS passphrase in a Kubernetes Secret.
      return isTrue(parameters.encrypted)
        ? {
            custody: 'k8s-secret',
            why: 'Longhorn encryption (key in a Secret)',
          }
        : { custody: 'none', why: 'Longhorn without encryption' };
    case 'ebs.csi.aws.com':
    case 'kubernetes.io/aws-ebs':
      if (!isTrue(parameters.encrypted)) {
        return {
          custody: 'none',
          why: 'EBS without `encrypted` (account-level default encryption is not visible)',
        };
      }
      return parameters.kmsKeyId
        ? {
            custody: 'provider-kms-cmk',
            why: 'EBS with a customer-managed KMS key',
          }
        : { custody: 'provider-managed', why: 'EBS with the AWS-managed key' };
    case 'pd.csi.storage.gke.io':
    case 'kubernetes.io/gce-pd':
      return parameters['disk-encryption-kms-key']
        ? {
            custody: 'provider-kms-cmk',
            why: 'Persistent Disk with a Cloud KMS key',
          }
        : {
            custody: 'provider-managed',
            why: 'Persistent Disk with Google-managed keys',
          };
    case 'disk.csi.azure.com':
    case 'kubernetes.io/azure-disk':
      return param(parameters, 'diskEncryptionSetID')
        ? {
            custody: 'provider-kms-cmk',
            why: 'Azure Disk with a disk encryption set',
          }
        : {
            custody: 'provider-managed',
            why: 'Azure Disk with platform-managed keys',
          };
    case 'csi.hetzner.cloud':
      // hcloud-csi encrypts with LUKS when a node-publish Secret holds `encryption-passphrase`.
      return parameters['csi.storage.k8s.io/node-publish-secret-name']
        ? {
            custody: 'k8s-secret',
            why: 'Hetzner volume with LUKS (passphrase in a Secret)',
          }
        : { custody: 'none', why: 'Hetzner volume without LUKS' };
    default:
      return {
        custody: 'unknown',
        why: `provisioner ${provisioner || '(none)'} is not known to the probe`,
      };
  }
}

/** Weakest first; `none` and `provider-managed` earn the same (no) credit. */
const ORDER: VolumeKeyCustody[] = [
  'none',
  'provider-managed',
  'k8s-secret',
  'provider-kms-cmk',
  'customer-kms',
];

/**
 * The weakest custody of the classes in use, or null when an unknown class
 * could be weaker than every known one.
 */
export function weakestCustody(
  custodies: VolumeKeyCustody[],
): VolumeKeyCustody | null {
  const known = custodies.filter(c => ORDER.includes(c));
  if (known.length === 0) return null;
  const weakest = known.reduce((a, b) =>
    ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a,
  );
  const anyUnknown = known.length < custodies.length;
  return anyUnknown &&
    ORDER.indexOf(weakest) > ORDER.indexOf('provider-managed')
    ? null
    : weakest;
}
