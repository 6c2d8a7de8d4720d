import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/**
 * The team server's schema, in PostgreSQL's own terms: every table in schema `esiti`, owned by the
 * role that runs the migrations (IT's `esiti_owner`), read and written by members (roles granted
 * `esiti_member`) only through row-level security. Policies ask three SECURITY DEFINER functions
 * which projects the current role may see, lead, and whose blind work it may not see; each is
 * called once per statement (`(SELECT …)` becomes an init plan), not once per row.
 *
 * `ops` is append-only for members (no UPDATE or DELETE policy): an operation, once on the server,
 * is never rewritten. `seq` orders them; pushes take a per-project advisory lock so that sequence
 * order and commit order agree and a reader never skips an operation committed late.
 */
const STATEMENTS = [
  `DO $$ BEGIN
     IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'esiti_member') THEN
       RAISE EXCEPTION 'role esiti_member is missing: run scripts/team-server-setup.sh first';
     END IF;
   END $$`,
  `CREATE TABLE esiti.projects (
     id uuid PRIMARY KEY,
     name text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     created_by name NOT NULL DEFAULT current_user,
     baseline_hash text,
     baseline_seq bigint NOT NULL DEFAULT 0,
     baseline_at timestamptz,
     baseline_schema text,
     op_format integer NOT NULL DEFAULT 1
   )`,
  `CREATE TABLE esiti.members (
     project_id uuid NOT NULL REFERENCES esiti.projects(id) ON DELETE CASCADE,
     role_name name NOT NULL,
     display_name text,
     is_lead boolean NOT NULL DEFAULT false,
     blind boolean NOT NULL DEFAULT false,
     revealed_at timestamptz,
     added_at timestamptz NOT NULL DEFAULT now(),
     added_by name NOT NULL DEFAULT current_user,
     removed_at timestamptz,
     removed_by name,
     PRIMARY KEY (project_id, role_name)
   )`,
  `CREATE TABLE esiti.replicas (
     project_id uuid NOT NULL REFERENCES esiti.projects(id) ON DELETE CASCADE,
     replica_id text NOT NULL,
     role_name name NOT NULL DEFAULT current_user,
     first_seen timestamptz NOT NULL DEFAULT now(),
     last_sync_at timestamptz,
     last_push_at timestamptz,
     last_local_seq bigint NOT NULL DEFAULT 0,
     last_op_id uuid,
     app_version text,
     PRIMARY KEY (project_id, replica_id)
   )`,
  `CREATE TABLE esiti.ops (
     seq bigserial PRIMARY KEY,
     project_id uuid NOT NULL REFERENCES esiti.projects(id) ON DELETE CASCADE,
     op_id uuid NOT NULL,
     replica_id text NOT NULL,
     local_seq bigint,
     hlc text NOT NULL,
     actor text NOT NULL,
     author name NOT NULL,
     pushed_by name NOT NULL DEFAULT current_user,
     kind text NOT NULL,
     summary text NOT NULL,
     message text,
     scope name,
     changes text NOT NULL,
     pushed_at timestamptz NOT NULL DEFAULT now(),
     UNIQUE (project_id, op_id)
   )`,
  `CREATE INDEX ops_project_seq ON esiti.ops (project_id, seq)`,
  `CREATE INDEX ops_project_replica ON esiti.ops (project_id, replica_id)`,
  `CREATE INDEX ops_project_scope ON esiti.ops (project_id, scope) WHERE scope IS NOT NULL`,
  `CREATE TABLE esiti.blobs (
     project_id uuid NOT NULL REFERENCES esiti.projects(id) ON DELETE CASCADE,
     hash text NOT NULL,
     size bigint NOT NULL,
     chunks integer NOT NULL,
     complete boolean NOT NULL DEFAULT false,
     created_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (project_id, hash)
   )`,
  `CREATE TABLE esiti.blob_chunks (
     project_id uuid NOT NULL,
     hash text NOT NULL,
     idx integer NOT NULL,
     data bytea NOT NULL,
     PRIMARY KEY (project_id, hash, idx),
     FOREIGN KEY (project_id, hash) REFERENCES esiti.blobs(project_id, hash) ON DELETE CASCADE
   )`,

  // Who may see what: asked by the policies, run with the owner's rights (no recursion through RLS).
  // Inside a SECURITY DEFINER function current_user is the owner: the caller is session_user (the
  // member's login role).
  `CREATE FUNCTION esiti.my_projects() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
     SET search_path = esiti, pg_temp AS $$
     SELECT coalesce(array_agg(project_id), '{}') FROM esiti.members
      WHERE role_name = session_user AND removed_at IS NULL $$`,
  `CREATE FUNCTION esiti.led_projects() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
     SET search_path = esiti, pg_temp AS $$
     SELECT coalesce(array_agg(project_id), '{}') FROM esiti.members
      WHERE role_name = session_user AND removed_at IS NULL AND is_lead $$`,
  // "project/role" of every blind member whose work the current role may not see yet: in projects
  // it belongs to without leading them, everyone blind but itself.
  `CREATE FUNCTION esiti.hidden_scopes() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
     SET search_path = esiti, pg_temp AS $$
     SELECT coalesce(array_agg(b.project_id::text || '/' || b.role_name), '{}')
       FROM esiti.members b
       JOIN esiti.members me ON me.project_id = b.project_id AND me.role_name = session_user
                            AND me.removed_at IS NULL AND NOT me.is_lead
      WHERE b.blind AND b.role_name <> session_user $$`,
  // Publishing: the project and its lead in one step (a new project is visible to no one before).
  `CREATE FUNCTION esiti.create_project(p_id uuid, p_name text, p_display text) RETURNS void
     LANGUAGE plpgsql SECURITY DEFINER SET search_path = esiti, pg_temp AS $$
     BEGIN
       IF NOT pg_has_role(session_user, 'esiti_member', 'MEMBER') THEN
         RAISE EXCEPTION 'role % is not an Esiti member', session_user USING ERRCODE = '42501';
       END IF;
       INSERT INTO esiti.projects (id, name) VALUES (p_id, p_name);
       INSERT INTO esiti.members (project_id, role_name, display_name, is_lead)
         VALUES (p_id, session_user, p_display, true);
     END $$`,
  `REVOKE ALL ON FUNCTION esiti.create_project(uuid, text, text) FROM PUBLIC`,

  `ALTER TABLE esiti.projects ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE esiti.members ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE esiti.replicas ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE esiti.ops ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE esiti.blobs ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE esiti.blob_chunks ENABLE ROW LEVEL SECURITY`,

  `CREATE POLICY projects_read ON esiti.projects FOR SELECT USING (id = ANY ((SELECT esiti.my_projects())::uuid[]))`,
  `CREATE POLICY projects_lead ON esiti.projects FOR UPDATE USING (id = ANY ((SELECT esiti.led_projects())::uuid[]))`,
  `CREATE POLICY members_read ON esiti.members FOR SELECT USING (project_id = ANY ((SELECT esiti.my_projects())::uuid[]))`,
  `CREATE POLICY members_add ON esiti.members FOR INSERT WITH CHECK (project_id = ANY ((SELECT esiti.led_projects())::uuid[]))`,
  `CREATE POLICY members_change ON esiti.members FOR UPDATE USING (project_id = ANY ((SELECT esiti.led_projects())::uuid[]))`,
  `CREATE POLICY replicas_read ON esiti.replicas FOR SELECT USING (project_id = ANY ((SELECT esiti.my_projects())::uuid[]))`,
  `CREATE POLICY replicas_own ON esiti.replicas FOR INSERT
     WITH CHECK (project_id = ANY ((SELECT esiti.my_projects())::uuid[]) AND role_name = current_user)`,
  `CREATE POLICY replicas_update ON esiti.replicas FOR UPDATE
     USING (project_id = ANY ((SELECT esiti.my_projects())::uuid[]))
     WITH CHECK (project_id = ANY ((SELECT esiti.my_projects())::uuid[]) AND role_name = current_user)`,
  `CREATE POLICY ops_read ON esiti.ops FOR SELECT USING (
     project_id = ANY ((SELECT esiti.my_projects())::uuid[])
     AND (scope IS NULL OR scope = current_user
          OR NOT (project_id::text || '/' || scope) = ANY ((SELECT esiti.hidden_scopes())::text[])))`,
  `CREATE POLICY ops_push ON esiti.ops FOR INSERT
     WITH CHECK (project_id = ANY ((SELECT esiti.my_projects())::uuid[]) AND pushed_by = current_user)`,
  `CREATE POLICY blobs_read ON esiti.blobs FOR SELECT USING (project_id = ANY ((SELECT esiti.my_projects())::uuid[]))`,
  `CREATE POLICY blobs_add ON esiti.blobs FOR INSERT WITH CHECK (project_id = ANY ((SELECT esiti.my_projects())::uuid[]))`,
  `CREATE POLICY blobs_complete ON esiti.blobs FOR UPDATE USING (project_id = ANY ((SELECT esiti.my_projects())::uuid[]))`,
  `CREATE POLICY chunks_read ON esiti.blob_chunks FOR SELECT USING (project_id = ANY ((SELECT esiti.my_projects())::uuid[]))`,
  `CREATE POLICY chunks_add ON esiti.blob_chunks FOR INSERT WITH CHECK (project_id = ANY ((SELECT esiti.my_projects())::uuid[]))`,

  `REVOKE ALL ON ALL TABLES IN SCHEMA esiti FROM PUBLIC`,
  `GRANT USAGE ON SCHEMA esiti TO esiti_member`,
  `GRANT SELECT ON esiti.projects TO esiti_member`,
  `GRANT UPDATE (baseline_hash, baseline_seq, baseline_at, baseline_schema, name) ON esiti.projects TO esiti_member`,
  `GRANT SELECT, INSERT ON esiti.members TO esiti_member`,
  `GRANT UPDATE (display_name, is_lead, blind, revealed_at, removed_at, removed_by) ON esiti.members TO esiti_member`,
  `GRANT SELECT, INSERT ON esiti.replicas TO esiti_member`,
  `GRANT UPDATE (last_sync_at, last_push_at, last_local_seq, last_op_id, app_version) ON esiti.replicas TO esiti_member`,
  `GRANT SELECT, INSERT ON esiti.ops TO esiti_member`,
  `GRANT USAGE ON SEQUENCE esiti.ops_seq_seq TO esiti_member`,
  `GRANT SELECT, INSERT ON esiti.blobs TO esiti_member`,
  `GRANT UPDATE (complete) ON esiti.blobs TO esiti_member`,
  `GRANT SELECT, INSERT ON esiti.blob_chunks TO esiti_member`,
  // Members read which migrations the server has, to tell "ask IT to upgrade" from "update Esiti".
  `GRANT SELECT ON esiti.kysely_migration TO esiti_member`,
  `GRANT EXECUTE ON FUNCTION esiti.my_projects(), esiti.led_projects(), esiti.hidden_scopes(),
     esiti.create_project(uuid, text, text) TO esiti_member`
]

export const s0001: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    for (const s of STATEMENTS) await sql.raw(s).execute(db)
  }
}
