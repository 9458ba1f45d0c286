import { useCallback, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityPostureResponse } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sovereignCloudApiRef } from '../api';

/** State of an entity's posture, and a way to re-assess it. */
export type EntityPostureState = {
  /** Nothing to show yet. */
  loading: boolean;
  /** Loading again (e.g. another profile) while showing the last result. */
  refreshing: boolean;
  error?: Error;
  posture?: EntityPostureResponse;
  retry: () => void;
  assess: () => Promise<void>;
  assessing: boolean;
  assessError?: Error;
};

/**
 * Loads the posture of `entity` (with weight profile `profile`); `assess`
 * asks the backend to collect evidence and score again, and shows the result.
 */
export function useEntityPosture(
  entity: Entity,
  profile?: string,
): EntityPostureState {
  const api = useApi(sovereignCloudApiRef);
  const entityRef = stringifyEntityRef(entity);
  const [assessed, setAssessed] = useState<EntityPostureResponse>();
  const [assessing, setAssessing] = useState(false);
  const [assessError, setAssessError] = useState<Error>();

  const { loading, error, value, retry } = useAsyncRetry(async () => {
    setAssessed(undefined);
    return api.getPosture(entityRef, { profile });
  }, [api, entityRef, profile]);

  const assess = useCallback(async () => {
    setAssessing(true);
    setAssessError(undefined);
    try {
      setAssessed(await api.assess(entityRef, { profile }));
    } catch (e) {
      setAssessError(e as Error);
    } finally {
      setAssessing(false);
    }
  }, [api, entityRef, profile]);

  const posture = assessed ?? value;
  return {
    loading: loading && !posture,
    refreshing: loading,
    error: posture ? undefined : error,
    posture,
    retry,
    assess,
    assessing,
    assessError,
  };
}
