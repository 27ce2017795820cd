/** Guided labs as data, the learning path's modules, and the checker (docs/architecture.md, "Labs and drills"). */
export { LABS, findLab } from './catalog';
export { MODULES, findModule, type Module, type Section } from './modules';
export { COVERAGE, factsOfStep } from './coverage';
export { checkLab, describeAction, runCheck, runSolution, setupLab, type LabStatus, type RunLine } from './runner';
export type { Check, CheckExtras, CheckResult, Lab, LabStep, SolutionAction } from './types';
