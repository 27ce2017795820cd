/**
 * The console's pagination under (or above) a long list: Previous page, "Page 2 of 5", Next page.
 * The buttons at either end stay focusable and say they are unavailable (aria-disabled), so focus
 * is not lost when the last page is reached.
 */
import { Button } from './button';

export function Pager({ page, pages, onPage, label = 'Pages' }: { page: number; pages: number; onPage(p: number): void; label?: string }) {
  return (
    <div className="pager" role="group" aria-label={label}>
      <Button className="button--small" aria-disabled={page === 0 || undefined} onClick={() => page > 0 && onPage(page - 1)}>
        Previous page
      </Button>
      <span>
        Page {page + 1} of {pages}
      </span>
      <Button className="button--small" aria-disabled={page >= pages - 1 || undefined} onClick={() => page < pages - 1 && onPage(page + 1)}>
        Next page
      </Button>
    </div>
  );
}
