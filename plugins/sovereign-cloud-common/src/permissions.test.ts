import {
  isPermission,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import { sovereignCloudPermissions } from './permissions';

describe('sovereignCloudPermissions', () => {
  it('are unique, named under sovereign-cloud, and typed as expected', () => {
    const names = sovereignCloudPermissions.map(p => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(
      Object.fromEntries(
        sovereignCloudPermissions.map(p => [
          p.name,
          `${p.attributes.action}${
            isResourcePermission(p, 'catalog-entity') ? ' catalog-entity' : ''
          }`,
        ]),
      ),
    ).toEqual({
      'sovereign-cloud.cluster.read': 'read catalog-entity',
      'sovereign-cloud.cluster.plan': 'read',
      'sovereign-cloud.cluster.provision': 'create',
      'sovereign-cloud.cluster.update': 'update catalog-entity',
      'sovereign-cloud.cluster.decommission': 'delete catalog-entity',
      'sovereign-cloud.posture.read': 'read catalog-entity',
      'sovereign-cloud.workload.place': 'read',
      'sovereign-cloud.workload.deploy': 'create',
      'sovereign-cloud.provider.exit-plan': 'read catalog-entity',
    });
    for (const permission of sovereignCloudPermissions) {
      expect(isPermission(permission, permission)).toBe(true);
    }
  });
});
