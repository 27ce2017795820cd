/** ACM over the AWS JSON 1.1 wire: `X-Amz-Target: CertificateManager.*`, SigV4 signing name `acm`. */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom } from '@/core';
import { createCloud } from '@/cloud';
import { handleAwsJsonRequest } from '@/cloud/protocol/aws-json';
import { json, signedRequest } from '@/cloud/protocol/testing';

describe('ACM on the wire', () => {
  it('requests and describes a certificate, answers errors with __type', async () => {
    const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(3) });
    const send = async (op: string, body: object, region = 'us-east-1') =>
      handleAwsJsonRequest(cloud, await signedRequest(`CertificateManager.${op}`, body, { service: 'acm', region }));
    const res = await send('RequestCertificate', { DomainName: 'www.example.com', ValidationMethod: 'DNS' });
    expect(res.status).toBe(200);
    const arn = json(res).CertificateArn;
    const d = json(await send('DescribeCertificate', { CertificateArn: arn })).Certificate;
    expect(d.Status).toBe('PENDING_VALIDATION');
    expect(d.CreatedAt).toBe(Date.UTC(2026, 0, 1) / 1000);
    const err = await send('DescribeCertificate', { CertificateArn: arn }, 'eu-west-1');
    expect(err.status).toBe(400);
    expect(json(err)).toEqual({ __type: 'ResourceNotFoundException', message: `Could not find certificate ${arn}.` });
    expect(cloud.state.trail.at(-1)).toMatchObject({ eventSource: 'acm.amazonaws.com', awsRegion: 'eu-west-1', errorCode: 'ResourceNotFoundException' });
  });
});
