import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { SovereignCloudClient, sovereignCloudApiRef } from '../api';

/** `api:sovereign-cloud`: the REST client of the sovereign-cloud backend. */
export const sovereignCloudApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: sovereignCloudApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SovereignCloudClient({ discoveryApi, fetchApi }),
    }),
});
