import { IncomingMessage, ServerResponse } from 'node:http';
import { ResourceRegistry } from '../store/ResourceRegistry';
import {
  coreVersionsDocument,
  groupDocumentFor,
  groupListDocument,
  KubernetesTestServerVersion,
  resourceListDocument,
  versionDocument,
} from './discovery';
import { KubernetesTestFaults } from './FaultInjector';
import { handleResource, ResourceRequestContext } from './handleResource';
import { readBody, sendJson, sendText } from './messages';
import { parseResourcePath } from './parseResourcePath';
import { RecordedKubernetesRequest } from './RecordedRequest';
import { StatusError, statusErrors } from './status';

/** Everything one request may touch. */
export interface RequestContext extends ResourceRequestContext {
  registry: ResourceRegistry;
  faults: KubernetesTestFaults;
  version: KubernetesTestServerVersion;
  serverAddress: string;
  /** Bearer tokens the server accepts; anonymous access when empty. */
  tokens: string[];
  record(request: RecordedKubernetesRequest): void;
}

// The API server lets anyone read these (system:public-info-viewer).
const publicPaths = new Set(['/healthz', '/readyz', '/livez', '/version']);

/** Serves one request: records it, injects faults, authenticates, routes and answers. */
export async function handleRequest(
  ctx: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://test.invalid');
  const method = req.method ?? 'GET';
  try {
    const body =
      method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
    ctx.record({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      headers: req.headers,
      ...(body ? { body } : {}),
    });

    const effect = await ctx.faults.apply(method, url.pathname);
    if (effect.type === 'reset') {
      req.socket.destroy();
      return;
    }
    if (effect.type === 'hang') {
      return;
    }
    if (effect.type === 'respond') {
      if (effect.body === undefined) {
        const error =
          effect.status >= 500
            ? statusErrors.internal('injected failure')
            : statusErrors.badRequest('injected failure');
        sendJson(res, effect.status, { ...error.status, code: effect.status });
      } else if (typeof effect.body === 'string') {
        sendText(res, effect.status, effect.body);
      } else {
        sendJson(res, effect.status, effect.body);
      }
      return;
    }

    if (ctx.tokens.length > 0 && !publicPaths.has(url.pathname)) {
      const header = req.headers.authorization ?? '';
      const token = header.startsWith('Bearer ')
        ? header.slice('Bearer '.length).trim()
        : undefined;
      if (!token || !ctx.tokens.includes(token)) {
        throw statusErrors.unauthorized();
      }
    }

    const target = parseResourcePath(url.pathname, ctx.registry);
    switch (target.kind) {
      case 'health':
        sendText(res, 200, 'ok');
        return;
      case 'version':
        sendJson(res, 200, versionDocument(ctx.version));
        return;
      case 'coreVersions':
        sendJson(res, 200, coreVersionsDocument(ctx.serverAddress));
        return;
      case 'groupList':
        sendJson(res, 200, groupListDocument(ctx.registry));
        return;
      case 'group':
        sendJson(res, 200, groupDocumentFor(ctx.registry, target.group));
        return;
      case 'resourceList':
        sendJson(
          res,
          200,
          resourceListDocument(ctx.registry, target.group, target.version),
        );
        return;
      case 'resource':
        handleResource(ctx, req, res, url.searchParams, body, target);
        return;
      default:
        sendText(res, 404, '404 page not found\n');
    }
  } catch (error) {
    if (res.headersSent) {
      res.end();
    } else if (error instanceof StatusError) {
      sendJson(res, error.status.code, error.status);
    } else {
      const failure = statusErrors.internal(
        error instanceof Error ? error.message : String(error),
      );
      sendJson(res, 500, failure.status);
    }
  }
}
