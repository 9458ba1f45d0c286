import { useCallback, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { sovereignCloudApiRef, SovereignCloudApi } from '../api';

/** The live reads of the API, by card. */
export type LiveCard = 'storage' | 'network' | 'observability';

type Reports = {
  storage: Awaited<ReturnType<SovereignCloudApi['getStorage']>>;
  network: Awaited<ReturnType<SovereignCloudApi['getNetwork']>>;
  observability: Awaited<ReturnType<SovereignCloudApi['getObservability']>>;
};

const READ = {
  storage: (api: SovereignCloudApi, ref: string, refresh: boolean) =>
    api.getStorage(ref, { refresh }),
  network: (api: SovereignCloudApi, ref: string, refresh: boolean) =>
    api.getNetwork(ref, { refresh }),
  observability: (api: SovereignCloudApi, ref: string, refresh: boolean) =>
    api.getObservability(ref, { refresh }),
} as const;

/** State of one live card's report. */
export type LiveReportState<T> = {
  /** Nothing to show yet. */
  loading: boolean;
  error?: Error;
  report?: T;
  retry: () => void;
  /** Asks the backend to collect again now, keeping the last report shown meanwhile. */
  refresh: () => Promise<void>;
  refreshing: boolean;
  refreshError?: Error;
};

/** Loads the live report of `card` for `entity`, from the backend's cache. */
export function useLiveReport<C extends LiveCard>(
  card: C,
  entity: Entity,
): LiveReportState<Reports[C]> {
  const api = useApi(sovereignCloudApiRef);
  const entityRef = stringifyEntityRef(entity);
  const [refreshed, setRefreshed] = useState<Reports[C]>();
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<Error>();

  const { loading, error, value, retry } = useAsyncRetry(async () => {
    setRefreshed(undefined);
    return (await READ[card](api, entityRef, false)) as Reports[C];
  }, [api, card, entityRef]);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    setRefreshError(undefined);
    try {
      setRefreshed((await READ[card](api, entityRef, true)) as Reports[C]);
    } catch (e) {
      setRefreshError(e as Error);
    } finally {
      setRefreshing(false);
    }
  }, [api, card, entityRef]);

  const report = refreshed ?? value;
  return {
    loading: loading && !report,
    error: report ? undefined : error,
    report,
    retry,
    refresh,
    refreshing,
    refreshError,
  };
}
