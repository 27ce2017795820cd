/**
 * Secret inputs (a key store password, plaintext, a private key, a passphrase ...) are marked
 * `sensitive` in the input shapes, as the services' own models mark them, and never enter a
 * record: not the trail event (which is the Event history and part of the endpoint's state file),
 * not an error message. One run per operation that takes one, found by walking every registry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64, toHex, utf8, type Shape } from '@/core';
import '@/cloud/registry';
import { defaultServices } from '@/cloud/services';
import { BASE_INPUTS, buildFixture, buildInput, fixtureCloud, type Fixture } from './testing/hostile';

/** Every member path whose shape is marked sensitive, by operation. */
function sensitivePaths(shape: Shape, path: (string | number)[] = []): (string | number)[][] {
  if ((shape.type === 'string' || shape.type === 'blob') && shape.sensitive) return [path];
  if (shape.type === 'structure') return Object.entries(shape.members).flatMap(([k, m]) => sensitivePaths(m, [...path, k]));
  if (shape.type === 'list') return sensitivePaths(shape.member, [...path, 0]);
  if (shape.type === 'map') return sensitivePaths(shape.value, [...path, 'k']);
  return [];
}

const ALL = defaultServices.list.flatMap(({ name: service }) =>
  (defaultServices.loadedOperations(service) ?? []).flatMap((op) =>
    sensitivePaths(op.input).map((path) => ({ service, op, path, label: `${service}.${op.name} ${path.join('.')}` })),
  ),
);

let fixture: Fixture;
beforeAll(async () => {
  fixture = await buildFixture();
}, 60_000);

describe('sensitive inputs', () => {
  it("are marked wherever the services' own models mark them (botocore: sensitive shapes of the operations the lab implements)", () => {
    expect(ALL.map((x) => x.label).sort()).toEqual(
      [
        'acm.ExportCertificate Passphrase',
        'acm.ImportCertificate PrivateKey',
        'cloudfront.CreateDistribution DistributionConfig.Comment',
        'kms.CreateCustomKeyStore KeyStorePassword',
        'kms.Encrypt Plaintext',
        'kms.GenerateMac Message',
        'kms.Sign Message',
        'kms.Verify Message',
        'kms.VerifyMac Message',
        'secretsmanager.CreateSecret SecretBinary',
        'secretsmanager.CreateSecret SecretString',
        'secretsmanager.PutSecretValue SecretBinary',
        'secretsmanager.PutSecretValue SecretString',
        'secretsmanager.UpdateSecret SecretBinary',
        'secretsmanager.UpdateSecret SecretString',
      ].sort(),
    );
  });

  it.each(ALL.map((x) => [x.label, x] as const))('%s is in no record, no error message and no save', async (_label, { service, op, path }) => {
    const secret = 'Sec-4x9Q7wZ2';
    const forms = [secret, toBase64(utf8(secret)), toHex(utf8(secret))];
    const leaks = (text: string) => forms.filter((f) => text.includes(f));
    const shape = path.reduce<Shape>((s, step) => (s.type === 'structure' ? s.members[step as string]! : s.type === 'list' ? s.member : s), op.input);
    const valid = shape.type === 'blob' ? utf8(secret) : secret;
    // Once as a valid value, once too short for the shape (so the validation message meets it too).
    const short = shape.type === 'blob' ? utf8('S') : 'S';
    for (const value of [valid, short]) {
      const cloud = fixtureCloud(fixture);
      const input = buildInput(op.input, fixture, path, BASE_INPUTS[`${service}.${op.name}`]);
      let at: any = input;
      for (const step of path.slice(0, -1)) at = at[step];
      at[path.at(-1)!] = value;
      const before = cloud.state.trail.length;
      let message = '';
      await cloud.call({ service: service as never, operation: op.name, input }).catch((e: Error) => (message = e.message));
      expect(leaks(message), `${op.name}: error message`).toEqual([]);
      // The call's event and those of the calls a service made on its behalf (Secrets Manager's to KMS).
      const events = cloud.state.trail.slice(before);
      expect(events.filter((e) => !e.userIdentity.invokedBy)).toHaveLength(1);
      expect(leaks(JSON.stringify(events)), `${op.name}: trail event`).toEqual([]);
      expect(JSON.stringify(events)).not.toContain(path.at(-1) === 'Comment' ? '"comment"' : `"${String(path.at(-1)).replace(/^./, (c) => c.toLowerCase())}"`);
      // The whole event history, as IndexedDB and the endpoint's state file keep it.
      expect(leaks(JSON.stringify(cloud.snapshot().trail)), `${op.name}: saved event history`).toEqual([]);
    }
  });

  it("the kmsuser password is not kept in the account either (AWS never returns it; the lab's cluster needs no login)", async () => {
    const cloud = fixtureCloud(fixture);
    const input = buildInput(
      defaultServices.loadedOperations('kms')!.find((o) => o.name === 'CreateCustomKeyStore')!.input,
      fixture,
      [],
      BASE_INPUTS['kms.CreateCustomKeyStore'],
    );
    await cloud.call({
      service: 'kms',
      operation: 'CreateCustomKeyStore',
      input: { ...(input as { CustomKeyStoreName: string }), KeyStorePassword: 'Sec-4x9Q7wZ2' },
    });
    expect(JSON.stringify(cloud.snapshot(), (_k, v) => (v instanceof Uint8Array ? toBase64(v) : v))).not.toContain('Sec-4x9Q7wZ2');
  });
});
