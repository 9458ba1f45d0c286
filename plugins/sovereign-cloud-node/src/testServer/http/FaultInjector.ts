/**
 * A fault the test server injects into matching requests.
 *
 * @public
 */
export interface KubernetesTestFault {
  /** Only requests with this HTTP method (any method when absent). */
  method?: string;
  /**
   * Only requests whose path matches: a string is an exact path or, ending in `*`, a
   * prefix; a RegExp is tested against the path. Any path when absent.
   */
  path?: string | RegExp;
  /** How many matching requests the fault applies to (unlimited when absent). */
  times?: number;
  /** Delay before the request is handled (or before the other effect). */
  latencyMs?: number;
  /** Answer with this status code; the body is a `Status` unless `body` is given. */
  status?: number;
  /** The response body (an object is sent as JSON, a string as text). */
  body?: unknown;
  /** Destroy the connection without answering (a connection reset). */
  reset?: boolean;
  /** Never answer; the connection stays open until the client gives up. */
  hang?: boolean;
}

/** What the server does with a request after the faults ran. */
export type FaultEffect =
  | { type: 'none' }
  | { type: 'respond'; status: number; body?: unknown }
  | { type: 'reset' }
  | { type: 'hang' };

interface ActiveFault {
  fault: KubernetesTestFault;
  remaining: number;
}

function matches(
  fault: KubernetesTestFault,
  method: string,
  path: string,
): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) {
    return false;
  }
  if (fault.path === undefined) {
    return true;
  }
  if (fault.path instanceof RegExp) {
    return fault.path.test(path);
  }
  return fault.path.endsWith('*')
    ? path.startsWith(fault.path.slice(0, -1))
    : path === fault.path;
}

/**
 * Injected latency and failures, applied in the order they were added: the first
 * matching fault with uses left decides.
 *
 * @public
 */
export class KubernetesTestFaults {
  readonly #active: ActiveFault[] = [];

  /** @internal */
  static create(): KubernetesTestFaults {
    return new KubernetesTestFaults();
  }

  private constructor() {}

  /** Adds a fault; returns a function that removes it again. */
  inject(fault: KubernetesTestFault): () => void {
    const active = { fault, remaining: fault.times ?? Infinity };
    this.#active.push(active);
    return () => {
      const index = this.#active.indexOf(active);
      if (index >= 0) {
        this.#active.splice(index, 1);
      }
    };
  }

  /** Removes every fault. */
  clear(): void {
    this.#active.splice(0);
  }

  /** @internal Consumes the fault for one request and waits out its latency. */
  async apply(method: string, path: string): Promise<FaultEffect> {
    const active = this.#active.find(
      a => a.remaining > 0 && matches(a.fault, method, path),
    );
    if (!active) {
      return { type: 'none' };
    }
    active.remaining--;
    const { fault } = active;
    if (fault.latencyMs) {
      await new Promise(resolve => setTimeout(resolve, fault.latencyMs));
    }
    if (fault.hang) {
      return { type: 'hang' };
    }
    if (fault.reset) {
      return { type: 'reset' };
    }
    if (fault.status !== undefined) {
      return { type: 'respond', status: fault.status, body: fault.body };
    }
    return { type: 'none' };
  }
}
