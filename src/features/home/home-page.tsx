/**
 * The home page, for a newcomer first: what the lab is in one sentence, Start the course,
 * Continue where you left off with lab and drill progress (loaded just after), entry cards for
 * every part of the lab, then the account's KMS keys in the selected Region (home-keys.tsx, loaded
 * just after), each linking to its page.
 * "Create key" opens the create-key wizard, as everywhere in the console.
 */
import { lazy, Suspense } from 'react';
import { REGION_NAMES } from '@/core/ids';
import { useConsole } from '@/state/console-store';

const HomeProgress = lazy(() => import('./home-progress'));
const HomeKeys = lazy(() => import('./home-keys'));

const ENTRIES = [
  { title: 'Key Management Service', href: '#/kms/keys/customer', text: 'Create keys in the console wizard; aliases, key policies, rotation, deletion.' },
  { title: 'IAM', href: '#/iam', text: 'Users, groups, roles and the policies that say who may use or manage a key.' },
  { title: 'CloudShell', href: '#/cloudshell', text: 'The AWS CLI in a shell with your files: encrypt, decrypt, generate data keys.' },
  { title: 'Envelope encryption', href: '#/envelope/visualizer', text: 'Watch a data key encrypt a file step by step, then encrypt files of any size.' },
  { title: 'Exam drills', href: '#/drills', text: 'Exam-style questions with spaced repetition, and timed practice exams.' },
  { title: 'Certificate Manager', href: '#/acm', text: 'Request, validate, import and export TLS certificates, and a private CA.' },
];

export function HomePage() {
  const region = useConsole((s) => s.region);
  const regionName = REGION_NAMES[region] ?? region;

  return (
    <div className="home">
      <h1>Welcome to KMS Lab</h1>
      <p className="home__lead">
        KMS Lab is an AWS account simulated in your browser for learning AWS Key Management Service by doing, in the console, the CLI, guided labs and exam
        drills, with real cryptography and nothing sent over the network.
      </p>
      <div className="home__start">
        <a className="button button--primary" href="#/learn">
          Start the course
        </a>
        <Suspense fallback={<div className="home-progress" />}>
          <HomeProgress />
        </Suspense>
      </div>
      <section aria-labelledby="home-entries-heading">
        <h2 id="home-entries-heading">Explore</h2>
        <ul className="home-cards">
          {ENTRIES.map((e) => (
            <li key={e.title} className="home-card">
              <a className="home-card__title" href={e.href}>
                {e.title}
              </a>
              <p>{e.text}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="keys-heading">
        <div className="toolbar">
          <h2 id="keys-heading">
            Keys in {regionName} <span className="mono muted">({region})</span>
          </h2>
          <a className="button button--primary" href="#/kms/create">
            Create key
          </a>
        </div>
        <Suspense fallback={<p aria-busy="true">Loading keys…</p>}>
          <HomeKeys regionName={regionName} labelledBy="keys-heading" />
        </Suspense>
      </section>
    </div>
  );
}
