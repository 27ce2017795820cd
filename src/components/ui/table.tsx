/**
 * The console's resource table: real <table> with column headers, an optional selection column
 * (checkboxes, named after each row), an empty state, and a caption-like heading it is named by.
 * As in the console: the header row stays in view while the page scrolls (sticky), columns are
 * resized by the handle at their header's right edge (pointer or arrow keys), and a long list is
 * shown a page at a time (Previous page / Next page above it, as in the console).
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ColumnResizer, MIN_COLUMN } from './column-resizer';
import { Pager } from './pager';
import './table.css';

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
  /** Rows per page (20 by default); more rows than this get Previous page / Next page. */
  pageSize?: number;
  selection?: {
    selected: string[];
    onChange(keys: string[]): void;
    /** The accessible name of a row's checkbox: "Select myKeyUser". */
    label(row: T): string;
    /** One row at a time (radio buttons), as AWS's detail-oriented tables. */
    single?: boolean;
  };
}

export const PAGE_SIZE = 20;

export function Table<T>({ labelledBy, columns, rows, rowKey, empty, selection, pageSize = PAGE_SIZE }: Props<T>) {
  const [page, setPage] = useState(0);
  // Column widths in pixels once the user has resized one (until then the browser lays them out).
  const [widths, setWidths] = useState<number[] | null>(null);
  const [natural, setNatural] = useState<number[]>([]);
  const headers = useRef<(HTMLTableCellElement | null)[]>([]);
  const measure = () => columns.map((_, i) => Math.max(MIN_COLUMN, Math.round(headers.current[i]?.getBoundingClientRect().width ?? 0)));
  const count = columns.length;
  const shown = rows.length;
  useLayoutEffect(() => {
    if (widths) return;
    const next = measure();
    setNatural((old) => (old.length === next.length && old.every((w, i) => w === next[i]) ? old : next));
    // Measured again when the columns or the rows change.
  }, [widths, count, shown]);

  if (!rows.length && empty !== undefined) return <div className="empty-state">{empty}</div>;
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = rows.slice(current * pageSize, (current + 1) * pageSize);
  const toggle = (key: string, on: boolean) => {
    if (!selection) return;
    if (selection.single) selection.onChange(on ? [key] : []);
    else selection.onChange(on ? [...selection.selected, key] : selection.selected.filter((k) => k !== key));
  };
  const resize = (i: number, width: number) => setWidths((w) => (w ?? measure()).map((old, j) => (j === i ? width : old)));
  const total = widths && widths.reduce((a, b) => a + b, 0) + (selection ? 48 : 0);
  return (
    <>
      {pages > 1 && (
        <div className="table-tools">
          <Pager page={current} pages={pages} onPage={setPage} />
        </div>
      )}
      <div className={widths ? 'table-wrap table-wrap--sticky table-wrap--resized' : 'table-wrap table-wrap--sticky'}>
        <table aria-labelledby={labelledBy} className={widths ? 'table--resized' : undefined} style={total ? { width: total } : undefined}>
          {widths && (
            <colgroup>
              {selection && <col style={{ width: 48 }} />}
              {widths.map((w, i) => (
                <col key={columns[i]?.header ?? i} style={{ width: w }} />
              ))}
            </colgroup>
          )}
          <thead>
            <tr>
              {selection && (
                <th scope="col" className="table__select">
                  <span className="visually-hidden">Selected</span>
                </th>
              )}
              {columns.map((c, i) => (
                <th key={c.header} scope="col" ref={(el) => void (headers.current[i] = el)}>
                  {c.header}
                  {/* The last column takes the space that is left. */}
                  {i < columns.length - 1 && <ColumnResizer header={c.header} width={widths?.[i] ?? natural[i] ?? MIN_COLUMN} onResize={(w) => resize(i, w)} />}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => {
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
    </>
  );
}

/** An en dash for an empty cell, named for screen readers. */
export const NONE = <span aria-label="none">–</span>;
