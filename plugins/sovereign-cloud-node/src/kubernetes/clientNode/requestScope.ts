import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext, ResponseContext } from '@kubernetes/client-node';

interface RequestScope {
  signal?: AbortSignal;
  timeoutMs: number;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/**
 * Runs a client call with a caller signal and a per-request timeout. The client's
 * middleware picks them up for every HTTP request the call makes (discovery included),
 * because `KubernetesObjectApi` has no per-call way to pass an `AbortSignal`.
 */
export function runWithRequestScope<T>(
  scope: RequestScope,
  call: () => Promise<T>,
): Promise<T> {
  return scopes.run(scope, call);
}

/** The client-node middleware that gives each HTTP request its abort signal. */
export const requestScopeMiddleware = {
  async pre(context: RequestContext): Promise<RequestContext> {
    const scope = scopes.getStore();
    if (scope) {
      const timeout = AbortSignal.timeout(scope.timeoutMs);
      context.setSignal(
        scope.signal ? AbortSignal.any([scope.signal, timeout]) : timeout,
      );
    }
    return context;
  },
  async post(context: ResponseContext): Promise<ResponseContext> {
    return context;
  },
};
