/**
 * The top bar, like the AWS console's: the lab's name (home), the Services menu, then the
 * Region selector ("Global" on IAM pages, as AWS shows it: IAM has no Region), the simulated
 * date with Advance time, the identity signed in as, the presenter mode and theme toggles.
 */
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { REGION_NAMES, REGIONS } from '@/core/ids';
import type { Theme } from './preferences';
import { PresenterToggle } from './presenter-toggle';
import { ServicesMenu, type ServiceLink } from './services-menu';

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

export function TopBar({ services, currentService, global, region, onRegion, theme, onTheme, saveStatus, clock, identity, cloudShell }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__title" href="#/">
          KMS Lab
        </a>
        <ServicesMenu services={services} current={currentService} />
        <span className="site-header__spacer" />
        {/* Always there (empty until the first save), so the status appearing does not push the bar's rows down. */}
        <span className="site-header__status">{saveStatus}</span>
        {global ? (
          <div className="field" title="IAM does not require Region selection.">
            <span className="site-header__label">Region</span>
            <span className="site-header__global">Global</span>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="region-select">Region</label>
            <select id="region-select" value={region} onChange={(e) => onRegion(e.target.value)}>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {REGION_NAMES[r]} ({r})
                </option>
              ))}
            </select>
          </div>
        )}
        {cloudShell}
        {clock}
        {identity}
        <PresenterToggle />
        <a className="button button--on-dark" href="#/settings/data" title="Export or import everything you made: account, CloudShell files, progress">
          Your data
        </a>
        <Button variant="on-dark" aria-pressed={theme === 'dark'} onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')}>
          Dark theme
        </Button>
      </div>
    </header>
  );
}
