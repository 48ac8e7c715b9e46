import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { currentLanguage, i18nReady } from './i18n';
import './app/app.css';
import { App } from './app/App';
import { loadUiLocale } from './app/ui-locale';

// Someone who chose English waits for its texts once, instead of reading Vietnamese for a moment.
void Promise.all([i18nReady, loadUiLocale(currentLanguage())]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
