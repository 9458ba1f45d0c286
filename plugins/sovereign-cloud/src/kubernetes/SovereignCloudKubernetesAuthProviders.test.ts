import { KubernetesAuthProvidersApi } from '@backstage/plugin-kubernetes-react';
import {
  SOVEREIGN_CLOUD_KUBERNETES_AUTH_PROVIDER,
  SovereignCloudKubernetesAuthProviders,
} from './SovereignCloudKubernetesAuthProviders';

describe('SovereignCloudKubernetesAuthProviders', () => {
  const body = {
    entity: { kind: 'Component', metadata: { name: 'payments-api' } },
  } as any;
  const inner: jest.Mocked<KubernetesAuthProvidersApi> = {
    decorateRequestBodyForAuth: jest.fn(async (_provider, request) => ({
      ...request,
      auth: { oidc: { google: 'browser-token' } },
    })),
    getCredentials: jest.fn(async (_provider: string) => ({
      token: 'browser-token',
    })),
  };
  const providers = new SovereignCloudKubernetesAuthProviders(inner);

  beforeEach(() => jest.clearAllMocks());

  it('sends sovereign clusters no browser credentials: the backend resolves them', async () => {
    await expect(
      providers.decorateRequestBodyForAuth(
        SOVEREIGN_CLOUD_KUBERNETES_AUTH_PROVIDER,
        body,
      ),
    ).resolves.toBe(body);
    await expect(
      providers.getCredentials(SOVEREIGN_CLOUD_KUBERNETES_AUTH_PROVIDER),
    ).resolves.toEqual({});
    expect(inner.decorateRequestBodyForAuth).not.toHaveBeenCalled();
    expect(inner.getCredentials).not.toHaveBeenCalled();
  });

  it('leaves every other auth provider to the Kubernetes plugin', async () => {
    await expect(
      providers.decorateRequestBodyForAuth('oidc.google', body),
    ).resolves.toEqual({
      ...body,
      auth: { oidc: { google: 'browser-token' } },
    });
    await expect(providers.getCredentials('google')).resolves.toEqual({
      token: 'browser-token',
    });
  });
});
