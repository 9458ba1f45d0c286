import {
  ANNOTATION_KUBERNETES_AUTH_PROVIDER,
  ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER,
} from '@backstage/plugin-kubernetes-common';
import { AuthMetadata } from '@backstage/plugin-kubernetes-node';
import { CredentialReference } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  AUTH_METADATA_CLUSTER_REF,
  AUTH_METADATA_CREDENTIAL_REF,
  SOVEREIGN_CLOUD_AUTH_PROVIDER,
} from '../auth/authMetadataKeys';
import { CredentialResolver } from '@sovereign-cloud/plugin-sovereign-cloud-node';

// Providers that authenticate with a stored credential rather than the user's
// own token. Their clusters go through our strategy, because the stock
// `serviceAccount` one wants the token itself in authMetadata and, when it is
// absent and the backend runs in a pod, talks to the backend's own cluster.
const storedCredentialProviders = new Set([
  'serviceAccount',
  SOVEREIGN_CLOUD_AUTH_PROVIDER,
]);

/** `authMetadata` for a SovereignCluster's auth, or why it cannot be built. */
export function authMetadataFor(
  clusterRef: string,
  auth: {
    provider: string;
    credential?: CredentialReference;
    oidcTokenProvider?: string;
  },
  credentials: Pick<CredentialResolver, 'check'>,
): { metadata: AuthMetadata } | { problem: string } {
  const base = { [AUTH_METADATA_CLUSTER_REF]: clusterRef };
  if (storedCredentialProviders.has(auth.provider)) {
    if (!auth.credential) {
      return {
        problem: `auth provider ${auth.provider} needs spec.access.auth.credential (the backend's own service account is never used for clusters from the catalog)`,
      };
    }
    const problem = credentials.check(auth.credential);
    if (problem) {
      return { problem: `its credential cannot be used: ${problem}` };
    }
    return {
      metadata: {
        ...base,
        [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: SOVEREIGN_CLOUD_AUTH_PROVIDER,
        [AUTH_METADATA_CREDENTIAL_REF]: JSON.stringify(auth.credential),
      },
    };
  }
  if (auth.provider === 'oidc' && !auth.oidcTokenProvider) {
    return {
      problem: 'auth provider oidc needs spec.access.auth.oidcTokenProvider',
    };
  }
  return {
    metadata: {
      ...base,
      [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: auth.provider,
      ...(auth.oidcTokenProvider && {
        [ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER]: auth.oidcTokenProvider,
      }),
    },
  };
}
