/** KMS Lab's CloudShell engine: the shell, its commands, and the AWS CLI over the simulated account. */
export { createShell, cloudShellEnv, defaultCaller, type RunResult, type Shell, type ShellOptions } from './shell/shell';
export type { Completion } from './shell/complete';
export type { AwsOptions, ModelGaps, Principal } from './shell/types';
export { CLI_VERSION } from './aws/driver';
export { createRecordingSandbox, type RecordedApiCall, type RecordingSandbox } from './recording-sandbox';
