/**
 * Schema migrations of stored snapshots. `migrations[n]` turns a version-n state into a
 * version-(n+1) state; loading applies them in order up to SCHEMA_VERSION. Version 1 is the
 * first stored schema, so the table is empty; add an entry (and a test) with every change to
 * CloudState that old snapshots do not already satisfy, and bump SCHEMA_VERSION.
 */
export type Migration = (old: any) => any;
export type Migrations = Record<number, Migration>;

export const migrations: Migrations = {};

export type MigrationResult = { ok: true; state: any } | { ok: false; detail: string };

/** Applies migrations[from], migrations[from + 1] ... until the state is at version `to`. */
export function migrate(state: any, from: number, to: number, table: Migrations = migrations): MigrationResult {
  let current = state;
  for (let v = from; v < to; v++) {
    const step = table[v];
    if (!step) return { ok: false, detail: `No migration from schema version ${v} to ${v + 1}.` };
    try {
      current = step(current);
    } catch (e) {
      return { ok: false, detail: `Migration from schema version ${v} failed: ${e instanceof Error ? e.message : String(e)}` };
    }
    current = { ...current, schemaVersion: v + 1 };
  }
  return { ok: true, state: current };
}
