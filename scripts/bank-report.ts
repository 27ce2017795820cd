/**
 * The question bank's figures (npm run bank:report): questions by format, difficulty, topic and
 * exam domain, Specialty scenarios, the longest-option share, the most similar pairs, and the
 * Specialty facts with their question counts and pending labs. The README's drills figures come
 * from here. `--verbose` also lists the single-answer items whose right option is the longest.
 */
import { BANK } from '@/quiz/bank';
import { countBy, longestShare, shortestShare, similarPairs } from '@/quiz/bank-metrics';
import { FACTS } from '@/quiz/facts';
import { LAB_PENDING } from '@/quiz/specialty/lab-pending';
import { DIFFICULTY_LABELS, DOMAINS, type Difficulty } from '@/quiz/types';

const verbose = process.argv.includes('--verbose');
const line = (label: string, v: unknown) => console.log(`${label.padEnd(34)} ${typeof v === 'object' ? JSON.stringify(v) : v}`);

line('questions', BANK.length);
line(
  'by format',
  countBy(BANK, (q) => q.format),
);
line(
  'by difficulty',
  Object.fromEntries(Object.entries(countBy(BANK, (q) => String(q.difficulty))).map(([k, v]) => [DIFFICULTY_LABELS[Number(k) as Difficulty], v])),
);
line('Specialty-level scenarios', BANK.filter((q) => q.format === 'scenario' && q.difficulty === 3).length);
line('by domain', Object.fromEntries(Object.entries(countBy(BANK, (q) => q.domain)).map(([k, v]) => [DOMAINS[k as keyof typeof DOMAINS].title, v])));
line(
  'by topic',
  countBy(BANK, (q) => q.topic),
);
const ls = longestShare(BANK);
line('right option is the longest', `${ls.count} of ${ls.of} single-answer items (${ls.share.toFixed(1)} %)`);
if (verbose) console.log(ls.ids.join('\n'));
const ss = shortestShare(BANK);
line('right option is the shortest', `${ss.count} of ${ss.of} single-answer items (${ss.share.toFixed(1)} %)`);
const multi = BANK.filter((q) => q.format === 'multiple');
line(
  'multiple response: options',
  countBy(multi, (q) => ('options' in q ? String(q.options.length) : '?')),
);
const near = similarPairs(BANK, { situation: 0.45, answer: 0.25 }).sort((a, b) => b.situation + b.answer - a.situation - a.answer);
line('closest pairs (situation, answer)', near.length);
for (const p of near.slice(0, verbose ? 60 : 12)) console.log(`  ${p.a} ~ ${p.b}  ${p.situation.toFixed(2)} ${p.answer.toFixed(2)}`);
const specialty = FACTS.filter((f) => f.specialty);
const uses = (id: string) => BANK.filter((q) => q.facts.includes(id)).length;
line('Specialty facts', specialty.length);
line(
  '  covered by fewer than 2 questions',
  specialty.filter((f) => uses(f.id) < 2).map((f) => `${f.id}:${uses(f.id)}`),
);
line('  lab pending', Object.keys(LAB_PENDING).length);
