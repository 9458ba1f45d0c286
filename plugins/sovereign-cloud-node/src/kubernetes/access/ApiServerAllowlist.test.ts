import { ApiServerAllowlist } from './ApiServerAllowlist';

describe('ApiServerAllowlist', () => {
  const allowlist = ApiServerAllowlist.fromRules([
    'https://*.k8s.example.eu',
    'https://api.ionos.example.de:6443',
    'mgmt.example.eu',
    'http://127.0.0.1:8080',
  ]);

  it.each([
    ['https://fra1.k8s.example.eu', 'https://*.k8s.example.eu'],
    ['https://a.b.k8s.example.eu:443/', 'https://*.k8s.example.eu'],
    ['https://API.IONOS.example.de:6443', 'https://api.ionos.example.de:6443'],
    ['https://mgmt.example.eu', 'mgmt.example.eu'],
    ['http://127.0.0.1:8080/k8s/clusters/c-1', 'http://127.0.0.1:8080'],
  ])('allows %s by rule %s', (url, rule) => {
    expect(allowlist.check(url)).toEqual({ allowed: true, rule });
  });

  it.each([
    ['https://k8s.example.eu', 'matches none of the rules'],
    ['https://evil-k8s.example.eu', 'matches none of the rules'],
    ['https://fra1.k8s.example.eu.attacker.net', 'matches none of the rules'],
    [
      'https://fra1.k8s.example.eu:6443',
      "rule 'https://*.k8s.example.eu' matches the host but allows only https://…:443, not https://…:6443",
    ],
    [
      'http://fra1.k8s.example.eu',
      "rule 'https://*.k8s.example.eu' matches the host but allows only https://…:443, not http://…:80",
    ],
    ['https://api.ionos.example.de', 'allows only https://…:6443'],
    ['https://user:secret@fra1.k8s.example.eu', 'it contains user information'],
    ['ftp://fra1.k8s.example.eu', 'the scheme ftp: is not http or https'],
    ['not a url', 'it is not a valid URL'],
  ])('refuses %s', (url, reason) => {
    const decision = allowlist.check(url);
    expect(decision.allowed).toBe(false);
    expect(decision.allowed === false && decision.reason).toContain(reason);
  });

  it('refuses everything without rules, saying so', () => {
    expect(
      ApiServerAllowlist.fromRules([]).check('https://fra1.k8s.example.eu'),
    ).toEqual({
      allowed: false,
      reason: 'sovereignCloud.kubernetes.allowedApiServers has no rules',
    });
  });

  it('rejects rules with paths or credentials at startup', () => {
    expect(() =>
      ApiServerAllowlist.fromRules(['https://x.example.eu/api']),
    ).toThrow("Invalid rule 'https://x.example.eu/api'");
    expect(() =>
      ApiServerAllowlist.fromRules(['https://u:p@x.example.eu']),
    ).toThrow('Invalid rule');
  });
});
