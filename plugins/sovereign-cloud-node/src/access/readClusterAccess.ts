import {
  ClusterAccess,
  CredentialReference,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { parseCredentialReference } from './credentials/credentialReference';

/**
 * A SovereignCluster's `spec.access`, or why it cannot be used.
 *
 * @public
 */
export type ClusterAccessReading =
  | { type: 'absent' }
  | { type: 'invalid'; problem: string }
  | {
      type: 'valid';
      access: Omit<ClusterAccess, 'certificateAuthority' | 'auth'> & {
        certificateAuthority?: CredentialReference;
        auth: {
          provider: string;
          credential?: CredentialReference;
          oidcTokenProvider?: string;
        };
      };
    };

const isString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

function optionalReference(
  value: unknown,
  path: string,
): { reference?: CredentialReference } | { problem: string } {
  if (value === undefined) {
    return {};
  }
  const parsed = parseCredentialReference(value);
  return parsed.ok
    ? { reference: parsed.reference }
    : { problem: `${path} ${parsed.problem}` };
}

/**
 * Reads `spec.access` defensively: the catalog module validates entities, but
 * entities from other sources (or older versions) must not break a refresh.
 *
 * @public
 */
export function readClusterAccess(spec: unknown): ClusterAccessReading {
  const access = (spec as { access?: unknown } | undefined)?.access;
  if (access === undefined || access === null) {
    return { type: 'absent' };
  }
  if (typeof access !== 'object') {
    return { type: 'invalid', problem: 'spec.access is not an object' };
  }
  const { apiServer, certificateAuthority, auth, dashboardUrl } =
    access as Record<string, unknown>;
  if (!isString(apiServer)) {
    return { type: 'invalid', problem: 'spec.access.apiServer is missing' };
  }
  const { provider, credential, oidcTokenProvider } = (auth ?? {}) as Record<
    string,
    unknown
  >;
  if (!isString(provider)) {
    return {
      type: 'invalid',
      problem: 'spec.access.auth.provider is missing',
    };
  }
  const ca = optionalReference(
    certificateAuthority,
    'spec.access.certificateAuthority',
  );
  if ('problem' in ca) {
    return { type: 'invalid', problem: ca.problem };
  }
  const cred = optionalReference(credential, 'spec.access.auth.credential');
  if ('problem' in cred) {
    return { type: 'invalid', problem: cred.problem };
  }
  return {
    type: 'valid',
    access: {
      apiServer,
      certificateAuthority: ca.reference,
      auth: {
        provider,
        credential: cred.reference,
        oidcTokenProvider: isString(oidcTokenProvider)
          ? oidcTokenProvider
          : undefined,
      },
      dashboardUrl: isString(dashboardUrl) ? dashboardUrl : undefined,
    },
  };
}
