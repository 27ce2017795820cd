/**
 * The composition root (DESIGN.md section 2): the only place that wires the engine, storage and
 * the screens. It boots the account (restored from IndexedDB when present), attaches it to the
 * console store, autosaves it after every change, and shows the screen of the current address
 * (hash routes, src/app/routes.tsx) under the top bar, each screen inside its own error boundary.
 */
import { useEffect, useRef, useState } from 'react';
import { ScreenBoundary } from '../components/ui/error-boundary';
import { FlashBar } from '../components/ui/flash';
import { CloudShellPanel, CloudShellProvider, CloudShellToggle } from '../features/cloudshell';
import { principalForUser, rootPrincipal } from '../iam/state';
import { attachCloud, setIdentity, setRegion, useConsole } from '../state/console-store';
import { ageFlash, dismissFlash, useFlash } from '../state/flash';
import { hydrateLabProgress } from '../state/lab-progress';
import { useCloudShellPanel } from '../state/cloudshell-panel';
import { bootSession, startFreshSession, type Session } from './boot';
import { useCloudShellHost } from './cloudshell-host';
import { AppClock, AppIdentity } from './session-controls';
import { LabPanel } from '../features/labs';
import { HOME } from '../vfs';
import { NotFoundPage } from './not-found';
import { saveRegion, savedIdentity, savedRegion, useTheme } from './preferences';
import { findRoute, useHashPath } from './router';
import { ROUTES, SERVICES, titleOf } from './routes';
import { ConflictBanner, LoadFailedBanner, NotSavedBanner } from './storage-banners';
import { TopBar } from './top-bar';
import { UpdateBanner } from './update-banner';
import { useAutosave, type SaveState } from './use-autosave';

type AppState = { kind: 'booting' } | { kind: 'crashed' | 'unsupported'; message: string } | Session;

const SAVE_TEXT: Record<SaveState['kind'], string | undefined> = {
  idle: undefined,
  pending: 'Saving…',
  saved: 'Saved in this browser',
  conflict: 'Not saved',
  failed: 'Not saved',
};

/** Wires a loaded account to the store, signed in as the identity chosen last time (if it still exists). */
function ready(session: Session): Session {
  if (session.kind !== 'ready') return session;
  attachCloud(session.cloud);
  const name = savedIdentity();
  setIdentity((name && principalForUser(session.cloud.state.iam, name)) || rootPrincipal());
  return session;
}

export function App() {
  const [state, setState] = useState<AppState>({ kind: 'booting' });
  const [theme, setTheme] = useTheme();
  const region = useConsole((s) => s.region);
  const path = useHashPath();
  const match = findRoute(ROUTES, path);
  const title = match ? titleOf(match.route, match.params) : 'Page not found';

  useEffect(() => {
    setRegion(savedRegion());
    void hydrateLabProgress();
    // Browsers offer WebCrypto only to secure pages (https, or http on localhost), e.g. not to
    // `npm run dev -- --host` opened from another machine by its LAN address.
    if (!globalThis.crypto?.subtle) {
      setState({ kind: 'unsupported', message: `KMS Lab needs WebCrypto, which this browser offers only on secure pages: open it over https or on http://localhost (this page is ${location.origin}).` });
      return;
    }
    let current = true;
    bootSession().then(
      (session) => (current ? setState(ready(session)) : session.store.close()),
      (e) => current && setState({ kind: 'crashed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    document.title = title ? `${title} | KMS Lab` : 'KMS Lab';
  }, [title]);

  // After a navigation (not the first load), focus the new screen's heading, so keyboard and
  // screen reader users start at the top of what changed.
  const lastPath = useRef(path);
  useEffect(() => {
    if (lastPath.current === path) return;
    lastPath.current = path;
    ageFlash();
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else main?.focus();
    window.scrollTo?.(0, 0);
  }, [path]);

  const session = state.kind === 'ready' ? state : undefined;
  const save = useAutosave(session?.cloud, session?.store, !!session?.persistent);
  const flash = useFlash((s) => s.messages);
  // One CloudShell session per loaded account, shown full screen or docked under any screen.
  const cloudShell = useCloudShellHost(session?.cloud, !!session?.persistent);
  const cloudShellDocked = useCloudShellPanel((s) => s.open) && !!session && match?.route.path !== '/cloudshell';

  return (
    <CloudShellProvider host={cloudShell}>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <TopBar
        services={SERVICES}
        currentService={match?.route.service}
        global={match?.route.service === 'iam'}
        region={region}
        onRegion={(r) => {
          saveRegion(r);
          setRegion(r);
        }}
        theme={theme}
        onTheme={setTheme}
        saveStatus={session?.persistent ? SAVE_TEXT[save.kind] : undefined}
        clock={session && <AppClock cloud={session.cloud} />}
        identity={session && <AppIdentity cloud={session.cloud} />}
        cloudShell={session && <CloudShellToggle />}
      />
      <main id="main" className={match?.route.service ? 'page page--wide' : 'page'} tabIndex={-1}>
        {state.kind === 'booting' && <p aria-busy="true">Opening your account…</p>}
        {state.kind === 'crashed' && <p role="alert">KMS Lab could not start (a bug in the lab): {state.message}</p>}
        {state.kind === 'unsupported' && <p role="alert">{state.message}</p>}
        <UpdateBanner />
        {state.kind === 'load-failed' && (
          <LoadFailedBanner
            reason={state.reason}
            detail={state.detail}
            onStartFresh={() => void startFreshSession(state.store, state.reason).then((s) => setState(ready(s)))}
          />
        )}
        {session && !session.persistent && <NotSavedBanner detail={session.notSavedReason ?? ''} />}
        {(save.kind === 'conflict' || save.kind === 'failed') && (save.kind === 'conflict' ? <ConflictBanner detail={save.detail} /> : <NotSavedBanner detail={save.detail} />)}
        {session && <FlashBar messages={flash} onDismiss={dismissFlash} />}
        {session &&
          (match ? (
            <ScreenBoundary key={path} name={title || 'home'}>
              {match.route.render(match.params)}
            </ScreenBoundary>
          ) : (
            <NotFoundPage path={path} />
          ))}
      </main>
      {session && <LabPanel fileExists={cloudShell.status === 'ready' ? (path) => cloudShell.session.vfs.exists(cloudShell.session.vfs.resolve(HOME, path)) : undefined} />}
      {cloudShellDocked && <CloudShellPanel />}
    </CloudShellProvider>
  );
}
