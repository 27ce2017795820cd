/** Dashboard numbers from the progress (shared with the learning path: they live in src/quiz). */
export { accuracy, byModule, byTopic, readiness, reviewCount, weakestFacts, type Tally } from '@/quiz/dashboard';
