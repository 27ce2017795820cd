/** Roles as the console shows them: who may assume them, read from the trust policy. */
import { iam, listAllIam, type AttachedPolicy } from './iam-api';

export interface IamRoleOut {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: Date;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
}

/** AWS's use cases for "AWS service" roles: the service principal that may assume the role. */
export const SERVICE_USE_CASES = [
  { id: 'ec2', label: 'EC2', principal: 'ec2.amazonaws.com', description: 'Allows EC2 instances to call AWS services on your behalf.' },
  { id: 'lambda', label: 'Lambda', principal: 'lambda.amazonaws.com', description: 'Allows Lambda functions to call AWS services on your behalf.' },
  {
    id: 'ecs-tasks',
    label: 'Elastic Container Service Task',
    principal: 'ecs-tasks.amazonaws.com',
    description: 'Allows ECS tasks to call AWS services on your behalf.',
  },
] as const;

/** The trust policy the console writes for an AWS service, as AWS formats it. */
export const serviceTrustPolicy = (principal: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: [principal] } }] }, null, 4);

/** "AWS Service: ec2", "Account: 111122223333"... as the Trusted entities column shows them. */
export function trustedEntities(document: string): string[] {
  let doc: any;
  try {
    doc = JSON.parse(document);
  } catch {
    return [];
  }
  const statements = Array.isArray(doc?.Statement) ? doc.Statement : [doc?.Statement];
  const out: string[] = [];
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String);
  for (const st of statements) {
    const p = st?.Principal;
    if (p === '*') out.push('Anyone (*)');
    else if (p && typeof p === 'object') {
      for (const s of list(p.Service)) out.push(`AWS Service: ${s.replace(/\.amazonaws\.com$/, '')}`);
      for (const a of list(p.AWS)) out.push(/^\d{12}$|:root$/.test(a) ? `Account: ${a.replace(/^arn:aws:iam::(\d+):root$/, '$1')}` : a);
      for (const f of list(p.Federated)) out.push(`Identity provider: ${f}`);
    }
  }
  return [...new Set(out)];
}

export interface RoleData {
  role: IamRoleOut;
  attached: AttachedPolicy[];
}

export async function loadRole(name: string): Promise<RoleData> {
  const { Role } = await iam<{ Role: IamRoleOut }>('GetRole', { RoleName: name });
  const attached = await listAllIam<AttachedPolicy>('ListAttachedRolePolicies', 'AttachedPolicies', { RoleName: Role.RoleName });
  return { role: Role, attached };
}

export const loadRoles = () => listAllIam<IamRoleOut>('ListRoles', 'Roles');
