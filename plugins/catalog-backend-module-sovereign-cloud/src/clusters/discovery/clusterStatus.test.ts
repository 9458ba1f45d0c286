import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { clusterStatus } from './clusterStatus';

const T = '2026-11-20T08:00:00Z';
const cluster = (status: object, metadata: object = {}): KubernetesObject => ({
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  metadata: { name: 'c', ...metadata },
  status,
});

describe('clusterStatus', () => {
  it.each([
    [
      'Pending',
      [],
      { phase: 'Provisioning', message: 'Cluster API phase Pending' },
    ],
    [
      'Provisioning',
      [],
      { phase: 'Provisioning', message: 'Cluster API phase Provisioning' },
    ],
    [
      'Provisioned',
      [{ type: 'Available', status: 'True', lastTransitionTime: T }],
      { phase: 'Ready', lastTransitionTime: '2026-11-20T08:00:00.000Z' },
    ],
    ['Provisioned', [], { phase: 'Ready' }],
    [
      'Provisioned',
      [
        {
          type: 'Available',
          status: 'False',
          message: 'ControlPlaneAvailable: 2 of 3 replicas',
        },
      ],
      { phase: 'Degraded', message: 'ControlPlaneAvailable: 2 of 3 replicas' },
    ],
    // v1beta1 clusters report Ready instead of Available.
    [
      'Provisioned',
      [{ type: 'Ready', status: 'False', reason: 'WaitingForInfrastructure' }],
      { phase: 'Degraded', message: 'WaitingForInfrastructure' },
    ],
    [
      'Failed',
      [],
      {
        phase: 'Degraded',
        message: 'Cluster API reports the Cluster as failed',
      },
    ],
    [
      'Deleting',
      [],
      { phase: 'Decommissioning', message: 'The Cluster is being deleted' },
    ],
    ['Unknown', [], { phase: 'Unknown', message: 'Cluster API phase Unknown' }],
    [
      undefined,
      [],
      { phase: 'Unknown', message: 'Cluster API reports no phase yet' },
    ],
  ])('maps phase %s with conditions %j', (phase, conditions, expected) => {
    expect(clusterStatus(cluster({ phase, conditions }))).toEqual(expected);
  });

  it('prefers the failure message of a failed cluster', () => {
    expect(
      clusterStatus(
        cluster({ phase: 'Failed', failureMessage: 'quota exceeded' }),
      ),
    ).toEqual({
      phase: 'Degraded',
      message: 'quota exceeded',
    });
  });

  it('treats a deletion timestamp as decommissioning, whatever the phase', () => {
    expect(
      clusterStatus(
        cluster({ phase: 'Provisioned' }, { deletionTimestamp: T }),
      ),
    ).toEqual({
      phase: 'Decommissioning',
      message: 'The Cluster is being deleted',
      lastTransitionTime: '2026-11-20T08:00:00.000Z',
    });
  });

  it('survives garbage', () => {
    expect(clusterStatus(cluster({ phase: 7, conditions: 'x' }))).toEqual({
      phase: 'Unknown',
      message: 'Cluster API reports no phase yet',
    });
    expect(
      clusterStatus({ apiVersion: 'v1', kind: 'Cluster', metadata: {} }),
    ).toMatchObject({ phase: 'Unknown' });
  });
});
