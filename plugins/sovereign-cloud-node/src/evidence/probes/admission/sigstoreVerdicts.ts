import { ImageSigner } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../../kubernetes/types';
import {
  AdmissionVerdict,
  SignerClassifier,
  signerOfAlternatives,
} from './AdmissionVerdict';

type Json = Record<string, any>;

function authoritySigner(
  authority: Json,
  signers: SignerClassifier,
): ImageSigner | undefined {
  if (authority.key) return 'customer';
  if (authority.keyless) {
    const identities = (authority.keyless.identities ?? []) as Json[];
    const privateRoots = Boolean(
      authority.keyless.trustRootRef || authority.keyless.ca,
    );
    return signerOfAlternatives(
      identities.length > 0
        ? identities.map(i =>
            signers.keyless({
              subject: i.subject,
              subjectRegExp: i.subjectRegExp,
              issuer: i.issuer ?? i.issuerRegExp,
              privateRoots,
            }),
          )
        : [signers.keyless({ privateRoots })],
    );
  }
  // `static: {action: pass}` admits anything: no signature is checked.
  return undefined;
}

/**
 * Sigstore policy-controller `ClusterImagePolicy` (policy.sigstore.dev):
 * `mode` enforce (default) or warn; any authority admits an image.
 * Enforcement also needs the namespace label
 * `policy.sigstore.dev/include=true`, which is not checked here.
 */
export function sigstoreVerdicts(
  policies: KubernetesObject[],
  signers: SignerClassifier,
): AdmissionVerdict[] {
  return policies.flatMap(policy => {
    const spec = (policy.spec ?? {}) as Json;
    const authorities = (spec.authorities ?? []) as Json[];
    const accepted = authorities.map(a => authoritySigner(a, signers));
    const admitsUnsigned = accepted.some(s => s === undefined);
    const signer = admitsUnsigned
      ? 'none'
      : signerOfAlternatives(accepted as ImageSigner[]);
    if (signer === 'none') return [];
    return [
      {
        engine: 'sigstore-policy-controller' as const,
        policy: `ClusterImagePolicy ${policy.metadata.name}`,
        mode: spec.mode === 'warn' ? ('audit' as const) : ('enforce' as const),
        signer,
        vulnerabilityGate: authorities.some(a =>
          ((a.attestations ?? []) as Json[]).some(x =>
            /vuln/i.test(String(x?.predicateType ?? '')),
          ),
        ),
      },
    ];
  });
}
