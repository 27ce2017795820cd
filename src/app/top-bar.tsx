/**
 * The top bar, like the AWS console's, in one row from 1024 px wide: the lab's name (home), the
 * Services menu, then whether the account is saved, the Region selector ("Global" on IAM pages,
 * as AWS shows it: IAM has no Region; same size as the selector), CloudShell, the simulated date
 * with Advance time, the identity signed in as, and the settings menu (theme, presenter mode,
 * your data).
 */
import { Hint } from '@/components/ui/hint';
import type { ReactNode } from 'react';
import { REGION_NAMES, REGIONS } from '@/core/ids';
import type { Theme } from './preferences';
import { usePresenterMode } from './presenter-toggle';
import { ServicesMenu, type ServiceLink } from './services-menu';
import { SettingsMenu } from './settings-menu';

interface Props {
  services: ServiceLink[];
  currentService?: string;
  /** True on screens of a global service (IAM). */
  global?: boolean;
  region: string;
  onRegion(region: string): void;
  theme: Theme;
  onTheme(theme: Theme): void;
  saveStatus?: string;
  /** The clock and identity controls, once the account is loaded. */
  clock?: ReactNode;
  identity?: ReactNode;
  /** The CloudShell button (docks CloudShell under the screen). */
  cloudShell?: ReactNode;
}

/** "Saved in this browser" said in full to screen readers and on hover, shown as a word. */
const SHORT: Record<string, string> = { 'Saved in this browser': 'Saved', 'Saving…': 'Saving…', 'Not saved': 'Not saved' };

export function TopBar({ services, currentService, global, region, onRegion, theme, onTheme, saveStatus, clock, identity, cloudShell }: Props) {
  usePresenterMode();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__title" href="#/">
          KMS Lab
        </a>
        <ServicesMenu services={services} current={currentService} />
        <span className="site-header__spacer" />
        {/* Always there (empty until the first save), so the status appearing does not move the bar's controls. */}
        <span className="site-header__status" title={saveStatus}>
          {saveStatus && (
            <>
              <span aria-hidden="true">{SHORT[saveStatus] ?? saveStatus}</span>
              <span className="visually-hidden">{saveStatus}</span>
            </>
          )}
        </span>
        {global ? (
          <div className="field site-header__region-field">
            <span className="visually-hidden">Region</span>
            <Hint text="IAM does not require Region selection.">
              <span className="site-header__region site-header__region--global site-header__global" tabIndex={0}>
                Global
              </span>
            </Hint>
          </div>
        ) : (
          <div className="field site-header__region-field">
            <label htmlFor="region-select" className="visually-hidden">
              Region
            </label>
            {/* The closed select shows the Region's name without its code (the list names both), in a face drawn over the
                select's own text: the whole option text did not fit the one-row bar ("US East (N. Virgi"). */}
            <span className="site-header__region-box">
              <select
                id="region-select"
                className="site-header__region"
                value={region}
                onChange={(e) => onRegion(e.target.value)}
                title={`Region: ${REGION_NAMES[region] ?? region} (${region})`}
              >
                {REGIONS.map((r) => (
                  <option key={r} value={r}>
                    {REGION_NAMES[r]} ({r})
                  </option>
                ))}
              </select>
              <span className="site-header__region-face" aria-hidden="true" data-full-text={`${REGION_NAMES[region] ?? region} (${region})`}>
                {REGION_NAMES[region] ?? region}
              </span>
            </span>
          </div>
        )}
        {cloudShell}
        {clock}
        {identity}
        <SettingsMenu theme={theme} onTheme={onTheme} />
      </div>
    </header>
  );
}
