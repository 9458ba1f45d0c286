import { KubernetesRequestBody } from '@backstage/plugin-kubernetes-common';
import { KubernetesAuthProvidersApi } from '@backstage/plugin-kubernetes-react';

/**
 * The auth provider name the sovereign-cloud Kubernetes backend module gives the clusters it
 * supplies. Their credentials are resolved by the backend from references, so the browser
 * neither has nor needs one.
 * @public
 */
export const SOVEREIGN_CLOUD_KUBERNETES_AUTH_PROVIDER = 'sovereignCloud';

/**
 * The Kubernetes plugin's auth providers, plus the server-side `sovereignCloud` provider.
 * Without it the Kubernetes tab fails for every entity as soon as one sovereign cluster is
 * supplied ("has no KubernetesAuthProvider defined for it").
 * @public
 */
export class SovereignCloudKubernetesAuthProviders
  implements KubernetesAuthProvidersApi
{
  constructor(private readonly inner: KubernetesAuthProvidersApi) {}

  async decorateRequestBodyForAuth(
    authProvider: string,
    requestBody: KubernetesRequestBody,
  ): Promise<KubernetesRequestBody> {
    if (authProvider === SOVEREIGN_CLOUD_KUBERNETES_AUTH_PROVIDER) {
      return requestBody;
    }
    return this.inner.decorateRequestBodyForAuth(authProvider, requestBody);
  }

  async getCredentials(authProvider: string): Promise<{ token?: string }> {
    if (authProvider === SOVEREIGN_CLOUD_KUBERNETES_AUTH_PROVIDER) {
      return {};
    }
    return this.inner.getCredentials(authProvider);
  }
}
