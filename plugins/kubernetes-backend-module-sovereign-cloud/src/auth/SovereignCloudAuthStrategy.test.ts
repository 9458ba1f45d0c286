import { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { CredentialResolver } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  AUTH_METADATA_CREDENTIAL_REF,
  SOVEREIGN_CLOUD_AUTH_PROVIDER,
} from './authMetadataKeys';
import { SovereignCloudAuthStrategy } from './SovereignCloudAuthStrategy';

const token = 'resolved-token-0123456789';

function cluster(authMetadata: Record<string, string>): ClusterDetails {
  return { name: 'eu-a', url: 'https://api.eu-a.example.eu', authMetadata };
}

const reference = { configKey: 'sovereignCloud.clusters.eu-a.token' };
const metadata = {
  'kubernetes.io/auth-provider': SOVEREIGN_CLOUD_AUTH_PROVIDER,
  [AUTH_METADATA_CREDENTIAL_REF]: JSON.stringify(reference),
};

describe('SovereignCloudAuthStrategy', () => {
  let credentials: jest.Mocked<CredentialResolver>;
  let strategy: SovereignCloudAuthStrategy;

  beforeEach(() => {
    credentials = {
      check: jest.fn().mockReturnValue(undefined),
      resolve: jest.fn().mockResolvedValue(token),
    };
    strategy = SovereignCloudAuthStrategy.create({ credentials });
  });

  it('resolves the referenced credential when a request is made', async () => {
    await expect(strategy.getCredential(cluster(metadata))).resolves.toEqual({
      type: 'bearer token',
      token,
    });
    expect(credentials.resolve).toHaveBeenCalledWith(reference);
  });

  it('presents nothing to the frontend', () => {
    expect(strategy.presentAuthMetadata()).toEqual({});
  });

  it('fails clearly, without a value, when the credential cannot be read', async () => {
    credentials.resolve.mockRejectedValue(
      new Error("config key 'x' is not set"),
    );
    await expect(strategy.getCredential(cluster(metadata))).rejects.toThrow(
      "Cannot load the credential of cluster 'eu-a' from config key 'sovereignCloud.clusters.eu-a.token': config key 'x' is not set",
    );
  });

  it('refuses clusters without a usable reference', async () => {
    await expect(
      strategy.getCredential(
        cluster({
          'kubernetes.io/auth-provider': SOVEREIGN_CLOUD_AUTH_PROVIDER,
        }),
      ),
    ).rejects.toThrow(/no usable credential reference/);
    expect(
      strategy.validateCluster({
        [AUTH_METADATA_CREDENTIAL_REF]: '{"configKey":',
      }),
    ).toEqual([new Error(`the ${AUTH_METADATA_CREDENTIAL_REF} is not JSON`)]);
    expect(
      strategy.validateCluster({ [AUTH_METADATA_CREDENTIAL_REF]: '{}' }),
    ).toEqual([
      new Error(
        `the ${AUTH_METADATA_CREDENTIAL_REF} sets neither configKey nor secretRef`,
      ),
    ]);
    expect(credentials.resolve).not.toHaveBeenCalled();
  });

  it('validates references against the resolver policy', () => {
    expect(strategy.validateCluster(metadata)).toEqual([]);
    credentials.check.mockReturnValue('not allowed');
    expect(strategy.validateCluster(metadata)).toEqual([
      new Error('not allowed'),
    ]);
  });
});
