/** Why an envelope operation failed, named so the UI can say it precisely. */
export type EnvelopeErrorCode =
  | 'Malformed'
  | 'UnsupportedFormat'
  | 'HeaderAuthFailed'
  | 'CommitmentMismatch'
  | 'FrameAuthFailed'
  | 'Truncated'
  | 'OutOfOrder'
  | 'TrailingData'
  | 'KmsRefused'
  | 'NoKmsDataKey'
  | 'Cancelled'
  | 'TooLarge'
  | 'Output';

export class EnvelopeError extends Error {
  constructor(
    readonly code: EnvelopeErrorCode,
    message: string,
    readonly kmsCode?: string,
  ) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

export const isEnvelopeError = (e: unknown): e is EnvelopeError => e instanceof EnvelopeError;
