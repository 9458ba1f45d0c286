import { registryHostOf } from './registryHost';
import { RegistryJurisdictions } from './registryOperators';

describe('registryHostOf', () => {
  it.each([
    ['nginx', 'docker.io'],
    ['nginx:1.29@sha256:abc', 'docker.io'],
    ['bitnami/redis:7', 'docker.io'],
    ['docker.io/library/redis:7.4', 'docker.io'],
    ['index.docker.io/library/redis', 'docker.io'],
    ['ghcr.io/acme/worker:1.0', 'ghcr.io'],
    ['Harbor.Example.EU:5000/shop/web:1', 'harbor.example.eu:5000'],
    ['localhost/dev/app', 'localhost'],
    [
      '602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/coredns:v1.11',
      '602401143452.dkr.ecr.eu-central-1.amazonaws.com',
    ],
  ])('%s pulls from %s', (image, host) => {
    expect(registryHostOf(image)).toBe(host);
  });

  it('has no host for an empty reference', () => {
    expect(registryHostOf('  ')).toBeUndefined();
  });
});

describe('RegistryJurisdictions', () => {
  const jurisdictions = RegistryJurisdictions.create({
    ownRegistries: ['harbor.example.eu', '*.registry.example.eu'],
  });

  it('counts own and in-cluster registries as self, first', () => {
    expect(jurisdictions.of('harbor.example.eu')).toBe('self');
    expect(jurisdictions.of('fra.registry.example.eu:5000')).toBe('self');
    expect(jurisdictions.of('registry.example.eu')).toBe('unknown');
    expect(jurisdictions.of('localhost:5000')).toBe('self');
    expect(jurisdictions.of('zot.registry.svc.cluster.local:5000')).toBe(
      'self',
    );
  });

  it('knows the jurisdiction of public registries', () => {
    expect(jurisdictions.of('docker.io')).toBe('non-eu');
    expect(jurisdictions.of('registry.gitlab.com')).toBe('non-eu');
    expect(jurisdictions.of('myacr.azurecr.io')).toBe('non-eu');
    expect(jurisdictions.of('europe-west3-docker.pkg.dev')).toBe('non-eu');
    expect(jurisdictions.of('rg.nl-ams.scw.cloud')).toBe('eu');
    expect(jurisdictions.of('acme.cr.de-fra.ionos.com')).toBe('eu');
    expect(
      jurisdictions.of('7wpjr0wh.c1.gra9.container-registry.ovh.net'),
    ).toBe('eu');
    expect(jurisdictions.of('registry.onstackit.cloud')).toBe('eu');
    expect(jurisdictions.of('swr.eu-de.otc.t-systems.com')).toBe('eu');
  });

  it('does not guess about other hosts', () => {
    expect(jurisdictions.of('registry.example.com')).toBe('unknown');
    expect(jurisdictions.of('gitlab.example.eu:5050')).toBe('unknown');
  });
});
