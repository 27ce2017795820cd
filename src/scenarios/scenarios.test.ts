import { describe, expect, it } from 'vitest';
import { buildScenario, findScenario, SCENARIOS } from './scenarios';

/** The account as data, without key material (WebCrypto's, different every build by design). */
const comparable = (state: unknown) =>
  JSON.stringify(state, (_k, v) => (v instanceof Uint8Array || (typeof CryptoKey !== 'undefined' && v instanceof CryptoKey) ? '<material>' : v));

describe('demo scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s builds the same account twice (same ids, same date)', async (_id, scenario) => {
    const a = await buildScenario(scenario);
    const b = await buildScenario(scenario);
    expect(comparable(a)).toBe(comparable(b));
    expect(a.clockMs).toBe(Date.parse(scenario.startsAt));
    expect(a.trail.every((e) => !e.errorCode)).toBe(true);
  });

  it('differs between scenarios (the seed and setup matter)', async () => {
    const a = await buildScenario(findScenario('rotation-demo')!);
    const b = await buildScenario(findScenario('envelope-demo')!);
    expect(Object.keys(a.kms['us-east-1']!.keys)).not.toEqual(Object.keys(b.kms['us-east-1']!.keys));
  });

  it('rotation-demo has an aliased key with rotation on; separation-of-duties its two users', async () => {
    const rot = await buildScenario(findScenario('rotation-demo')!);
    expect(rot.trail.map((e) => e.eventName)).toEqual(['CreateKey', 'CreateAlias', 'EnableKeyRotation', 'Encrypt']);
    const sod = await buildScenario(findScenario('separation-of-duties')!);
    expect(
      sod.trail
        .filter((e) => e.eventName === 'CreateUser')
        .map((e) => (e.requestParameters as { userName: string }).userName)
        .sort(),
    ).toEqual(['key-admin', 'key-user']);
  });
});
