/** About the simulation: what it simplifies (lazily loaded by the app's routes). */
export { SimplifiedPage } from './simplified-page';
