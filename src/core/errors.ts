/**
 * AWS errors are values with AWS names. Anything else thrown by the engine is a bug of ours.
 * HTTP statuses follow docs/aws-behaviour.md, "Errors": 400 for every client error,
 * 503 for DependencyTimeoutException, 500 for internal faults.
 */
const SERVER_FAULTS: Record<string, number> = {
  DependencyTimeoutException: 503,
  KMSInternalException: 500,
  KeyUnavailableException: 500,
  ServiceFailure: 500,
};

export class AwsError extends Error {
  readonly code: string;
  readonly httpStatus: number;
  /** AWS sends some errors without any message (InvalidCiphertextException ...). */
  readonly hasMessage: boolean;

  constructor(code: string, message?: string, httpStatus?: number) {
    super(message ?? '');
    this.name = 'AwsError';
    this.code = code;
    this.hasMessage = message !== undefined;
    this.httpStatus = httpStatus ?? SERVER_FAULTS[code] ?? 400;
  }
}

export const isAwsError = (e: unknown): e is AwsError => e instanceof AwsError;

export const validationError = (message: string) => new AwsError('ValidationException', message);

/** A request with DryRun set that would have succeeded (KMS, EC2 ...). */
export const dryRunError = () => new AwsError('DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.');
