/** CloudTrail's Event history screen, for the app's route table. */
export { EventHistoryPage } from './event-history-page';
