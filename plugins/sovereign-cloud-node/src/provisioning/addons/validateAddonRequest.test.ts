import { InputError } from '@backstage/errors';
import { validateAddonRequest } from './validateAddonRequest';
import { kiloEdgeRequest, meshedCephRequest } from './testRequests';
import type { AddonRequest } from './types';

function errorOf(request: AddonRequest): Error {
  try {
    validateAddonRequest(request);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the request to be rejected');
}

describe('validateAddonRequest', () => {
  it('accepts the realistic requests', () => {
    expect(() => validateAddonRequest(meshedCephRequest())).not.toThrow();
    expect(() => validateAddonRequest(kiloEdgeRequest())).not.toThrow();
  });

  it.each<
    [string, Partial<AddonRequest> | ((r: AddonRequest) => void), string]
  >([
    [
      'cluster name',
      { clusterName: 'Prod_1' },
      'clusterName: must be a lowercase DNS label',
    ],
    [
      'Cilium name length',
      { clusterName: 'a'.repeat(33) },
      'clusterName: Cilium cluster names are at most 32 characters',
    ],
    [
      'delivery',
      { delivery: 'kubectl' as any },
      'delivery: must be "flux" or "argocd", got "kubectl"',
    ],
    [
      'cluster ID range',
      r => {
        r.mesh!.clusterId = 256;
      },
      'mesh.clusterId: must be an integer from 1 to 255',
    ],
    [
      'overlapping CIDRs',
      r => {
        r.mesh!.serviceCidr = '10.0.192.0/20';
      },
      'mesh.serviceCidr: overlaps mesh.podCidr 10.0.128.0/17',
    ],
    [
      'bad CIDR',
      r => {
        r.mesh!.podCidr = '10.0.128.1/17';
      },
      'mesh.podCidr: "10.0.128.1/17" has host bits set',
    ],
    [
      'duplicate mesh peer',
      r => {
        r.mesh!.peers![1].name = 'hz-fsn1-prod';
      },
      'mesh.peers[1].name: "hz-fsn1-prod" is not unique in the mesh',
    ],
    [
      'replication',
      r => {
        r.storage.replication = 0;
      },
      'storage.replication: must be an integer from 1 to 7',
    ],
    [
      'base path',
      { gitops: { basePath: '../other' } },
      'gitops.basePath: must be a relative path',
    ],
  ])('names the field: %s', (_name, change, message) => {
    const request = meshedCephRequest(
      typeof change === 'function' ? {} : change,
    );
    if (typeof change === 'function') change(request);
    const error = errorOf(request);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(message);
  });

  it('rejects an edge peer whose key is not a WireGuard public key', () => {
    const request = kiloEdgeRequest();
    if (request.overlay.type === 'kilo')
      request.overlay.edgePeers![0].publicKey = 'not-a-key';
    expect(errorOf(request).message).toBe(
      'overlay.edgePeers[0].publicKey: must be a WireGuard public key (44 characters of base64)',
    );
  });
});
