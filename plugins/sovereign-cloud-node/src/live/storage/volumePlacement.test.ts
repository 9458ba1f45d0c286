import {
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { locateNode } from '../../evidence/probes/nodes/locateNodes';
import { LiveNode } from './LiveKubernetesReader';
import { PersistentVolumeResource, placeVolume } from './volumePlacement';

const catalogue = createProviderCatalogue(defaultCloudProviders());

function liveNode(name: string, labels: Record<string, string>): LiveNode {
  const object = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } },
    spec: { providerID: `hcloud://${name.length}` },
  };
  return { object, located: locateNode(object, catalogue) };
}

const nodes = [
  liveNode('a', { 'topology.kubernetes.io/region': 'fsn1' }),
  liveNode('b', { 'topology.kubernetes.io/region': 'nbg1' }),
];
const none = { cephOsdNodes: [], longhornReplicaNodes: new Map() };

function pv(
  expressions: { key: string; values: string[]; operator?: string }[],
  driver = 'csi.example.com',
): PersistentVolumeResource {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'pv-1' },
    spec: {
      csi: { driver, volumeHandle: 'pv-1' },
      nodeAffinity: {
        required: {
          nodeSelectorTerms: [
            {
              matchExpressions: expressions.map(e => ({
                operator: 'In',
                ...e,
              })),
            },
          ],
        },
      },
    },
  };
}

describe('placeVolume', () => {
  it('places a local volume at its node, via the hostname label', () => {
    expect(
      placeVolume(
        pv([{ key: 'kubernetes.io/hostname', values: ['b'] }]),
        nodes,
        none,
      ),
    ).toEqual({ locations: ['nbg1'], how: 'node-affinity' });
  });

  it('keeps a zone no node carries as the raw value, not as nothing', () => {
    expect(
      placeVolume(
        pv([{ key: 'topology.kubernetes.io/zone', values: ['hel1-dc2'] }]),
        nodes,
        none,
      ),
    ).toEqual({ locations: ['hel1-dc2'], how: 'node-affinity' });
  });

  it('ignores operators other than In, then falls back to the backend', () => {
    const volume = pv(
      [{ key: 'kubernetes.io/hostname', values: ['a'], operator: 'NotIn' }],
      'rook-ceph.rbd.csi.ceph.com',
    );
    expect(
      placeVolume(volume, nodes, { ...none, cephOsdNodes: ['a', 'b'] }),
    ).toEqual({ locations: ['fsn1', 'nbg1'], how: 'ceph-osds' });
    expect(placeVolume(volume, nodes, none)).toEqual({
      locations: [],
      how: 'unknown',
    });
  });

  it('follows Longhorn replicas to their nodes', () => {
    expect(
      placeVolume(pv([], 'driver.longhorn.io'), nodes, {
        ...none,
        longhornReplicaNodes: new Map([['pv-1', ['a']]]),
      }),
    ).toEqual({ locations: ['fsn1'], how: 'longhorn-replicas' });
  });
});
