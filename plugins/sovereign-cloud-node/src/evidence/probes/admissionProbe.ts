import { AdmissionEvidence } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesClusterClient } from '../../kubernetes/KubernetesClusterClient';
import { KubernetesObject } from '../../kubernetes/types';
import { SignerClassifier, strongest } from './admission/AdmissionVerdict';
import { kyvernoVerdicts } from './admission/kyvernoVerdicts';
import { sigstoreVerdicts } from './admission/sigstoreVerdicts';
import { EvidenceProbe } from './EvidenceProbe';
import { observed } from './observe';
import { readOptional } from './readOptional';

/** All objects of a kind, or none when its CRD is not installed (404). */
async function listIfServed(
  client: KubernetesClusterClient,
  signal: AbortSignal,
  apiVersions: string[],
  kind: string,
): Promise<KubernetesObject[] | undefined> {
  for (const apiVersion of apiVersions) {
    const list = await readOptional(() =>
      client.list(apiVersion, kind, { signal }),
    );
    if (list) return list.items;
  }
  return undefined;
}

const CONNAISSEUR = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  namespace: 'connaisseur',
  name: 'connaisseur-deployment',
};

/**
 * Kyverno `ClusterPolicy`/`Policy` with `verifyImages`, Sigstore
 * policy-controller `ClusterImagePolicy`, Connaisseur → `admission`. A CRD
 * that is not installed means no policy of that engine. Connaisseur keeps its
 * validators in Helm values, so its presence alone leaves the evidence as
 * declared.
 */
export const admissionProbe: EvidenceProbe = {
  name: 'admission',
  async run({ client, signal, settings }) {
    const [clusterPolicies, policies, imagePolicies, connaisseur] =
      await Promise.all([
        listIfServed(client, signal, ['kyverno.io/v1'], 'ClusterPolicy'),
        listIfServed(client, signal, ['kyverno.io/v1'], 'Policy'),
        listIfServed(
          client,
          signal,
          ['policy.sigstore.dev/v1beta1', 'policy.sigstore.dev/v1alpha1'],
          'ClusterImagePolicy',
        ),
        readOptional(() => client.get(CONNAISSEUR, { signal })),
      ]);
    const signers = SignerClassifier.create(settings);
    const verdicts = [
      ...kyvernoVerdicts(
        [...(clusterPolicies ?? []), ...(policies ?? [])],
        signers,
      ),
      ...sigstoreVerdicts(imagePolicies ?? [], signers),
    ];
    const engines = [
      clusterPolicies && 'Kyverno',
      imagePolicies && 'Sigstore policy-controller',
      connaisseur && 'Connaisseur',
    ].filter(Boolean);
    const installed =
      engines.length > 0 ? engines.join(', ') : 'no admission engine';

    const best = strongest(verdicts);
    if (best) {
      const { engine: _engine, policy, ...value } = best;
      return {
        status: 'ok',
        observed: {
          admission: observed<AdmissionEvidence>(
            value,
            policy,
            `${best.engine}; ${verdicts.length} image verification rule(s)`,
          ),
        },
        detail: `${installed}; strongest: ${policy} (${value.mode}, signer ${
          value.signer
        }${value.vulnerabilityGate ? ', vulnerability gate' : ''})`,
      };
    }
    if (connaisseur) {
      return {
        status: 'skipped',
        observed: {},
        reason:
          'Connaisseur is installed; its validators are not readable through the API, so admission stays as declared',
      };
    }
    return {
      status: 'ok',
      observed: {
        admission: observed<AdmissionEvidence>(
          { mode: 'none', signer: 'none', vulnerabilityGate: false },
          'kyverno.io, policy.sigstore.dev, connaisseur',
        ),
      },
      detail: `${installed}; no policy verifies image signatures`,
    };
  },
};
