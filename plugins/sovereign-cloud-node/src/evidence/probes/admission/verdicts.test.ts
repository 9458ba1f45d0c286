import { SignerClassifier, strongest } from './AdmissionVerdict';
import { kyvernoVerdicts } from './kyvernoVerdicts';
import { sigstoreVerdicts } from './sigstoreVerdicts';

const signers = SignerClassifier.create({
  ownSigningIdentities: ['https://gitlab.example.eu/'],
});

function clusterPolicy(spec: object) {
  return {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name: 'p' },
    spec,
  };
}

const keyless = (subject: string) => ({
  attestors: [
    {
      entries: [
        {
          keyless: {
            subject,
            issuer: 'https://token.actions.githubusercontent.com',
          },
        },
      ],
    },
  ],
});

describe('kyvernoVerdicts', () => {
  it('takes the mode from the rule, then the policy, Audit by default', () => {
    const modes = kyvernoVerdicts(
      [
        clusterPolicy({ rules: [{ verifyImages: [keyless('x')] }] }),
        clusterPolicy({
          validationFailureAction: 'Audit',
          rules: [
            { verifyImages: [{ ...keyless('x'), failureAction: 'Enforce' }] },
          ],
        }),
        clusterPolicy({
          validationFailureAction: 'enforce',
          rules: [{ verifyImages: [keyless('x')] }],
        }),
        clusterPolicy({
          validationFailureAction: 'Enforce',
          rules: [{ validate: {} }],
        }),
      ],
      signers,
    ).map(v => v.mode);
    expect(modes).toEqual(['audit', 'enforce', 'enforce']);
  });

  it('counts public keyless identities as upstream and own ones as customer', () => {
    const [upstream, own] = kyvernoVerdicts(
      [
        clusterPolicy({
          rules: [{ verifyImages: [keyless('https://github.com/kyverno/*')] }],
        }),
        clusterPolicy({
          rules: [
            { verifyImages: [keyless('https://gitlab.example.eu/platform/*')] },
          ],
        }),
      ],
      signers,
    );
    expect(upstream.signer).toBe('upstream');
    expect(own.signer).toBe('customer');
  });

  it('lets an upstream alternative make a key-based attestor upstream', () => {
    const [verdict] = kyvernoVerdicts(
      [
        clusterPolicy({
          rules: [
            {
              verifyImages: [
                {
                  attestors: [
                    {
                      count: 1,
                      entries: [
                        { keys: { publicKeys: 'k' } },
                        { keyless: { subject: 'https://github.com/x/*' } },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        }),
      ],
      signers,
    );
    expect(verdict.signer).toBe('upstream');
  });
});

describe('sigstoreVerdicts', () => {
  const policy = (spec: object) => ({
    apiVersion: 'policy.sigstore.dev/v1beta1',
    kind: 'ClusterImagePolicy',
    metadata: { name: 'cip' },
    spec,
  });

  it('reads mode, authorities and vulnerability attestations', () => {
    expect(
      sigstoreVerdicts(
        [
          policy({
            authorities: [
              {
                key: { kms: 'hashivault://cosign' },
                attestations: [{ name: 'v', predicateType: 'vuln' }],
              },
            ],
          }),
          policy({
            mode: 'warn',
            authorities: [
              {
                keyless: {
                  identities: [
                    { issuer: 'https://accounts.google.com', subject: 'a@b.c' },
                  ],
                },
              },
            ],
          }),
        ],
        signers,
      ).map(({ mode, signer, vulnerabilityGate }) => ({
        mode,
        signer,
        vulnerabilityGate,
      })),
    ).toEqual([
      { mode: 'enforce', signer: 'customer', vulnerabilityGate: true },
      { mode: 'audit', signer: 'upstream', vulnerabilityGate: false },
    ]);
  });

  it('ignores a policy that lets anything pass', () => {
    expect(
      sigstoreVerdicts(
        [policy({ authorities: [{ static: { action: 'pass' } }] })],
        signers,
      ),
    ).toEqual([]);
  });
});

describe('strongest', () => {
  it('prefers enforcement, then own signatures, then a vulnerability gate', () => {
    const v = (
      mode: 'enforce' | 'audit',
      signer: 'customer' | 'upstream',
      vulnerabilityGate = false,
    ) => ({
      engine: 'kyverno' as const,
      policy: `${mode}-${signer}-${vulnerabilityGate}`,
      mode,
      signer,
      vulnerabilityGate,
    });
    expect(
      strongest([
        v('audit', 'customer', true),
        v('enforce', 'upstream'),
        v('enforce', 'customer'),
      ])?.policy,
    ).toBe('enforce-customer-false');
  });
});
