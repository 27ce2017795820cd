/**
 * The console's resource table: real <table> with column headers, an optional selection column
 * (checkboxes, named after each row), an empty state, and a caption-like heading it is named by.
 */
import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell(row: T): ReactNode;
  /** 'mono' for ids and ARNs. */
  className?: string;
}

interface Props<T> {
  /** The id of the heading that names the table. */
  labelledBy: string;
  columns: Column<T>[];
  rows: T[];
  rowKey(row: T): string;
  /** Shown in place of the table when there are no rows. */
  empty?: ReactNode;
  selection?: {
    selected: string[];
    onChange(keys: string[]): void;
    /** The accessible name of a row's checkbox: "Select myKeyUser". */
    label(row: T): string;
    /** One row at a time (radio buttons), as AWS's detail-oriented tables. */
    single?: boolean;
  };
}

export function Table<T>({ labelledBy, columns, rows, rowKey, empty, selection }: Props<T>) {
  if (!rows.length && empty !== undefined) return <div className="empty-state">{empty}</div>;
  const toggle = (key: string, on: boolean) => {
    if (!selection) return;
    if (selection.single) selection.onChange(on ? [key] : []);
    else selection.onChange(on ? [...selection.selected, key] : selection.selected.filter((k) => k !== key));
  };
  return (
    <div className="table-wrap">
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="table__select">
                <span className="visually-hidden">Selected</span>
              </th>
            )}
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            const selected = !!selection?.selected.includes(key);
            return (
              <tr key={key}>
                {selection && (
                  <td className="table__select">
                    <input
                      type={selection.single ? 'radio' : 'checkbox'}
                      name={selection.single ? labelledBy : undefined}
                      aria-label={selection.label(row)}
                      checked={selected}
                      onChange={(e) => toggle(key, e.target.checked)}
                    />
                  </td>
                )}
                {columns.map((c) => (
                  <td key={c.header} className={c.className}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** An en dash for an empty cell, named for screen readers. */
export const NONE = <span aria-label="none">–</span>;
