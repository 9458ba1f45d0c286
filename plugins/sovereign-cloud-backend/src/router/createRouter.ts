import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import express from 'express';
import Router from 'express-promise-router';
import { FleetService } from '../fleet/FleetService';
import { parseFleetQuery } from '../fleet/fleetQuery';
import { PostureService } from '../posture/PostureService';
import {
  parseEntityParams,
  parseHistoryQuery,
  parseProfileQuery,
} from './requestSchemas';

/**
 * HTTP routes of the plugin. Validation and credentials here; decisions in
 * the services. Errors are thrown and mapped by Backstage's error handler
 * (InputError 400, NotAllowedError 403, NotFoundError 404).
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  posture: PostureService;
  fleet: FleetService;
}): Promise<express.Router> {
  const { httpAuth, auditor, posture, fleet } = options;
  const router = Router();
  router.use(express.json());

  router.get('/fleet', async (req, res) => {
    const query = parseFleetQuery(req.query);
    const credentials = await httpAuth.credentials(req);
    res
      .type('application/json')
      .send(await fleet.getFleetJson(query, { credentials }));
  });

  router.get('/posture/:kind/:namespace/:name', async (req, res) => {
    const ref = parseEntityParams(req.params);
    const { profile } = parseProfileQuery(req.query);
    const credentials = await httpAuth.credentials(req);
    res.json(await posture.getPosture(ref, { profile, credentials }));
  });

  router.get('/posture/:kind/:namespace/:name/history', async (req, res) => {
    const ref = parseEntityParams(req.params);
    const range = parseHistoryQuery(req.query);
    const credentials = await httpAuth.credentials(req);
    res.json(await posture.getHistory(ref, { ...range, credentials }));
  });

  router.post('/posture/:kind/:namespace/:name/assess', async (req, res) => {
    const ref = parseEntityParams(req.params);
    const { profile } = parseProfileQuery(req.query);
    const event = await auditor.createEvent({
      eventId: 'posture-assess',
      severityLevel: 'medium',
      request: req,
      meta: { entityRef: stringifyEntityRef(ref) },
    });
    try {
      const credentials = await httpAuth.credentials(req);
      const result = await posture.assess(ref, { profile, credentials });
      await event.success({
        meta: {
          score: result.report.score,
          seal: result.report.seal.level,
          evidence: result.evidence.map(e => ({
            cluster: e.cluster,
            status: e.status,
          })),
        },
      });
      res.json(result);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}
