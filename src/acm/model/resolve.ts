/** Finding a certificate or a private CA by ARN in the caller's Region, with ACM's error texts. */
import { AwsError, ACCOUNT_ID, parseArn, own } from '@/core';
import type { AcmContext } from '@/acm/context';
import type { AcmCertificate, PrivateCa } from './certificate';

export const certificateArn = (region: string, id: string) => `arn:aws:acm:${region}:${ACCOUNT_ID}:certificate/${id}`;
export const caArn = (region: string, id: string) => `arn:aws:acm-pca:${region}:${ACCOUNT_ID}:certificate-authority/${id}`;

/** A certificate of this Region; ACM answers ResourceNotFoundException for other Regions too (certificates are regional). */
export function findCertificate(ctx: AcmContext, arn: string): AcmCertificate {
  const parsed = parseArn(arn);
  const id = parsed?.resource.startsWith('certificate/') ? parsed.resource.slice('certificate/'.length) : undefined;
  const cert = id && parsed!.region === ctx.region && parsed!.account === ACCOUNT_ID ? own(ctx.regionState.certificates, id) : undefined;
  if (!cert) throw new AwsError('ResourceNotFoundException', `Could not find certificate ${arn}.`);
  if (!ctx.resources.includes(cert.arn)) ctx.resources.push(cert.arn);
  return cert;
}

export function findCa(ctx: AcmContext, arn: string): PrivateCa {
  const parsed = parseArn(arn);
  const id = parsed?.resource.startsWith('certificate-authority/') ? parsed.resource.slice('certificate-authority/'.length) : undefined;
  if (!parsed || parsed.service !== 'acm-pca' || !id) throw new AwsError('InvalidArnException', `The ARN ${arn} is not valid.`);
  const ca = parsed.region === ctx.region ? own(ctx.regionState.cas, id) : undefined;
  if (!ca || ca.status === 'DELETED') throw new AwsError('ResourceNotFoundException', `Could not find certificate authority ${arn}.`);
  return ca;
}
