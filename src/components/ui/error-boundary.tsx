/**
 * A crash inside one screen stays inside that screen: the boundary shows what happened (it is a
 * bug of the lab, never an AWS answer) with a way to try again, and the top bar, the other
 * screens and the account keep working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './button';

/**
 * How browsers word a screen's code that could not be downloaded (a lazy chunk: the network is
 * off, or a new version replaced the files): Chromium, Firefox, Safari, and Vite's CSS preload.
 */
const NOT_DOWNLOADED = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export const isDownloadFailure = (e: Error) => NOT_DOWNLOADED.test(e.message);

interface Props {
  /** Names the screen in the message: "Users". */
  name: string;
  children: ReactNode;
}

export class ScreenBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever reports the bug.
    console.warn(`The ${this.props.name} screen crashed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // React keeps a failed download as the screen's answer: only a reload fetches it again.
    const download = isDownloadFailure(error);
    return (
      <section role="alert" className="alert alert--error screen-crash" aria-labelledby="screen-crash-title">
        <div className="alert__body">
          <h1 id="screen-crash-title" className="alert__title">
            The {this.props.name} screen stopped working
          </h1>
          {download ? (
            <p>
              Its part of KMS Lab could not be downloaded: the network may be off, or a new version was just published. Reload the page to try again. The rest
              of the lab and your account are fine.
            </p>
          ) : (
            <p>This is a bug in KMS Lab, not an answer from AWS. The rest of the lab and your account are fine.</p>
          )}
          <p className="alert__message mono">{error.message}</p>
          <div className="banner__actions">
            {download ? (
              <Button variant="primary" onClick={() => location.reload()}>
                Reload the page
              </Button>
            ) : (
              <Button variant="primary" onClick={() => this.setState({ error: undefined })}>
                Try again
              </Button>
            )}
            <a className="button" href="#/">
              Go to the home page
            </a>
          </div>
        </div>
      </section>
    );
  }
}
