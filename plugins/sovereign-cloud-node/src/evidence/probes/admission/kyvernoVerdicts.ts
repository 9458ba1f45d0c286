import { ImageSigner } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../../kubernetes/types';
import {
  AdmissionVerdict,
  SignerClassifier,
  signerOfAlternatives,
} from './AdmissionVerdict';

type Json = Record<string, any>;

const isVulnerabilityAttestation = (a: Json) =>
  /vuln/i.test(String(a?.predicateType ?? a?.type ?? ''));

function entrySigner(entry: Json, signers: SignerClassifier): ImageSigner {
  if (entry.keys || entry.certificates) return 'customer';
  if (entry.keyless) {
    return signers.keyless({
      subject: entry.keyless.subject,
      issuer: entry.keyless.issuer,
      privateRoots: Boolean(entry.keyless.roots),
    });
  }
  return 'upstream';
}

function verifyImagesSigner(
  rule: Json,
  signers: SignerClassifier,
): ImageSigner {
  // Kyverno < 1.7 put one key or keyless identity on the rule itself.
  if (rule.key) return 'customer';
  if (rule.subject || rule.issuer) {
    return signers.keyless({
      subject: rule.subject,
      issuer: rule.issuer,
      privateRoots: Boolean(rule.roots),
    });
  }
  // Each attestor set must pass; within a set, any entry admits an image.
  const perAttestor = ((rule.attestors ?? []) as Json[]).map(attestor =>
    signerOfAlternatives(
      ((attestor.entries ?? []) as Json[]).map(e => entrySigner(e, signers)),
    ),
  );
  if (perAttestor.length === 0) return 'none';
  return perAttestor.includes('customer') ? 'customer' : perAttestor[0];
}

/**
 * Kyverno `ClusterPolicy`/`Policy` (kyverno.io/v1) rules with
 * `verifyImages`. The mode is the rule's `failureAction` (Kyverno ≥ 1.13)
 * or the policy's `validationFailureAction` (default Audit).
 */
export function kyvernoVerdicts(
  policies: KubernetesObject[],
  signers: SignerClassifier,
): AdmissionVerdict[] {
  const verdicts: AdmissionVerdict[] = [];
  for (const policy of policies) {
    const spec = (policy.spec ?? {}) as Json;
    const name = `${policy.kind} ${
      policy.metadata.namespace ? `${policy.metadata.namespace}/` : ''
    }${policy.metadata.name}`;
    for (const rule of (spec.rules ?? []) as Json[]) {
      for (const verify of (rule.verifyImages ?? []) as Json[]) {
        const action = String(
          verify.failureAction ?? spec.validationFailureAction ?? 'Audit',
        );
        verdicts.push({
          engine: 'kyverno',
          policy: name,
          mode: /^enforce$/i.test(action) ? 'enforce' : 'audit',
          signer: verifyImagesSigner(verify, signers),
          vulnerabilityGate: ((verify.attestations ?? []) as Json[]).some(
            isVulnerabilityAttestation,
          ),
        });
      }
    }
  }
  return verdicts;
}
