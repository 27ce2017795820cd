/**
 * The top bar's settings menu, like the console's gear: the theme, presenter mode and Your data
 * (export and import of everything the learner made), gathered so the bar keeps one row.
 */
import { Button } from '@/components/ui/button';
import { DisclosureMenu } from '@/components/ui/disclosure-menu';
import { Hint } from '@/components/ui/hint';
import { togglePresenter, usePresenter } from '@/state/presenter';
import type { Theme } from './preferences';

export function SettingsMenu({ theme, onTheme }: { theme: Theme; onTheme(theme: Theme): void }) {
  const presenter = usePresenter((s) => s.on);
  return (
    <DisclosureMenu
      label={
        <>
          <span aria-hidden="true">⚙</span>
          <span className="site-header__wide"> Settings</span>
        </>
      }
      ariaLabel="Settings"
      className="settings-menu"
      align="end"
    >
      {(close) => (
        <div className="settings-panel">
          <p className="identity-panel__title" id="settings-title">
            Settings
          </p>
          <div className="settings-panel__toggles" role="group" aria-labelledby="settings-title">
            <Button aria-pressed={theme === 'dark'} onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')}>
              Dark theme
            </Button>
            <Hint text="Large type, high contrast, arrow keys step through steps">
              <Button aria-pressed={presenter} onClick={togglePresenter}>
                Presenter mode
              </Button>
            </Hint>
          </div>
          <p className="identity-panel__hint">
            <a href="#/settings/data" onClick={() => close(false)}>
              Your data
            </a>
            : export or import everything you made (account, CloudShell files, progress).
          </p>
        </div>
      )}
    </DisclosureMenu>
  );
}
