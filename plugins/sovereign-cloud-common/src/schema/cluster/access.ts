import { z } from 'zod';
import { httpsUrl, httpUrl, identifier } from '../formats';
import { rule } from '../rules';
import { text } from '../text';
import { credentialReferenceSchema } from './credentialReference';

// Strategies that authenticate with a stored credential rather than the user's own token.
const NEEDS_CREDENTIAL = new Set(['serviceAccount']);

const authSchema = z
  .strictObject({
    provider: identifier.describe(
      'Auth strategy key of the Kubernetes plugin (oidc, serviceAccount, aws, google, azure, aks, googleServiceAccount) or a custom strategy.',
    ),
    credential: credentialReferenceSchema.optional(),
    oidcTokenProvider: text()
      .meta({ examples: ['microsoft', 'okta', 'gitlab'] })
      .optional(),
  })
  .check(
    rule((auth, ctx) => {
      if (NEEDS_CREDENTIAL.has(auth.provider) && auth.credential === undefined)
        ctx.report(
          ['credential'],
          `is required for auth provider ${auth.provider}`,
        );
    }),
  );

export const accessSchema = z
  .strictObject({
    apiServer: httpsUrl,
    certificateAuthority: credentialReferenceSchema.optional(),
    auth: authSchema,
    dashboardUrl: httpUrl.optional(),
  })
  .describe(
    'How the portal reaches the API server. Only references to credentials; a URL is contacted only when it matches the allowlist in app-config.',
  );
