import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import express from 'express';
import Router from 'express-promise-router';
import { parseEntityParams } from '../router/requestSchemas';
import { parseLiveQuery } from './liveQuery';
import { LIVE_CARDS, LiveService } from './LiveService';

/**
 * `GET /live/{storage,network,observability}/:kind/:namespace/:name`, each
 * answering the card's report; `?refresh=true` collects again (audited).
 */
export function createLiveRoutes(options: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  live: LiveService;
}): express.Router {
  const { httpAuth, auditor, live } = options;
  const router = Router();
  for (const card of LIVE_CARDS) {
    router.get(`/live/${card}/:kind/:namespace/:name`, async (req, res) => {
      const ref = parseEntityParams(req.params);
      const { refresh } = parseLiveQuery(req.query);
      if (!refresh) {
        const credentials = await httpAuth.credentials(req);
        res.json(await live.getReport(card, ref, { credentials }));
        return;
      }
      const event = await auditor.createEvent({
        eventId: 'live-refresh',
        severityLevel: 'low',
        request: req,
        meta: { entityRef: stringifyEntityRef(ref), card },
      });
      try {
        const credentials = await httpAuth.credentials(req);
        const report = await live.getReport(card, ref, {
          credentials,
          refresh: true,
        });
        await event.success({ meta: { status: report.status } });
        res.json(report);
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    });
  }
  return router;
}
