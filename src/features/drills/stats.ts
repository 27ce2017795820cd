/** Dashboard numbers from the progress (shared with the learning path: they live in src/quiz). */
export { accuracy, byModule, weakestFacts, type Tally } from '@/quiz/dashboard';
