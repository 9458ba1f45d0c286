import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ClusterChangeInput,
  ClusterChangeRecord,
  ClusterChangeStatus,
  MeshSlotRequest,
  MeshSlotResponse,
  ProvisioningRecord,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const PLUGIN_ID = 'sovereign-cloud';

/**
 * Client of the sovereign-cloud backend's provisioning records, for other
 * backend plugins: the scaffolder actions write with the initiator's
 * credentials, the catalog module reads with its own.
 * @public
 */
export class ProvisioningClient {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;

  static create(options: {
    discovery: DiscoveryService;
    auth: AuthService;
  }): ProvisioningClient {
    return new ProvisioningClient(options.discovery, options.auth);
  }

  private constructor(discovery: DiscoveryService, auth: AuthService) {
    this.#discovery = discovery;
    this.#auth = auth;
  }

  /** Every open record, read with the calling plugin's own credentials. */
  async listProvisioningRecords(): Promise<ProvisioningRecord[]> {
    const body = await this.#call<{ items: ProvisioningRecord[] }>(
      'GET',
      '/provisioning/records',
      await this.#auth.getOwnServiceCredentials(),
    );
    return body.items;
  }

  async saveRecord(
    record: Omit<ProvisioningRecord, 'meshSlot' | 'requestedBy'>,
    options: { credentials: BackstageCredentials },
  ): Promise<ProvisioningRecord> {
    return this.#call(
      'POST',
      '/provisioning/records',
      options.credentials,
      record,
    );
  }

  /** The cluster's ClusterMesh slot; with `dryRun` the one it would get. */
  async reserveMeshSlot(
    request: MeshSlotRequest,
    options: { credentials: BackstageCredentials },
  ): Promise<MeshSlotResponse> {
    return this.#call(
      'POST',
      '/provisioning/mesh-slots',
      options.credentials,
      request,
    );
  }

  /**
   * Saves a day-2 change of a cluster (upsert by `id`): planned, then
   * applied or failed; decommissioning until the cluster is gone.
   */
  async saveChange(
    change: ClusterChangeInput,
    options: { credentials: BackstageCredentials },
  ): Promise<ClusterChangeRecord> {
    return this.#call(
      'POST',
      '/provisioning/changes',
      options.credentials,
      change,
    );
  }

  /** Changes in one status over all clusters, read with the calling plugin's own credentials. */
  async listChanges(query: {
    status: ClusterChangeStatus;
  }): Promise<ClusterChangeRecord[]> {
    const body = await this.#call<{ items: ClusterChangeRecord[] }>(
      'GET',
      `/provisioning/changes?status=${encodeURIComponent(query.status)}`,
      await this.#auth.getOwnServiceCredentials(),
    );
    return body.items;
  }

  /**
   * Frees the cluster's ClusterMesh ID and CIDRs (decommissioning); `released`
   * is false when it held none.
   */
  async releaseMeshSlot(
    request: { mesh: string; cluster: string },
    options: { credentials: BackstageCredentials },
  ): Promise<{ released: boolean }> {
    return this.#call(
      'POST',
      '/provisioning/mesh-slots/release',
      options.credentials,
      request,
    );
  }

  async #call<T>(
    method: 'GET' | 'POST',
    path: string,
    onBehalfOf: BackstageCredentials,
    body?: unknown,
  ): Promise<T> {
    const [baseUrl, { token }] = await Promise.all([
      this.#discovery.getBaseUrl(PLUGIN_ID),
      this.#auth.getPluginRequestToken({
        onBehalfOf,
        targetPluginId: PLUGIN_ID,
      }),
    ]);
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
