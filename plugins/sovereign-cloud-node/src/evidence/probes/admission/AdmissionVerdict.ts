import {
  AdmissionEvidence,
  ImageSigner,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** What one policy enforces about image signatures. */
export interface AdmissionVerdict extends AdmissionEvidence {
  engine: 'kyverno' | 'sigstore-policy-controller';
  policy: string;
}

const MODE_RANK: Record<AdmissionVerdict['mode'], number> = {
  none: 0,
  audit: 1,
  enforce: 2,
};

const SIGNER_RANK: Record<ImageSigner, number> = {
  none: 0,
  upstream: 1,
  customer: 2,
};

const strength = (v: AdmissionVerdict) => [
  MODE_RANK[v.mode],
  SIGNER_RANK[v.signer],
  v.vulnerabilityGate ? 1 : 0,
];

/**
 * The strongest verdict. Namespace and image coverage are not weighed:
 * one enforcing policy counts for the cluster.
 */
export function strongest(
  verdicts: AdmissionVerdict[],
): AdmissionVerdict | undefined {
  return [...verdicts].sort((a, b) => {
    const [x, y] = [strength(a), strength(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
  })[0];
}

/**
 * The signer of a set of alternatives (any one signature admits an image):
 * upstream when any alternative is upstream.
 */
export function signerOfAlternatives(signers: ImageSigner[]): ImageSigner {
  if (signers.length === 0) return 'none';
  return signers.includes('upstream') ? 'upstream' : 'customer';
}

/**
 * Whose signatures an attestor accepts. Keys and certificates are held by
 * whoever configured them: the customer. Keyless identities are the
 * customer's when their subject or issuer starts with one of
 * `ownSigningIdentities`, or when they trust a private Fulcio root;
 * otherwise upstream (public projects' CI identities).
 */
export class SignerClassifier {
  readonly #own: string[];

  static create(options: { ownSigningIdentities: string[] }): SignerClassifier {
    return new SignerClassifier(options.ownSigningIdentities);
  }

  private constructor(own: string[]) {
    this.#own = own;
  }

  keyless(identity: {
    subject?: unknown;
    subjectRegExp?: unknown;
    issuer?: unknown;
    privateRoots?: boolean;
  }): ImageSigner {
    if (identity.privateRoots) return 'customer';
    const values = [identity.subject, identity.subjectRegExp, identity.issuer]
      .filter((v): v is string => typeof v === 'string')
      .map(v => v.replace(/^\^/, ''));
    return this.#own.some(own => values.some(v => v.startsWith(own)))
      ? 'customer'
      : 'upstream';
  }
}
