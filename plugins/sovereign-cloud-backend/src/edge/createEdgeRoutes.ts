import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { parseEntityParams } from '../router/requestSchemas';
import { EdgeService } from './EdgeService';

/** `GET /edge/:kind/:namespace/:name`: a component's entry point and what stands behind it. */
export function createEdgeRoutes(options: {
  httpAuth: HttpAuthService;
  edge: EdgeService;
}): express.Router {
  const { httpAuth, edge } = options;
  const router = Router();
  router.get('/edge/:kind/:namespace/:name', async (req, res) => {
    const ref = parseEntityParams(req.params);
    if (ref.kind.toLocaleLowerCase('en-US') !== 'component') {
      throw new InputError(
        `kind: must be component, got ${JSON.stringify(ref.kind)}`,
      );
    }
    const credentials = await httpAuth.credentials(req);
    res.json(await edge.getEdge(ref, { credentials }));
  });
  return router;
}
