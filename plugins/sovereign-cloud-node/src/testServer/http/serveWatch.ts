import { ServerResponse } from 'node:http';
import { JsonMap, metadataOf } from '../json';
import { presentObject } from '../objects/presentObject';
import { parseFieldSelector } from '../selectors/fieldSelector';
import { parseLabelSelector } from '../selectors/labelSelector';
import { ObjectStore, StoreEvent } from '../store/ObjectStore';
import { ResourceType, storageKeyOf } from '../store/ResourceType';
import { statusErrors } from './status';

/** The query of a watch request. */
export interface WatchRequest {
  resourceVersion?: string;
  labelSelector?: string;
  fieldSelector?: string;
  timeoutSeconds?: number;
}

/**
 * Streams watch events as newline-delimited JSON (`{"type":"ADDED","object":{...}}`):
 * from a resource version (replaying the store's history) or, without one, synthetic
 * ADDED events for the current objects first. Objects that move in or out of the
 * selectors arrive as ADDED or DELETED. Returns a function that ends the watch.
 */
export function serveWatch(
  res: ServerResponse,
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  request: WatchRequest,
): () => void {
  const labels = parseLabelSelector(request.labelSelector);
  const fields = parseFieldSelector(request.fieldSelector, type.plural);
  const key = storageKeyOf(type);
  const inScope = (object: JsonMap) =>
    (!type.namespaced ||
      namespace === undefined ||
      metadataOf(object).namespace === namespace) &&
    labels((metadataOf(object).labels as Record<string, string>) ?? {}) &&
    fields(object);

  const send = (eventType: string, object: unknown) => {
    res.write(`${JSON.stringify({ type: eventType, object })}\n`);
  };
  const deliver = (event: StoreEvent) => {
    if (event.storageKey !== key) {
      return;
    }
    const now = inScope(event.object);
    const before = event.previous ? inScope(event.previous) : false;
    let eventType: string | undefined;
    if (event.type !== 'MODIFIED') {
      eventType = now ? event.type : undefined;
    } else if (now) {
      eventType = before ? 'MODIFIED' : 'ADDED';
    } else if (before) {
      eventType = 'DELETED';
    }
    if (eventType) {
      send(eventType, presentObject(type, event.object));
    }
  };

  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
  });
  // Clients wait for the headers before they consider the watch started.
  res.flushHeaders();
  const from = request.resourceVersion;
  if (from === undefined || from === '' || from === '0') {
    for (const object of store
      .list(key, type.namespaced ? namespace : undefined)
      .filter(inScope)) {
      send('ADDED', presentObject(type, object));
    }
  } else {
    const history = store.changesSince(Number(from));
    if (!history || Number.isNaN(Number(from))) {
      send(
        'ERROR',
        statusErrors.expired(
          `too old resource version: ${from} (${store.revision})`,
        ).status,
      );
      res.end();
      return () => {};
    }
    history.forEach(deliver);
  }

  const unsubscribe = store.subscribe(deliver);
  let timer: NodeJS.Timeout | undefined;
  const end = () => {
    unsubscribe();
    clearTimeout(timer);
    if (!res.writableEnded) {
      res.end();
    }
  };
  if (request.timeoutSeconds) {
    timer = setTimeout(end, request.timeoutSeconds * 1000);
  }
  res.on('close', end);
  return end;
}
