import { statusErrors } from '../http/status';
import { rootCursor } from '../apply/ObjectShape';
import { ManagedWrite } from '../apply/serverSideApply';
import { apiVersionOf, ResourceType } from '../store/ResourceType';

/** Query parameters every write understands. */
export interface WriteRequest {
  dryRun?: string;
  fieldManager?: string;
  userAgent?: string;
  force?: boolean;
}

/** Query parameters of a list. */
export interface ListRequest {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
}

/** The kinds of patch body the API server accepts, by Content-Type. */
export type PatchType = 'apply' | 'merge' | 'json' | 'strategic';

/** `dryRun=All` or nothing; any other value is refused as the API server does. */
export function isDryRun(request: WriteRequest, optionsKind: string): boolean {
  if (request.dryRun === undefined || request.dryRun === '') {
    return false;
  }
  if (request.dryRun !== 'All') {
    throw statusErrors.invalid('meta.k8s.io', optionsKind, '', [
      {
        type: 'FieldValueNotSupported',
        field: 'dryRun',
        value: request.dryRun,
        detail: 'supported values: "All"',
      },
    ]);
  }
  return true;
}

/**
 * Who a write is recorded for: the `fieldManager` parameter (required for apply, at
 * most 128 printable characters) or, like the API server, the User-Agent's product name.
 */
export function managedWriteFor(
  type: ResourceType,
  request: WriteRequest,
  options: { apply: boolean; subresource?: 'status' },
): ManagedWrite {
  const { apply, subresource } = options;
  if (apply && !request.fieldManager) {
    throw statusErrors.invalid('meta.k8s.io', 'PatchOptions', '', [
      {
        type: 'FieldValueRequired',
        field: 'fieldManager',
        detail: 'is required for apply patch',
      },
    ]);
  }
  const manager = request.fieldManager;
  if (
    manager !== undefined &&
    (manager.length > 128 || /[^\x20-\x7e]/.test(manager))
  ) {
    throw statusErrors.invalid(
      'meta.k8s.io',
      apply ? 'PatchOptions' : 'UpdateOptions',
      '',
      [
        {
          type: 'FieldValueInvalid',
          field: 'fieldManager',
          value: manager,
          detail: 'must be less than 128 printable characters',
        },
      ],
    );
  }
  return {
    cursor: rootCursor(type.schema),
    scope: subresource ? 'status' : 'main',
    hasStatus: type.hasStatus,
    manager: manager ?? (request.userAgent ?? '').split('/')[0].slice(0, 128),
    apiVersion: apiVersionOf(type),
    subresource,
  };
}
