/** The top bar: the lab's name, the Region selector (like the AWS console's) and the theme toggle. */
import { REGION_NAMES, REGIONS } from '../core/ids';
import { Button } from '../components/ui/button';
import type { Theme } from './preferences';

interface Props {
  region: string;
  onRegion(region: string): void;
  theme: Theme;
  onTheme(theme: Theme): void;
  saveStatus?: string;
}

export function SiteHeader({ region, onRegion, theme, onTheme, saveStatus }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__title">KMS Lab</p>
        {saveStatus && <span className="site-header__status">{saveStatus}</span>}
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
        <Button variant="on-dark" aria-pressed={theme === 'dark'} onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')}>
          Dark theme
        </Button>
      </div>
    </header>
  );
}
