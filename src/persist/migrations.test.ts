import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@/cloud/state';
import { migrate, migrations } from './migrations';

describe('migrations', () => {
  it('has a step for every schema version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(migrations[v], `migration ${v} -> ${v + 1}`).toBeTypeOf('function');
  });

  it('applies the steps in order and stamps each version', () => {
    const table = {
      0: (s: any) => ({ ...s, trail: s.events, events: undefined }),
      1: (s: any) => ({ ...s, kms: s.kms ?? {} }),
    };
    const result = migrate({ schemaVersion: 0, events: ['e'] }, 0, 2, table);
    expect(result).toEqual({ ok: true, state: { schemaVersion: 2, trail: ['e'], events: undefined, kms: {} } });
  });

  it('leaves a current state as it is', () => {
    const state = { schemaVersion: 1, clockMs: 5 };
    expect(migrate(state, 1, 1, {})).toEqual({ ok: true, state });
  });

  it('reports a missing step', () => {
    expect(migrate({}, 0, 2, { 0: (s: any) => s })).toEqual({ ok: false, detail: 'No migration from schema version 1 to 2.' });
  });

  it('reports a step that throws, without losing the input', () => {
    const input = { schemaVersion: 0 };
    const result = migrate(input, 0, 1, {
      0: () => {
        throw new Error('bad shape');
      },
    });
    expect(result).toEqual({ ok: false, detail: 'Migration from schema version 0 failed: bad shape' });
    expect(input).toEqual({ schemaVersion: 0 });
  });
});
