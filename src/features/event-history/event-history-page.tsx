/**
 * CloudTrail Event history: every call made in the account (console, shell, SDK, labs) and what
 * KMS did by itself (rotation, deletion), newest first, denied calls included with their error.
 * Lookup attributes as in the CloudTrail console; 50 events a page; each event opens to its
 * JSON record and how the call was authorized ("Why allowed" or "Why denied": which statements of
 * which policies decided); "Export as Markdown" downloads the matching events as a table for notes. Reads the account's trail (the lab has no CloudTrail API to call).
 */
import { Fragment, useState } from 'react';
import AccessExplain from '@/components/ui/access-explain';
import { Button } from '@/components/ui/button';
import { downloadText, fileStamp } from '@/components/ui/download';
import { CodeBlock } from '@/components/ui/code-block';
import { SelectField, TextField } from '@/components/ui/form-field';
import { formatDateTime } from '@/components/ui/format';
import { NONE } from '@/components/ui/table';
import { Pager } from '@/components/ui/pager';
import type { AuthorizationTrace } from '@/cloud/authorize';
import { useConsole } from '@/state/console-store';
import { eventsMarkdown, LOOKUP_ATTRIBUTES, lookupEvents, resourcesOf, userNameOf, type LookupAttribute } from './event-view';

const READ_ONLY_VALUES = [
  { value: '', label: 'Choose a value' },
  { value: 'true', label: 'true' },
  { value: 'false', label: 'false' },
];

export const PAGE_SIZE = 50;

export function EventHistoryPage() {
  const cloud = useConsole((s) => s.cloud);
  const region = useConsole((s) => s.region);
  useConsole((s) => s.trailRevision); // re-render on every new event
  const [attribute, setAttribute] = useState<LookupAttribute>('eventName');
  const [value, setValue] = useState('');
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string>();

  const events = cloud ? lookupEvents(cloud.state.trail, region, attribute, value) : [];
  const pages = Math.max(1, Math.ceil(events.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = events.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <div className="service-page">
      <nav aria-label="Breadcrumbs" className="breadcrumbs">
        <ol>
          <li>
            <a href="#/cloudtrail/events">CloudTrail</a>
          </li>
          <li aria-current="page">Event history</li>
        </ol>
      </nav>
      <div className="page-header">
        <h1>Event history</h1>
      </div>
      <p className="muted page-header__description">
        Event history shows the API calls of the last 90 days in this Region, made in the console, the shell, the SDK or by labs, and what AWS services did by
        themselves. IAM is global: its events show in every Region.
      </p>
      <form className="lookup" role="search" aria-label="Look up events" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Lookup attributes"
          value={attribute}
          options={LOOKUP_ATTRIBUTES}
          onChange={(v) => {
            // As in the CloudTrail console, another attribute starts a new search: the old value does not carry over.
            setAttribute(v as LookupAttribute);
            setValue('');
            setPage(0);
          }}
        />
        {attribute === 'readOnly' ? (
          // As in the CloudTrail console, Read-only is chosen, not typed: true or false.
          <SelectField
            label="Read-only"
            value={value}
            options={READ_ONLY_VALUES}
            onChange={(v) => {
              setValue(v);
              setPage(0);
            }}
          />
        ) : (
          <TextField
            label={`${LOOKUP_ATTRIBUTES.find((a) => a.value === attribute)!.label} contains`}
            value={value}
            type="search"
            placeholder="Enter a value"
            onChange={(v) => {
              setValue(v);
              setPage(0);
            }}
          />
        )}
      </form>
      <div className="toolbar">
        <h2 id="events-heading">Events ({events.length})</h2>
        <Button
          onClick={() => downloadText(`event-history-${region}-${fileStamp(new Date())}.md`, eventsMarkdown(events, region, new Date()))}
          disabled={!events.length}
        >
          Export as Markdown
        </Button>
        <Pager page={current} pages={pages} onPage={setPage} />
      </div>
      <p role="status" className="visually-hidden">
        {events.length} events match.
      </p>
      {events.length === 0 ? (
        <div className="empty-state">
          <p>No events match.</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="events-heading" className="events-table">
            <thead>
              <tr>
                <th scope="col">Event time</th>
                <th scope="col">User name</th>
                <th scope="col">Event name</th>
                <th scope="col">Event source</th>
                <th scope="col">Resource</th>
                <th scope="col">Error code</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => {
                const expanded = open === e.eventID;
                const resources = resourcesOf(e);
                return (
                  <Fragment key={e.eventID}>
                    <tr className={e.errorCode ? 'event-row event-row--error' : 'event-row'}>
                      <td>{formatDateTime(e.eventTime)}</td>
                      <td>{userNameOf(e) || NONE}</td>
                      <td>
                        <Button
                          className="button--link"
                          aria-expanded={expanded}
                          aria-controls={`event-${e.eventID}`}
                          onClick={() => setOpen(expanded ? undefined : e.eventID)}
                        >
                          <span aria-hidden="true">{expanded ? '▾' : '▸'} </span>
                          {e.eventName}
                        </Button>
                      </td>
                      <td className="mono">{e.eventSource}</td>
                      <td className="mono cell--wrap">{resources.length ? resources.join(', ') : NONE}</td>
                      <td className={e.errorCode ? 'mono effect--deny' : 'mono'}>{e.errorCode ?? NONE}</td>
                    </tr>
                    {expanded && (
                      <tr id={`event-${e.eventID}`} className="event-detail">
                        <td colSpan={6}>
                          <CodeBlock code={JSON.stringify(e, null, 2)} label={`Event record ${e.eventName} ${e.eventID}`} />
                          {e.eventType === 'AwsApiCall' && <Authorization trace={cloud?.traceOf(e)} label={`${e.eventSource.split('.')[0]} ${e.eventName}`} />}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <div className="toolbar toolbar--end">
          <Pager page={current} pages={pages} onPage={setPage} />
        </div>
      )}
    </div>
  );
}

/** "Why allowed" or "Why denied" for a recorded call, while its trace is in memory. */
function Authorization({ trace, label }: { trace: AuthorizationTrace | undefined; label: string }) {
  const denied = trace?.checks.some((c) => !c.decision.allowed);
  return (
    <section className="event-why" aria-label={denied ? 'Why denied' : 'Why allowed'}>
      <h3>{denied ? 'Why denied' : 'Why allowed'}</h3>
      {trace ? (
        <AccessExplain calls={[{ label, trace }]} />
      ) : (
        <p className="muted">
          The decision of this call is not kept: KMS Lab holds it in memory for the calls made since this page was loaded (CloudTrail itself records no policy
          decisions).
        </p>
      )}
    </section>
  );
}
