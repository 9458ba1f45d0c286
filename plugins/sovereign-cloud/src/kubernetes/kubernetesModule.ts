import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  gitlabAuthApiRef,
  googleAuthApiRef,
  microsoftAuthApiRef,
  oktaAuthApiRef,
  oneloginAuthApiRef,
} from '@backstage/core-plugin-api';
import {
  KubernetesAuthProviders,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { SovereignCloudKubernetesAuthProviders } from './SovereignCloudKubernetesAuthProviders';

// Replaces the Kubernetes plugin's `api:kubernetes/auth-providers` (same id), keeping its
// browser-side providers and adding the server-side one of the sovereign cluster supplier.
const kubernetesAuthProviders = ApiBlueprint.make({
  name: 'auth-providers',
  params: defineParams =>
    defineParams({
      api: kubernetesAuthProvidersApiRef,
      deps: {
        gitlabAuthApi: gitlabAuthApiRef,
        googleAuthApi: googleAuthApiRef,
        microsoftAuthApi: microsoftAuthApiRef,
        oktaAuthApi: oktaAuthApiRef,
        oneloginAuthApi: oneloginAuthApiRef,
      },
      factory: deps =>
        new SovereignCloudKubernetesAuthProviders(
          new KubernetesAuthProviders({
            microsoftAuthApi: deps.microsoftAuthApi,
            googleAuthApi: deps.googleAuthApi,
            oidcProviders: {
              gitlab: deps.gitlabAuthApi,
              google: deps.googleAuthApi,
              microsoft: deps.microsoftAuthApi,
              okta: deps.oktaAuthApi,
              onelogin: deps.oneloginAuthApi,
            },
          }),
        ),
    }),
});

/**
 * Lets the Kubernetes plugin's tab reach the sovereign clusters that the
 * `@sovereign-cloud/plugin-kubernetes-backend-module-sovereign-cloud` backend module supplies.
 * @alpha
 */
export const sovereignCloudKubernetesModule = createFrontendModule({
  pluginId: 'kubernetes',
  extensions: [kubernetesAuthProviders],
});
