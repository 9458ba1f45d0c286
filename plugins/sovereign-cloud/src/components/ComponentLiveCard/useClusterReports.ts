import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import {
  ObservabilityReport,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sovereignCloudApiRef } from '../../api';

/** One report request: loading, its error, or the report. */
export type ReportRequest<T> = {
  loading: boolean;
  error?: Error;
  report?: T;
  retry: () => void;
};

/**
 * The storage and observability reports of one cluster, read in parallel and
 * independently: one failing read leaves the other shown.
 */
export function useClusterReports(clusterRef: string): {
  storage: ReportRequest<StorageReport>;
  observability: ReportRequest<ObservabilityReport>;
} {
  const api = useApi(sovereignCloudApiRef);
  const storage = useAsyncRetry(
    () => api.getStorage(clusterRef),
    [api, clusterRef],
  );
  const observability = useAsyncRetry(
    () => api.getObservability(clusterRef),
    [api, clusterRef],
  );
  return {
    storage: {
      loading: storage.loading,
      error: storage.error,
      report: storage.value,
      retry: storage.retry,
    },
    observability: {
      loading: observability.loading,
      error: observability.error,
      report: observability.value,
      retry: observability.retry,
    },
  };
}
