import { renderAddonBundle, renderAddons } from './renderAddons';
import { dependsOnNames, findObject } from './testing';
import { EDGE_PUBLIC_KEY, kiloEdgeRequest } from './testRequests';

describe('Kilo add-on', () => {
  it('applies only the CRDs and the kubeadm DaemonSet of the pinned release', () => {
    const objects = renderAddons(kiloEdgeRequest());
    const source = findObject(objects, 'GitRepository', 'edge-muc-plant-kilo');
    expect(source.spec.url).toBe('https://github.com/squat/kilo');
    expect(source.spec.ref).toEqual({ tag: '0.7.0' });
    expect(source.spec.ignore.split('\n')).toEqual([
      '/*',
      '!/manifests/',
      '/manifests/*',
      '!/manifests/crds.yaml',
      '!/manifests/kilo-kubeadm.yaml',
      '',
    ]);
    const kilo = findObject(objects, 'Kustomization', 'edge-muc-plant-kilo');
    expect(kilo.spec.path).toBe('./manifests');
    expect(kilo.spec.kubeConfig.secretRef.name).toBe(
      'edge-muc-plant-kubeconfig',
    );
    expect(JSON.parse(kilo.spec.patches[0].patch)).toEqual([
      {
        op: 'add',
        path: '/spec/template/spec/containers/0/args/-',
        value: '--mesh-granularity=full',
      },
    ]);
  });

  it('needs no patch for the default location granularity', () => {
    const request = kiloEdgeRequest();
    request.overlay = { type: 'kilo' };
    const kilo = findObject(
      renderAddons(request),
      'Kustomization',
      'edge-muc-plant-kilo',
    );
    expect(kilo.spec.patches).toBeUndefined();
  });

  it('renders edge peers with their public key only, after Kilo', () => {
    const bundle = renderAddonBundle(kiloEdgeRequest());
    const peers = bundle.files.find(
      f => f.path === 'clusters/edge-muc-plant/workload/kilo-peers',
    );
    expect(peers?.target).toBe('workload');
    expect(peers?.objects).toEqual([
      {
        apiVersion: 'kilo.squat.ai/v1alpha1',
        kind: 'Peer',
        metadata: { name: 'plant-gateway' },
        spec: {
          allowedIPs: ['10.250.0.2/32', '192.168.40.0/24'],
          publicKey: EDGE_PUBLIC_KEY,
          persistentKeepalive: 25,
          endpoint: { dnsOrIP: { dns: 'gw.plant.example.eu' }, port: 51820 },
        },
      },
    ]);
    const delivery = findObject(
      bundle.files[0].objects,
      'Kustomization',
      'edge-muc-plant-kilo-peers',
    );
    expect(dependsOnNames(delivery)).toEqual(['edge-muc-plant-kilo']);
  });

  it('refuses a ClusterMesh on Kilo and a full mesh through Argo CD', () => {
    expect(() =>
      renderAddons(
        kiloEdgeRequest({
          mesh: {
            name: 'm',
            clusterId: 1,
            podCidr: '10.0.0.0/17',
            serviceCidr: '10.128.0.0/20',
          },
        }),
      ),
    ).toThrow('mesh: ClusterMesh needs the cilium-wireguard overlay');
    expect(() => renderAddons(kiloEdgeRequest({ delivery: 'argocd' }))).toThrow(
      /overlay.granularity: Argo CD cannot patch the upstream kilo manifests/,
    );
  });
});
