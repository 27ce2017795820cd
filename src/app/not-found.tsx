/** An address the lab does not know: say so, show it, and offer the way home. */
export function NotFoundPage({ path }: { path: string }) {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at <span className="mono">#{path}</span> in KMS Lab. The link may be mistyped, or the page may belong to a newer version of the lab.
      </p>
      <p>
        <a className="button button--primary" href="#/">
          Go to the home page
        </a>
      </p>
    </div>
  );
}
