import { CephKmsLookup, custodyOf, weakestCustody } from './volumeKeyCustody';

const noKms: CephKmsLookup = async () => undefined;
const sc = (provisioner: string, parameters: Record<string, string> = {}) => ({
  metadata: { name: 'x' },
  provisioner,
  parameters,
});
const custody = async (
  provisioner: string,
  parameters: Record<string, string> = {},
  lookup = noKms,
) => (await custodyOf(sc(provisioner, parameters), lookup)).custody;

describe('custodyOf', () => {
  it('follows ceph-csi KMS types, looked up in the Rook operator namespace', async () => {
    const seen: string[][] = [];
    const lookup: CephKmsLookup = async (id, namespaces) => {
      seen.push(namespaces);
      return {
        vault: 'vaulttokens',
        aws: 'aws-metadata',
        meta: 'metadata',
        odd: 'hsm-x',
      }[id];
    };
    const encrypted = (kms?: string) => ({
      encrypted: 'true',
      ...(kms ? { encryptionKMSID: kms } : {}),
      'csi.storage.k8s.io/provisioner-secret-namespace': 'storage',
    });
    expect(
      await custody('rook-ceph.rbd.csi.ceph.com', encrypted('vault'), lookup),
    ).toBe('customer-kms');
    expect(seen[0]).toEqual(['rook-ceph', 'storage']);
    expect(await custody('rbd.csi.ceph.com', encrypted('aws'), lookup)).toBe(
      'provider-kms-cmk',
    );
    expect(await custody('rbd.csi.ceph.com', encrypted('meta'), lookup)).toBe(
      'k8s-secret',
    );
    // Encrypted, but the key's home is not evidenced: the weakest custody encryption allows.
    expect(await custody('rbd.csi.ceph.com', encrypted('odd'), lookup)).toBe(
      'k8s-secret',
    );
    expect(
      await custody('rbd.csi.ceph.com', encrypted('missing'), lookup),
    ).toBe('k8s-secret');
    expect(await custody('rbd.csi.ceph.com', encrypted(), lookup)).toBe(
      'k8s-secret',
    );
    expect(await custody('rook-ceph.cephfs.csi.ceph.com', {}, lookup)).toBe(
      'none',
    );
  });

  it('reads the documented parameters of cloud and software-defined storage', async () => {
    expect(await custody('driver.longhorn.io', { encrypted: 'true' })).toBe(
      'k8s-secret',
    );
    expect(await custody('driver.longhorn.io')).toBe('none');
    expect(
      await custody('ebs.csi.aws.com', {
        encrypted: 'true',
        kmsKeyId: 'arn:…',
      }),
    ).toBe('provider-kms-cmk');
    expect(await custody('ebs.csi.aws.com', { encrypted: 'true' })).toBe(
      'provider-managed',
    );
    expect(await custody('ebs.csi.aws.com', { type: 'gp3' })).toBe('none');
    expect(
      await custody('pd.csi.storage.gke.io', {
        'disk-encryption-kms-key': 'projects/…',
      }),
    ).toBe('provider-kms-cmk');
    expect(await custody('pd.csi.storage.gke.io')).toBe('provider-managed');
    expect(
      await custody('disk.csi.azure.com', {
        DiskEncryptionSetID: '/subscriptions/…',
      }),
    ).toBe('provider-kms-cmk');
    expect(
      await custody('csi.hetzner.cloud', {
        'csi.storage.k8s.io/node-publish-secret-name': 'luks',
      }),
    ).toBe('k8s-secret');
    expect(await custody('csi.hetzner.cloud')).toBe('none');
    expect(
      await custody('cinder.csi.openstack.org', { type: 'encrypted' }),
    ).toBe('unknown');
  });
});

describe('weakestCustody', () => {
  it('takes the weakest class in use', () => {
    expect(weakestCustody(['customer-kms', 'k8s-secret'])).toBe('k8s-secret');
    expect(weakestCustody(['customer-kms'])).toBe('customer-kms');
  });

  it('is unknown when an unknown class could be weaker', () => {
    expect(weakestCustody(['customer-kms', 'unknown'])).toBeNull();
    expect(weakestCustody(['unknown'])).toBeNull();
    // Nothing is weaker than no customer control at all.
    expect(weakestCustody(['none', 'unknown'])).toBe('none');
  });
});
