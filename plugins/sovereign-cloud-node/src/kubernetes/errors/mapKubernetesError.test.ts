import { ApiException } from '@kubernetes/client-node';
import { InputError } from '@backstage/errors';
import { SecretRedactor } from '../SecretRedactor';
import {
  ApplyConflictError,
  KubernetesInvalidError,
  KubernetesServerError,
} from './KubernetesApiError';
import { mapKubernetesError, parseFieldConflict } from './mapKubernetesError';

const call = {
  clusterName: 'fra-1',
  url: 'https://fra1.k8s.example.eu',
  operation: 'apply Cluster default/fra-1',
  timeoutMs: 1000,
  redactor: SecretRedactor.create(),
};

describe('mapKubernetesError', () => {
  it('reads managers, API versions and subresources from conflict causes', () => {
    expect(
      parseFieldConflict({
        reason: 'FieldManagerConflict',
        message: 'conflict with "capi-topology"',
        field: '.spec.topology.version',
      }),
    ).toEqual({
      field: '.spec.topology.version',
      manager: 'capi-topology',
      message: 'conflict with "capi-topology"',
    });
    expect(
      parseFieldConflict({
        reason: 'FieldManagerConflict',
        message:
          'conflict with "kube-controller-manager" with subresource "status" using apps/v1',
        field: '.status.replicas',
      }),
    ).toEqual({
      field: '.status.replicas',
      manager: 'kube-controller-manager',
      subresource: 'status',
      apiVersion: 'apps/v1',
      message:
        'conflict with "kube-controller-manager" with subresource "status" using apps/v1',
    });
  });

  it('accepts causes that name their type `type` instead of `reason`', () => {
    const body = JSON.stringify({
      kind: 'Status',
      reason: 'Conflict',
      message: 'Apply failed with 1 conflict',
      details: {
        causes: [
          {
            type: 'FieldManagerConflict',
            message: 'conflict with "other-manager" using apps/v1',
            field: '.spec.replicas',
          },
        ],
      },
      code: 409,
    });
    const error = mapKubernetesError(
      new ApiException(409, 'Conflict', body, {}),
      call,
    );
    expect(error).toBeInstanceOf(ApplyConflictError);
    expect((error as ApplyConflictError).conflicts[0]).toMatchObject({
      manager: 'other-manager',
      field: '.spec.replicas',
    });
  });

  it('maps a 400 with a plain-text body and keeps the text', () => {
    const error = mapKubernetesError(
      new ApiException(
        400,
        'Bad Request',
        'the server rejected our request',
        {},
      ),
      call,
    );
    expect(error).toBeInstanceOf(KubernetesInvalidError);
    expect(error.message).toBe(
      "apply Cluster default/fra-1 on cluster 'fra-1' failed with HTTP 400: the server rejected our request",
    );
  });

  it('passes typed errors through and wraps anything unknown', () => {
    const input = new InputError('bad object');
    expect(mapKubernetesError(input, call)).toBe(input);
    const unknown = mapKubernetesError(new RangeError('boom'), call);
    expect(unknown).toBeInstanceOf(KubernetesServerError);
    expect(unknown.message).toBe(
      "apply Cluster default/fra-1 on cluster 'fra-1' failed: RangeError: boom",
    );
  });
});
