import { ConfigReader } from '@backstage/config';
import { SecretRedactor } from './SecretRedactor';

describe('SecretRedactor', () => {
  const token = 'canary-token-0123456789';
  const redactor = SecretRedactor.fromConfig(
    new ConfigReader({
      sovereignCloud: {
        kubernetes: {
          clusters: [
            { name: 'a', url: 'https://a.example.eu', token },
            {
              name: 'b',
              url: 'https://b.example.eu',
              tokenSecretRef: { name: 's', namespace: 'n', key: 'token' },
            },
          ],
        },
      },
    }),
  );

  it('replaces configured tokens, plain and in base64', () => {
    const b64 = Buffer.from(token).toString('base64');
    expect(redactor.redact(`401 with Bearer ${token} (${b64})`)).toBe(
      '401 with Bearer [REDACTED] ([REDACTED])',
    );
  });

  it('leaves values of non-secret keys alone', () => {
    expect(redactor.redact('https://a.example.eu token')).toBe(
      'https://a.example.eu token',
    );
  });

  it('redacts strings anywhere in a JSON value', () => {
    expect(
      redactor.redactDeep({ probes: [{ reason: `bad ${token}` }], n: 1 }),
    ).toEqual({ probes: [{ reason: 'bad [REDACTED]' }], n: 1 });
  });
});
