/** "Your data": export and import of everything the learner owns (lazily loaded by the app's routes). */
export { YourDataPage } from './your-data-page';
