import { stringify } from 'yaml';
import { renderAddons } from './renderAddons';
import type { AddonDelivery } from './types';
import {
  EDGE_PUBLIC_KEY,
  kiloEdgeRequest,
  meshedCephRequest,
  simplyblockRequest,
} from './testRequests';

// 32+ bytes of base64 in one token: the shape of WireGuard keys and most secrets.
const KEY_LIKE = /[A-Za-z0-9+/]{40,}={0,2}/g;

describe('rendered add-ons carry no secret material', () => {
  const kiloLocation = kiloEdgeRequest();
  kiloLocation.overlay = {
    ...kiloLocation.overlay,
    type: 'kilo',
    granularity: 'location',
  };
  const cases: Array<
    [string, AddonDelivery, ReturnType<typeof meshedCephRequest>]
  > = [];
  for (const delivery of ['flux', 'argocd'] as const) {
    cases.push(['mesh + rook-ceph', delivery, meshedCephRequest()]);
    cases.push(['kilo + longhorn', delivery, kiloLocation]);
    cases.push(['simplyblock', delivery, simplyblockRequest()]);
  }

  it.each(cases)('%s via %s', (_name, delivery, request) => {
    const yaml = stringify(renderAddons({ ...request, delivery }));
    expect(yaml).not.toMatch(/privateKey|presharedKey|PrivateKey/);
    expect(yaml).not.toMatch(/BEGIN/);
    expect(yaml).not.toMatch(/^kind: Secret$/m);
    // The only key-like token allowed is the edge gateway's public key.
    const found = yaml.match(KEY_LIKE) ?? [];
    // The pattern does find keys: the Kilo case has exactly the one Peer key.
    expect(found.filter(t => t === EDGE_PUBLIC_KEY)).toHaveLength(
      request === kiloLocation ? 1 : 0,
    );
    const tokens = found.filter(t => t !== EDGE_PUBLIC_KEY);
    expect(tokens).toEqual([]);
  });
});
