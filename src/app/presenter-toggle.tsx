/**
 * Presenter mode follows the URL flag (`?presenter=1`, `#/...?presenter`) on load and on every
 * hash change, so a teacher's link opens in presenter mode, and is applied to the page
 * (html[data-presenter], styled by tokens.css). The toggle itself is in the settings menu.
 */
import { useEffect } from 'react';
import { presenterFlag, setPresenter, usePresenter } from '@/state/presenter';

export function usePresenterMode() {
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
}
