/** Where a cluster client gets its bearer token from, per request. */
export interface TokenSource {
  token(signal?: AbortSignal): Promise<string | undefined>;
  /** Drops a cached token after the API server rejected it; true if a retry may help. */
  invalidate(): boolean;
}

/** A token fixed in config (or no token at all). */
export function staticTokenSource(token: string | undefined): TokenSource {
  return {
    async token() {
      return token;
    },
    invalidate() {
      return false;
    },
  };
}
