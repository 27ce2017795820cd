/**
 * IAM's member shapes with the constraints of its service model (botocore iam/2010-05-08),
 * written once and shared by the operations. Patterns are AWS's own, which AWS applies to the
 * whole value. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html (and siblings)
 */
import { bool, int, str, type Shape } from '@/core';

const NAME = '[\\w+=,.@-]+';

export const userName: Shape = str({ min: 1, max: 64, pattern: NAME, doc: 'The name of the IAM user.' });
export const existingUserName: Shape = str({ min: 1, max: 128, pattern: NAME, doc: 'The name of the IAM user.' });
export const groupName: Shape = str({ min: 1, max: 128, pattern: NAME, doc: 'The name of the IAM group.' });
export const roleName: Shape = str({ min: 1, max: 64, pattern: NAME, doc: 'The name of the IAM role.' });
export const policyName: Shape = str({ min: 1, max: 128, pattern: NAME, doc: 'The name of the inline policy.' });
export const path: Shape = str({ min: 1, max: 512, pattern: '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)', doc: 'The path, / by default.' });
export const pathPrefix: Shape = str({ min: 1, max: 512, pattern: '\\u002F[\\u0021-\\u007F]*', doc: 'Only entities whose path starts with this prefix.' });
export const policyArn: Shape = str({ min: 20, max: 2048, doc: 'The ARN of the managed policy.' });
export const policyDocument: Shape = str({ min: 1, max: 131072, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+', doc: 'The policy document, JSON.' });
export const maxItems: Shape = int({ min: 1, max: 1000, doc: 'How many items to return at most (default 100).' });
export const marker: Shape = str({ min: 1, max: 320, pattern: '[\\u0020-\\u00FF]+', doc: 'The Marker of a previous truncated response.' });
export const accessKeyId: Shape = str({ min: 16, max: 128, pattern: '[\\w]+', doc: 'The access key id.' });
export const roleDescription: Shape = str({ max: 1000, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*', doc: 'A description of the role.' });
export const maxSessionDuration: Shape = int({ min: 3600, max: 43200, doc: 'Maximum session duration in seconds.' });
export const scope: Shape = str({ enum: ['All', 'AWS', 'Local'], doc: 'AWS managed (AWS), customer managed (Local) or All.' });
export const onlyAttached: Shape = bool('Only policies attached to a user, group or role.');
export const policyUsageFilter: Shape = str({ enum: ['PermissionsPolicy', 'PermissionsBoundary'], doc: 'Filter by how the policy is used.' });

/** Marker and MaxItems, as every IAM List* operation has them. */
export const paging = { Marker: marker, MaxItems: maxItems };
