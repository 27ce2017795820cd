export { LearnPage } from './learn-page';
export { ModulePage } from './module-page';
