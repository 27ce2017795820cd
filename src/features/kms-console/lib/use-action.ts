/** State of one console action of the KMS console (src/state/use-action.ts, KMS by default). */
import { useAction as useConsoleAction } from '@/state/use-action';

export const useAction = () => useConsoleAction('kms');
