import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import {
  assessComponent,
  assessMesh,
  EntityPostureResponse,
  isSovereignCluster,
  MemberPosture,
  PostureHistoryResponse,
  PostureReport,
  sovereignCloudClusterReadPermission,
  sovereignCloudPostureReadPermission,
  SovereignClusterEntity,
  SOVEREIGN_CLUSTER_KIND,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { AssessmentService } from '../assessment/AssessmentService';
import { StoredAssessment } from '../assessment/types';
import {
  CatalogueSnapshot,
  ProviderCatalogueLoader,
} from '../catalogue/ProviderCatalogueLoader';
import { edgePostureOf } from '../edge/edgePostureOf';
import { ProfileRegistry } from '../config/ProfileRegistry';
import { PostureStore } from '../database/PostureStore';
import { meshRefOf } from '../fleet/FleetEntry';
import { PostureSubject, subjectOf } from './subjectOf';

type Options = { credentials: BackstageCredentials };

const memberOf = (report: PostureReport): MemberPosture => ({
  cluster: report.subject,
  score: report.score,
  seal: report.seal.level,
  sealLabel: report.seal.label,
  provisional: report.seal.provisional,
  binding: report.seal.binding,
});

const oldest = (postures: StoredAssessment[]) =>
  postures.map(p => p.assessedAt).sort()[0];

/**
 * The posture of one entity: a cluster, a mesh (over its member clusters)
 * or a component (over the clusters it runs on). Every catalog read uses the
 * caller's credentials, so the catalog's permissions decide which entities
 * and member clusters exist for them.
 */
export class PostureService {
  readonly #catalog: CatalogService;
  readonly #permissions: PermissionsService;
  readonly #assessments: AssessmentService;
  readonly #catalogue: ProviderCatalogueLoader;
  readonly #profiles: ProfileRegistry;
  readonly #store: PostureStore;

  static create(options: {
    catalog: CatalogService;
    permissions: PermissionsService;
    assessments: AssessmentService;
    catalogue: ProviderCatalogueLoader;
    profiles: ProfileRegistry;
    store: PostureStore;
  }): PostureService {
    return new PostureService(options);
  }

  private constructor(options: {
    catalog: CatalogService;
    permissions: PermissionsService;
    assessments: AssessmentService;
    catalogue: ProviderCatalogueLoader;
    profiles: ProfileRegistry;
    store: PostureStore;
  }) {
    this.#catalog = options.catalog;
    this.#permissions = options.permissions;
    this.#assessments = options.assessments;
    this.#catalogue = options.catalogue;
    this.#profiles = options.profiles;
    this.#store = options.store;
  }

  /** `GET /posture/:kind/:namespace/:name` and the `get-sovereignty-posture` action. */
  async getPosture(
    ref: CompoundEntityRef | string,
    options: Options & { profile?: string },
  ): Promise<EntityPostureResponse> {
    const profile = this.#profiles.resolve(options.profile);
    const entity = await this.#readEntity(ref, options);
    await this.#authorize(
      [
        {
          permission: sovereignCloudPostureReadPermission,
          resourceRef: stringifyEntityRef(entity),
        },
      ],
      options,
    );
    const subject = subjectOf(entity);
    const members = await this.#members(subject, entity, options);
    const snapshot = await this.#catalogue.get();
    const stored = await this.#assessments.ensureAssessed(members, snapshot);
    const postures = members.map(member => {
      const memberRef = stringifyEntityRef(member);
      const assessment = stored.get(memberRef);
      if (!assessment) {
        // Assessing never throws for the cluster's own problems; this is the store failing.
        throw new Error(`No assessment of ${memberRef} could be made`);
      }
      return this.#assessments.postureOf(member, assessment, snapshot, profile);
    });
    return this.#respond(subject, postures, snapshot, profile, {
      entity,
      members,
    });
  }

  /** `POST /posture/:kind/:namespace/:name/assess`: collects every member cluster again now. */
  async assess(
    ref: CompoundEntityRef | string,
    options: Options & { profile?: string },
  ): Promise<EntityPostureResponse> {
    const profile = this.#profiles.resolve(options.profile);
    const entity = await this.#readEntity(ref, options);
    const subject = subjectOf(entity);
    await this.#authorize(
      [
        {
          permission: sovereignCloudPostureReadPermission,
          resourceRef: subject.entityRef,
        },
      ],
      options,
    );
    const members = await this.#members(subject, entity, options);
    // Assessing reads each cluster's live API: the caller must be allowed to read those clusters.
    await this.#authorize(
      members.map(m => ({
        permission: sovereignCloudClusterReadPermission,
        resourceRef: stringifyEntityRef(m),
      })),
      options,
    );
    const snapshot = await this.#catalogue.reload();
    const fresh = await this.#assessments.assessAll(members, { snapshot });
    const postures = members.map(member => {
      const memberRef = stringifyEntityRef(member);
      const assessment = fresh.get(memberRef);
      if (!assessment) throw new Error(`Could not assess ${memberRef}`);
      return this.#assessments.postureOf(member, assessment, snapshot, profile);
    });
    return this.#respond(subject, postures, snapshot, profile, {
      entity,
      members,
    });
  }

  /** `GET /posture/:kind/:namespace/:name/history`. */
  async getHistory(
    ref: CompoundEntityRef | string,
    options: Options & { from?: Date; to?: Date; limit: number },
  ): Promise<PostureHistoryResponse> {
    const entity = await this.#readEntity(ref, options);
    const entityRef = stringifyEntityRef(entity);
    await this.#authorize(
      [
        {
          permission: sovereignCloudPostureReadPermission,
          resourceRef: entityRef,
        },
      ],
      options,
    );
    const points = await this.#store.listHistory(entityRef, {
      from: options.from,
      to: options.to,
      limit: options.limit,
    });
    return { entityRef, points };
  }

  async #readEntity(
    ref: CompoundEntityRef | string,
    options: Options,
  ): Promise<Entity> {
    const entity = await this.#catalog.getEntityByRef(ref, {
      credentials: options.credentials,
    });
    if (!entity) {
      const text = typeof ref === 'string' ? ref : stringifyEntityRef(ref);
      throw new NotFoundError(`No entity ${text}`);
    }
    return entity;
  }

  async #authorize(
    requests: AuthorizePermissionRequest[],
    options: Options,
  ): Promise<void> {
    if (requests.length === 0) return;
    const decisions = await this.#permissions.authorize(requests, {
      credentials: options.credentials,
    });
    const denied = decisions.findIndex(d => d.result !== AuthorizeResult.ALLOW);
    if (denied >= 0) {
      const request = requests[denied];
      throw new NotAllowedError(
        `Not allowed: ${request.permission.name}${
          'resourceRef' in request && request.resourceRef
            ? ` on ${request.resourceRef}`
            : ''
        }`,
      );
    }
  }

  /** The clusters a posture is computed over, as the caller sees them in the catalog. */
  async #members(
    subject: PostureSubject,
    entity: Entity,
    options: Options,
  ): Promise<SovereignClusterEntity[]> {
    if (subject.kind === 'cluster') return [subject.cluster];
    if (subject.kind === 'mesh') {
      const members = await this.#meshMembers(entity, options);
      if (members.length === 0) {
        throw new NotFoundError(
          `Mesh ${subject.entityRef} has no SovereignCluster members you can see`,
        );
      }
      return members;
    }
    const { items } =
      subject.clusterRefs.length === 0
        ? { items: [] }
        : await this.#catalog.getEntitiesByRefs(
            { entityRefs: subject.clusterRefs },
            { credentials: options.credentials },
          );
    const members = items.filter(
      (e): e is SovereignClusterEntity => !!e && isSovereignCluster(e),
    );
    if (members.length === 0) {
      throw new NotFoundError(
        `${subject.entityRef} runs on no SovereignCluster you can see (spec.dependsOn, dependsOn or hostedBy relations, or the sovereign-cloud.io/cluster annotation)`,
      );
    }
    return members;
  }

  /** Clusters whose `spec.network.mesh` refers to the mesh (in their own namespace by default). */
  async #meshMembers(
    mesh: Entity,
    options: Options,
  ): Promise<SovereignClusterEntity[]> {
    const meshRef = stringifyEntityRef(mesh);
    const name = mesh.metadata.name;
    const namespace = mesh.metadata.namespace ?? 'default';
    const { items } = await this.#catalog.getEntities(
      {
        filter: [
          { kind: SOVEREIGN_CLUSTER_KIND, 'relations.partOf': meshRef },
          {
            kind: SOVEREIGN_CLUSTER_KIND,
            'spec.network.mesh': [
              name,
              `resource:${name}`,
              `resource:${namespace}/${name}`,
            ],
          },
        ],
      },
      { credentials: options.credentials },
    );
    return items.filter(
      (e): e is SovereignClusterEntity =>
        isSovereignCluster(e) &&
        typeof e.spec.network?.mesh === 'string' &&
        meshRefOf(e.spec.network.mesh, e.metadata.namespace ?? 'default') ===
          meshRef,
    );
  }

  #respond(
    subject: PostureSubject,
    postures: StoredAssessment[],
    snapshot: CatalogueSnapshot,
    profile: WeightProfile,
    read: { entity: Entity; members: SovereignClusterEntity[] },
  ): EntityPostureResponse {
    const providers = snapshot.providerFacts;
    const base = {
      entityRef: subject.entityRef,
      subjectKind: subject.kind,
      // An aggregate is as recent as its stalest member.
      assessedAt: oldest(postures),
      evidence: postures.map(p => p.state),
    };
    if (subject.kind === 'cluster') {
      return { ...base, report: postures[0].report };
    }
    if (subject.kind === 'mesh') {
      const mesh = assessMesh({
        mesh: subject.entityRef,
        clusters: postures.map(p => p.evidence),
        providers,
        profile,
      });
      return {
        ...base,
        report: mesh.report,
        members: mesh.clusters.map(memberOf),
        continuity: mesh.continuity,
        survivesLossOfAnyProvider: mesh.survivesLossOfAnyProvider,
      };
    }
    const component = assessComponent({
      component: subject.entityRef,
      clusters: postures.map(p => ({ evidence: p.evidence })),
      providers,
      profile,
    });
    const edge = edgePostureOf({
      component: read.entity,
      clusters: read.members,
      snapshot,
      evidence: new Map(postures.map(p => [p.entityRef, p.evidence])),
    })?.posture;
    return {
      ...base,
      report: edge
        ? {
            ...component.report,
            findings: [...component.report.findings, ...edge.findings],
          }
        : component.report,
      ...(edge ? { edge } : {}),
      members: component.clusters.map(memberOf),
      continuity: component.continuity,
      survivesLossOfAnyProvider:
        component.continuity.length > 0 &&
        component.continuity.every(c => c.covered),
    };
  }
}
