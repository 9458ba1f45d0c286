import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { SOVEREIGN_CLUSTER_KIND } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import express from 'express';
import Router from 'express-promise-router';
import { FleetService } from '../fleet/FleetService';
import { parseFleetQuery } from '../fleet/fleetQuery';
import { PostureService } from '../posture/PostureService';
import {
  parseChangeInput,
  parseChangesQuery,
  parseMeshSlotRelease,
} from '../provisioning/clusterChangeSchemas';
import {
  ClusterChangesService,
  freesMeshSlots,
} from '../provisioning/ClusterChangesService';
import {
  parseMeshSlotRequest,
  parseRecordInput,
} from '../provisioning/provisioningSchemas';
import { ProvisioningService } from '../provisioning/ProvisioningService';
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
  provisioning: ProvisioningService;
  changes: ClusterChangesService;
}): Promise<express.Router> {
  const { httpAuth, auditor, posture, fleet, provisioning, changes } = options;
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

  // Read by the catalog module with its own credentials; users see the entities instead.
  router.get('/provisioning/records', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['service'] });
    res.json({ items: await provisioning.listRecords() });
  });

  router.post('/provisioning/records', async (req, res) => {
    const input = parseRecordInput(req.body);
    const event = await auditor.createEvent({
      eventId: 'provisioning-record',
      severityLevel: 'medium',
      request: req,
      meta: { entityRef: stringifyEntityRef(input.entity), id: input.id },
    });
    try {
      const credentials = await httpAuth.credentials(req);
      const record = await provisioning.saveRecord(input, { credentials });
      await event.success();
      res.status(201).json(record);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.post('/provisioning/mesh-slots', async (req, res) => {
    const request = parseMeshSlotRequest(req.body);
    const credentials = await httpAuth.credentials(req);
    if (request.dryRun) {
      res.json(await provisioning.reserveMeshSlot(request, { credentials }));
      return;
    }
    const event = await auditor.createEvent({
      eventId: 'mesh-slot-reserve',
      severityLevel: 'medium',
      request: req,
      meta: { mesh: request.mesh, cluster: request.cluster },
    });
    try {
      const slot = await provisioning.reserveMeshSlot(request, { credentials });
      await event.success({ meta: { slot } });
      res.json(slot);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.post('/provisioning/mesh-slots/release', async (req, res) => {
    const slot = parseMeshSlotRelease(req.body);
    const event = await auditor.createEvent({
      eventId: 'mesh-slot-release',
      severityLevel: 'medium',
      request: req,
      meta: { mesh: slot.mesh, cluster: slot.cluster },
    });
    try {
      const credentials = await httpAuth.credentials(req);
      const result = await provisioning.releaseMeshSlot(slot, { credentials });
      await event.success({ meta: result });
      res.json(result);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  // Read by the catalog module with its own credentials (decommissioning phase).
  router.get('/provisioning/changes', async (req, res) => {
    const query = parseChangesQuery(req.query);
    await httpAuth.credentials(req, { allow: ['service'] });
    res.json({ items: await changes.listChanges(query) });
  });

  router.post('/provisioning/changes', async (req, res) => {
    const input = parseChangeInput(req.body);
    const event = await auditor.createEvent({
      eventId: 'cluster-change',
      severityLevel: input.kind === 'decommission' ? 'high' : 'medium',
      request: req,
      meta: {
        entityRef: input.cluster,
        id: input.id,
        kind: input.kind,
        status: input.status,
      },
    });
    // The cluster is gone from its management cluster: its mesh slots are freed with the change.
    const release = freesMeshSlots(input)
      ? await auditor.createEvent({
          eventId: 'mesh-slot-release',
          severityLevel: 'medium',
          request: req,
          meta: { cluster: input.cluster, reason: 'decommissioned' },
        })
      : undefined;
    try {
      const credentials = await httpAuth.credentials(req);
      const { change, freedMeshSlots } = await changes.saveChange(input, {
        credentials,
      });
      await event.success({
        meta: { kind: change.kind, status: change.status },
      });
      await release?.success({
        meta: {
          cluster: change.cluster,
          reason: 'decommissioned',
          meshes: freedMeshSlots.map(s => s.mesh),
          slots: freedMeshSlots.map(s => ({
            mesh: s.mesh,
            clusterId: s.clusterId,
            podCidr: s.podCidr,
            serviceCidr: s.serviceCidr,
          })),
        },
      });
      res.json(change);
    } catch (error) {
      await event.fail({ error: error as Error });
      await release?.fail({ error: error as Error });
      throw error;
    }
  });

  router.get('/clusters/:namespace/:name/changes', async (req, res) => {
    const ref = parseEntityParams({
      ...req.params,
      kind: SOVEREIGN_CLUSTER_KIND,
    });
    const credentials = await httpAuth.credentials(req);
    res.json(await changes.getClusterChanges(ref, { credentials }));
  });

  return router;
}
