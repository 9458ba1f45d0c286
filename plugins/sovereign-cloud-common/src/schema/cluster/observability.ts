import { z } from 'zod';
import { OTLP_PROTOCOLS } from '../../entities/vocabulary';
import { httpUrl } from '../formats';

const endpoint = (description: string) =>
  z.strictObject({ url: httpUrl }).describe(description);

export const observabilitySchema = z
  .strictObject({
    prometheus: endpoint('Prometheus HTTP API.').optional(),
    alertmanager: endpoint('Alertmanager API.').optional(),
    grafana: endpoint('Grafana.').optional(),
    otlp: z
      .strictObject({
        endpoint: httpUrl,
        protocol: z.enum(OTLP_PROTOCOLS).optional(),
      })
      .describe('OpenTelemetry (OTLP) receiver.')
      .optional(),
  })
  .describe('Endpoints of the observability stack of the cluster.');
