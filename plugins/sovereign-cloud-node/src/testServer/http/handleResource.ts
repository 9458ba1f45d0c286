import { IncomingMessage, ServerResponse } from 'node:http';
import { isJsonMap } from '../json';
import { ObjectOperations } from '../objects/ObjectOperations';
import { PatchType, WriteRequest } from '../objects/requests';
import { ObjectStore } from '../store/ObjectStore';
import { ResourceType, storageKeyOf } from '../store/ResourceType';
import { parseBody, sendJson } from './messages';
import { serveWatch } from './serveWatch';
import { statusErrors } from './status';

const patchTypes: Record<string, PatchType> = {
  'application/apply-patch+yaml': 'apply',
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
};

function writeRequest(
  query: URLSearchParams,
  req: IncomingMessage,
): WriteRequest {
  const force = query.get('force');
  return {
    dryRun: query.getAll('dryRun').at(-1) ?? undefined,
    fieldManager: query.get('fieldManager') ?? undefined,
    userAgent: req.headers['user-agent'],
    force: force === null ? undefined : force === 'true',
  };
}

function numberParam(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  return value === null || value === '' ? undefined : Number(value);
}

/** What a resource request may touch. */
export interface ResourceRequestContext {
  store: ObjectStore;
  operations: ObjectOperations;
  trackWatch(end: () => void): void;
}

/**
 * Routes a request for a resource path by method: list, watch, create and delete
 * collection on collections; get, replace, patch and delete on objects; get, replace
 * and patch on the status subresource.
 */
export function handleResource(
  ctx: ResourceRequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
  body: string,
  target: {
    type: ResourceType;
    namespace?: string;
    name?: string;
    subresource?: string;
  },
): void {
  const { type, namespace, name, subresource } = target;
  const method = req.method ?? 'GET';
  const contentType = (req.headers['content-type'] ?? 'application/json')
    .split(';')[0]
    .trim()
    .toLowerCase();
  const write = writeRequest(query, req);
  const ops = ctx.operations;

  if (
    subresource !== undefined &&
    (subresource !== 'status' || !type.hasStatus)
  ) {
    throw statusErrors.resourceNotFound();
  }
  if (name === undefined) {
    const list = {
      labelSelector: query.get('labelSelector') ?? undefined,
      fieldSelector: query.get('fieldSelector') ?? undefined,
      limit: numberParam(query, 'limit'),
      continue: query.get('continue') ?? undefined,
    };
    if (method === 'GET' && ['true', '1'].includes(query.get('watch') ?? '')) {
      ctx.trackWatch(
        serveWatch(res, ctx.store, type, namespace, {
          ...list,
          resourceVersion: query.get('resourceVersion') ?? undefined,
          timeoutSeconds: numberParam(query, 'timeoutSeconds'),
        }),
      );
      return;
    }
    if (method === 'GET') {
      sendJson(res, 200, ops.list(type, namespace, list));
    } else if (method === 'POST') {
      sendJson(
        res,
        201,
        ops.create(type, namespace, parseBody(body, contentType), write),
      );
    } else if (method === 'DELETE') {
      sendJson(res, 200, ops.deleteCollection(type, namespace, list, write));
    } else {
      throw statusErrors.methodNotAllowed();
    }
    return;
  }

  const status = subresource === 'status' ? ('status' as const) : undefined;
  if (method === 'GET') {
    sendJson(res, 200, ops.get(type, namespace, name));
  } else if (method === 'PUT') {
    sendJson(
      res,
      200,
      ops.replace(
        type,
        namespace,
        name,
        parseBody(body, contentType),
        write,
        status,
      ),
    );
  } else if (method === 'PATCH') {
    const patchType = patchTypes[contentType];
    if (!patchType) {
      throw statusErrors.unsupportedMediaType(contentType);
    }
    const existed = Boolean(
      ctx.store.get(
        storageKeyOf(type),
        type.namespaced ? namespace : undefined,
        name,
      ),
    );
    const result = ops.patch(
      type,
      namespace,
      name,
      patchType,
      parseBody(body, contentType),
      write,
      status,
    );
    sendJson(res, patchType === 'apply' && !existed ? 201 : 200, result);
  } else if (method === 'DELETE' && !status) {
    const options = parseBody(body, 'application/json');
    const preconditions =
      isJsonMap(options) && isJsonMap(options.preconditions)
        ? options.preconditions
        : {};
    const bodyDryRun =
      isJsonMap(options) && Array.isArray(options.dryRun)
        ? String(options.dryRun[0])
        : undefined;
    sendJson(
      res,
      200,
      ops.delete(type, namespace, name, {
        ...write,
        dryRun: write.dryRun ?? bodyDryRun,
        preconditionResourceVersion:
          typeof preconditions.resourceVersion === 'string'
            ? preconditions.resourceVersion
            : undefined,
      }),
    );
  } else {
    throw statusErrors.methodNotAllowed();
  }
}
