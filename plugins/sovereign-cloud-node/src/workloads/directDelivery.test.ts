import { planPlacement } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { renderDirectDelivery } from './directDelivery';
import { renderWorkload } from './renderWorkload';
import { frontendWorkload, testFleet } from './testFleet';

describe('renderDirectDelivery', () => {
  it('groups the manifests by cluster, namespace first', () => {
    const fleet = testFleet();
    const workload = frontendWorkload();
    const rendered = renderWorkload(
      workload,
      planPlacement(workload, fleet),
      fleet,
    );
    const delivery = renderDirectDelivery(rendered);
    expect(delivery.map(d => [d.cluster, d.entityRef])).toEqual([
      ['hetzner-fsn1', 'sovereigncluster:default/hz-fsn1-prod'],
      ['ionos-txl-prod', 'sovereigncluster:default/ionos-txl-prod'],
      ['scw-par1-prod', 'sovereigncluster:default/scw-par1-prod'],
    ]);
    for (const [i, d] of delivery.entries()) {
      expect(d.objects.map(o => o.kind)).toEqual([
        'Namespace',
        'Deployment',
        'Service',
        'NetworkPolicy',
      ]);
      expect(d.objects[0].metadata.name).toBe('shop');
      expect((d.objects[1] as any).spec.replicas).toBe(
        rendered.clusters[i].replicas,
      );
    }
  });
});
