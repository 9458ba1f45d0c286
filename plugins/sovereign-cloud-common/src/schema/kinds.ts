import {
  CLOUD_PROVIDER_KIND,
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
} from '../entities/constants';
import { sovereignClusterSpecSchema } from './cluster/sovereignClusterSpec';
import { EntityFormat, entitySchema, kindJsonSchema } from './envelope';
import { exampleCloudProvider, exampleSovereignCluster } from './examples';
import { cloudProviderSpecSchema } from './provider/cloudProviderSpec';

export const sovereignClusterFormat: EntityFormat<
  typeof sovereignClusterSpecSchema
> = {
  apiVersion: SOVEREIGN_CLOUD_API_VERSION,
  kind: SOVEREIGN_CLUSTER_KIND,
  schemaId: 'SovereignClusterV1alpha1',
  description:
    'One Kubernetes cluster (one API server) with its provider, locations, node pools, network, storage, observability, access, management, declared sovereignty facts and policy.',
  spec: sovereignClusterSpecSchema,
  examples: [exampleSovereignCluster],
};

export const cloudProviderFormat: EntityFormat<typeof cloudProviderSpecSchema> =
  {
    apiVersion: SOVEREIGN_CLOUD_API_VERSION,
    kind: CLOUD_PROVIDER_KIND,
    schemaId: 'CloudProviderV1alpha1',
    description:
      'An infrastructure provider: legal entity, ownership and jurisdiction, certifications, locations and how clusters are provisioned there. Every fact carries its sources and a verification flag.',
    spec: cloudProviderSpecSchema,
    examples: [exampleCloudProvider],
  };

// Built once at module load: validation runs per entity, for whole catalogs.
export const sovereignClusterSchema = entitySchema(sovereignClusterFormat);
export const cloudProviderSchema = entitySchema(cloudProviderFormat);

/**
 * JSON Schema (draft-07) of `kind: SovereignCluster`, in the style of
 * Backstage's own kind schemas; use it with `entityKindSchemaValidator` or Ajv.
 * It cannot express the semantic rules; {@link validateSovereignCluster} checks those too.
 * @public
 */
export const sovereignClusterEntityV1alpha1Schema = kindJsonSchema(
  sovereignClusterFormat,
);

/**
 * JSON Schema (draft-07) of `kind: CloudProvider`.
 * @public
 */
export const cloudProviderEntityV1alpha1Schema =
  kindJsonSchema(cloudProviderFormat);
