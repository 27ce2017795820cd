/** What the first `jq` loads: the compiled program and its host (a chunk of their own). */
export { loadJq } from './program';
export { runProgram } from './host';
