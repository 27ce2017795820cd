/**
 * What a screen shows while its code loads (screens are lazy chunks, issue 8): a polite status
 * message, inside a region marked busy so assistive technology waits for the screen itself.
 */
export function ScreenLoading() {
  return (
    <div aria-busy="true">
      <p role="status" className="muted">
        Loading…
      </p>
    </div>
  );
}
