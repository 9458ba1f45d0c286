import {
  INLINE_SECRET_VALUE_PATTERN,
  isSecretFieldName,
  isSecretKey,
  looksLikeInlineSecret,
  SECRET_FIELD_NAME_PATTERN,
  SECRET_KEY_PATTERN,
} from './inlineSecrets';

describe('inline secret detection', () => {
  it.each([
    'token',
    'Token',
    'bearerToken',
    'serviceAccountToken',
    'service_account_token',
    'kubeconfig',
    'kubeConfig',
    'privateKey',
    'private-key',
    'password',
    'clientSecret',
    'client_secret',
    'secretAccessKey',
    'apiKey',
  ])('treats %s as a credential field', name => {
    expect(isSecretFieldName(name)).toBe(true);
    expect(new RegExp(SECRET_FIELD_NAME_PATTERN, 'u').test(name)).toBe(true);
  });

  it.each([
    'secretRef',
    'credential',
    'configKey',
    'key',
    'tokenProvider',
    'oidcTokenProvider',
    'name',
  ])('leaves %s alone', name => {
    expect(isSecretFieldName(name)).toBe(false);
    expect(new RegExp(SECRET_FIELD_NAME_PATTERN, 'u').test(name)).toBe(false);
  });

  it('looks at the last segment of annotation keys', () => {
    expect(isSecretKey('example.com/password')).toBe(true);
    expect(
      new RegExp(SECRET_KEY_PATTERN, 'u').test('example.com/password'),
    ).toBe(true);
    expect(isSecretKey('password.example.com/name')).toBe(false);
    expect(
      new RegExp(SECRET_KEY_PATTERN, 'u').test('password.example.com/name'),
    ).toBe(false);
  });

  it.each([
    [
      'a PEM private key',
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----',
    ],
    ['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2ln'],
    [
      'kubeconfig content',
      'users:\n- name: admin\n  user:\n    client-key-data: LS0t',
    ],
    [
      'a kubeconfig context',
      'apiVersion: v1\nkind: Config\ncurrent-context: prod',
    ],
  ])('recognises %s as a credential value', (_name, value) => {
    expect(looksLikeInlineSecret(value)).toBe(true);
    expect(new RegExp(INLINE_SECRET_VALUE_PATTERN, 'u').test(value)).toBe(true);
  });

  it.each([
    '-----BEGIN CERTIFICATE-----',
    'https://api.example.eu:6443',
    'sovereignCloud.clusters.prod.token',
    'eyJ',
  ])('accepts %s', value => {
    expect(looksLikeInlineSecret(value)).toBe(false);
  });
});
