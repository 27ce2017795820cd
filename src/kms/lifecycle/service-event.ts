/** What KMS did on its own as time passed, for the trail (a scheduled deletion, a rotation, an expiry). */
export interface ServiceEvent {
  eventName: string;
  keyArn: string;
  timeMs: number;
  details?: Record<string, unknown>;
}
