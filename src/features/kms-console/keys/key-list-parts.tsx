/**
 * What the two key lists (AWS managed, customer managed) share around their table: the "Keys (n)"
 * heading with the filter box and the page's CLI equivalent.
 */
import { CliEquivalent } from '@/components/ui/cli-equivalent';

interface ToolbarProps {
  /** The heading's id, which labels the table. */
  headingId: string;
  filterId: string;
  count: number;
  filter: string;
  onFilter(text: string): void;
}

export function KeyListToolbar({ headingId, filterId, count, filter, onFilter }: ToolbarProps) {
  return (
    <div className="kms-toolbar">
      <h2 id={headingId}>
        Keys <span className="muted">({count})</span>
      </h2>
      <div className="kms-filter">
        <label htmlFor={filterId}>Filter keys</label>
        <input id={filterId} className="input" type="search" value={filter} onChange={(e) => onFilter(e.target.value)} />
      </div>
    </div>
  );
}

export function KeyListCli() {
  return (
    <details className="kms-details">
      <summary>CLI equivalent of this page</summary>
      <CliEquivalent
        calls={[
          { service: 'kms', operation: 'ListKeys' },
          { service: 'kms', operation: 'ListAliases' },
        ]}
      />
    </details>
  );
}
