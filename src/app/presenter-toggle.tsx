/**
 * The top bar's Presenter mode toggle. Also applies the mode to the page (html[data-presenter],
 * styled by tokens.css) and honours the URL flag (`?presenter=1`, `#/...?presenter`) on load
 * and on every hash change, so a teacher's link opens in presenter mode.
 */
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { presenterFlag, setPresenter, togglePresenter, usePresenter } from '@/state/presenter';

export function PresenterToggle() {
  const on = usePresenter((s) => s.on);

  useEffect(() => {
    const fromUrl = () => {
      const flag = presenterFlag(location.href);
      if (flag !== undefined) setPresenter(flag);
    };
    fromUrl();
    window.addEventListener('hashchange', fromUrl);
    return () => window.removeEventListener('hashchange', fromUrl);
  }, []);

  useEffect(() => {
    if (on) document.documentElement.dataset.presenter = '';
    else delete document.documentElement.dataset.presenter;
  }, [on]);

  return (
    <Button variant="on-dark" aria-pressed={on} onClick={togglePresenter} title="Large type, high contrast, arrow keys step through steps">
      Presenter mode
    </Button>
  );
}
