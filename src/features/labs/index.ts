export { LabPanel } from './lab-panel';
export { LabPage, LabsIndexPage } from './lab-page';
