/** `aws kms get-key-last-usage` in CloudShell prints as AWS CLI v2 does: JSON with ISO 8601 timestamps, an empty KeyLastUsage as {}. */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom } from '@/core';
import { createCloud } from '@/cloud';
import { shellLab } from '@/cli/testing';

describe('aws kms get-key-last-usage', () => {
  it('prints the last use, or an empty KeyLastUsage, as the AWS CLI prints them', async () => {
    const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 2, 14, 15, 9, 26, 535)), random: seededRandom(3) });
    const lab = shellLab({ cloud });
    const keyId = (await lab.exec('aws kms create-key --query KeyMetadata.KeyId --output text')).stdout.trim();
    const unused = await lab.exec(`aws kms get-key-last-usage --key-id ${keyId}`);
    expect(unused.stdout).toBe(
      `{\n    "KeyId": "${keyId}",\n    "KeyLastUsage": {},\n    "TrackingStartDate": "2026-03-14T15:09:26.535000+00:00",\n    "KeyCreationDate": "2026-03-14T15:09:26.535000+00:00"\n}\n`,
    );
    await lab.exec(`aws kms encrypt --key-id ${keyId} --plaintext aGk= --query KeyId`);
    const event = cloud.state.trail.at(-1)!;
    const used = await lab.exec(`aws kms get-key-last-usage --key-id ${keyId} --query KeyLastUsage`);
    expect(used.stdout).toBe(
      `{\n    "Operation": "Encrypt",\n    "Timestamp": "2026-03-14T15:09:26+00:00",\n    "CloudTrailEventId": "${event.eventID}",\n    "KmsRequestId": "${event.requestID}"\n}\n`,
    );
    // Text output as the CLI writes it: the scalars in key order, then the structure under its name in capitals.
    expect((await lab.exec(`aws kms get-key-last-usage --key-id ${keyId} --output text`)).stdout).toBe(
      `2026-03-14T15:09:26.535000+00:00\t${keyId}\t2026-03-14T15:09:26.535000+00:00\nKEYLASTUSAGE\t${event.eventID}\t${event.requestID}\tEncrypt\t2026-03-14T15:09:26+00:00\n`,
    );
    expect(await lab.exec('aws kms get-key-last-usage')).toMatchObject({ status: 252 });
  });
});
