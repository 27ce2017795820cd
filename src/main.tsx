import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { installModuleLoader } from './app/module-loader';
import './styles/global.css';

// Before anything loads lazily: a screen's code that failed to download comes back without a reload.
installModuleLoader();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
