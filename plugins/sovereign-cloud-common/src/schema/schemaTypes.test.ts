import { z } from 'zod';
import { CloudProviderSpec } from '../entities/CloudProvider';
import {
  ClusterManagement,
  CredentialReference,
  SovereignClusterSpec,
} from '../entities/SovereignCluster';
import { managementSchema } from './cluster/management';
import { credentialReferenceSchema } from './cluster/credentialReference';
import { sovereignClusterSpecSchema } from './cluster/sovereignClusterSpec';
import { cloudProviderSpecSchema } from './provider/cloudProviderSpec';

/*
 * The public types stay hand-written (readable, documented field by field);
 * these checks make `yarn tsc` fail when they and the schemas drift apart.
 */

// `any` would agree with everything, so it never counts as the same.
type Same<A, B> = 0 extends 1 & A
  ? false
  : [A] extends [B]
  ? [B] extends [A]
    ? true
    : false
  : false;

const agreements: {
  clusterSpec: Same<
    z.output<typeof sovereignClusterSpecSchema>,
    SovereignClusterSpec
  >;
  providerSpec: Same<
    z.output<typeof cloudProviderSpecSchema>,
    CloudProviderSpec
  >;
  credentialReference: Same<
    z.output<typeof credentialReferenceSchema>,
    CredentialReference
  >;
  management: Same<z.output<typeof managementSchema>, ClusterManagement>;
} = {
  clusterSpec: true,
  providerSpec: true,
  credentialReference: true,
  management: true,
};

describe('entity types', () => {
  it('agree with the schemas (checked by the compiler)', () => {
    expect(Object.values(agreements).every(Boolean)).toBe(true);
  });
});
