// @ts-check

/**
 * Posture of the fleet: the latest assessment of each SovereignCluster (summary
 * columns for the fleet index, evidence and report as JSON) and a compact
 * history of scores and levels.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'sovereign_cloud_posture_assessments',
    table => {
      table.comment('Latest sovereignty assessment of each SovereignCluster');
      table
        .string('entity_ref', 255)
        .primary()
        .notNullable()
        .comment('Lower-case entity ref of the SovereignCluster');
      table
        .string('fingerprint', 64)
        .notNullable()
        .comment('Hash of the entity and provider catalogue assessed');
      table
        .string('profile', 128)
        .notNullable()
        .comment('Weight profile of score and report');
      table
        .text('providers')
        .notNullable()
        .comment('JSON array of provider ids');
      table.text('countries').notNullable().comment('JSON array of ISO codes');
      table.double('vcpu').notNullable().comment('Worker vCPU');
      table
        .text('vcpu_by_provider')
        .notNullable()
        .comment('JSON object provider id → worker vCPU');
      table.double('score').notNullable();
      table.integer('seal').notNullable().comment('Indicative SEAL 0..4');
      table.boolean('provisional').notNullable();
      table
        .text('binding')
        .notNullable()
        .comment('JSON array of criterion ids');
      table
        .text('objective_scores')
        .notNullable()
        .comment('JSON object objective → 0..1, to re-weight');
      table
        .string('evidence_status', 32)
        .notNullable()
        .comment('observed, partial, failed or not-configured');
      table.text('evidence_reason').nullable();
      table
        .text('evidence_state')
        .notNullable()
        .comment('JSON ClusterEvidenceState with probes');
      table.text('observed').notNullable().comment('JSON observed evidence');
      table.text('evidence').notNullable().comment('JSON merged evidence');
      table.text('report').notNullable().comment('JSON PostureReport');
      table
        .timestamp('assessed_at', { useTz: true, precision: 3 })
        .notNullable();
    },
  );

  await knex.schema.createTable('sovereign_cloud_posture_history', table => {
    table.comment('Score and level of clusters and meshes over time');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.timestamp('assessed_at', { useTz: true, precision: 3 }).notNullable();
    table.string('profile', 128).notNullable();
    table.double('score').notNullable();
    table.integer('seal').notNullable();
    table.boolean('provisional').notNullable();
    table.string('evidence_status', 32).notNullable();
    table.index(
      ['entity_ref', 'assessed_at'],
      'sovereign_cloud_posture_history_ref_time_idx',
    );
    table.index(['assessed_at'], 'sovereign_cloud_posture_history_time_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('sovereign_cloud_posture_history');
  await knex.schema.dropTable('sovereign_cloud_posture_assessments');
};
