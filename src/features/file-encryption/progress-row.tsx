/** One file's progress: percentage, bytes done of total, MiB/s, time left, Cancel; then the download or the error. */
import { Button } from '@/components/ui/button';
import { formatBytes } from '@/envelope/tally';
import type { Job } from './jobs';

const timeLeft = (j: Job) => {
  if (j.rate <= 0 || j.done >= j.total) return '–';
  const s = Math.ceil((j.total - j.done) / 2 ** 20 / j.rate);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
};

export function ProgressRow({ job, onCancel }: { job: Job; onCancel(): void }) {
  const pct = job.total ? Math.floor((job.done / job.total) * 100) : job.status === 'done' ? 100 : 0;
  const verb = job.direction === 'encrypt' ? 'Encrypting' : 'Decrypting';
  return (
    <li className={`envelope-job envelope-job--${job.status}`} data-testid="envelope-job">
      <p className="envelope-job__name">
        {verb} <strong>{job.file.name}</strong> → {job.outName}
      </p>
      <progress max={100} value={pct} aria-label={`${verb} ${job.file.name}`} />
      <p className="envelope-job__stats">
        <span>{pct}%</span> ·{' '}
        <span>
          {formatBytes(job.done)} of {formatBytes(job.total)}
        </span>{' '}
        · <span>{job.rate.toFixed(1)} MiB/s</span> · <span>Time left: {job.status === 'running' ? timeLeft(job) : '–'}</span>
      </p>
      {job.status === 'running' && <Button onClick={onCancel}>Cancel</Button>}
      {job.status === 'done' && job.url && (
        <p role="status">
          Done.{' '}
          <a href={job.url} download={job.outName}>
            Download {job.outName}
          </a>
        </p>
      )}
      {job.status === 'done' && !job.url && <p role="status">Done. Saved as {job.outName}.</p>}
      {job.status === 'done' && (
        <p>
          <a href="#/envelope/visualizer?play=last">Watch this run step by step</a>
        </p>
      )}
      {(job.status === 'failed' || job.status === 'cancelled') && (
        <p role="alert" className="envelope-job__error">
          {job.error}
        </p>
      )}
    </li>
  );
}
