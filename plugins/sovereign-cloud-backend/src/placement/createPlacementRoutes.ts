import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { parseEntityParams } from '../router/requestSchemas';
import { parseExitPlanQuery } from './placementRequests';
import { PlacementService } from './PlacementService';

/**
 * `GET /exit-plan?provider=` (the exit drill) and
 * `GET /placement/:kind/:namespace/:name` (where a component runs).
 */
export function createPlacementRoutes(options: {
  httpAuth: HttpAuthService;
  placement: PlacementService;
}): express.Router {
  const { httpAuth, placement } = options;
  const router = Router();

  router.get('/exit-plan', async (req, res) => {
    const { provider } = parseExitPlanQuery(req.query);
    const credentials = await httpAuth.credentials(req);
    res.json(await placement.getExitPlan(provider, { credentials }));
  });

  router.get('/placement/:kind/:namespace/:name', async (req, res) => {
    const ref = parseEntityParams(req.params);
    if (ref.kind.toLocaleLowerCase('en-US') !== 'component') {
      throw new InputError(
        `kind: must be component, got ${JSON.stringify(ref.kind)}`,
      );
    }
    const credentials = await httpAuth.credentials(req);
    res.json(await placement.getPlacement(ref, { credentials }));
  });

  return router;
}
