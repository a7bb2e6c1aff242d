import './app/first-styles';
// First: starts loading the catalogue and reading the database before the rest is evaluated.
import { booting } from './app/boot';
import { createRoot } from 'react-dom/client';
import { LANGUAGES } from '../shared/languages';
import { loadLanguage } from './app/i18n';
import { lateStyles } from './app/late-styles';
import { Providers } from './app/Providers';
import { App } from './app/App';

async function start() {
  // Start-up phases for profiling: modules evaluated, data read (then the home screen's mark).
  performance.mark('koopsuz:modules-ready');
  // Ask once that the browser never evicts the clerk's data (architecture, issue "Foundation I").
  void navigator.storage?.persist?.().catch(() => false);
  // The current territory was read while i18next loaded the catalogue (both begun in boot.ts):
  // the first screen then renders once, already showing the territory.
  const [, territory] = await booting;
  performance.mark('koopsuz:data-ready');
  createRoot(document.getElementById('root')!).render(
    <Providers>
      <App initialTerritory={territory} />
    </Providers>,
  );
  // The rest of the component kit's styles right after the first paint (every other screen waits for them).
  requestAnimationFrame(() => setTimeout(() => void lateStyles(), 0));
  // The other languages' catalogues arrive after the first paint, so a switch is instant.
  setTimeout(() => LANGUAGES.forEach((language) => void loadLanguage(language)), 1500);
  // Desktop: answer the main process's automatic-backup requests (loaded after the first paint).
  if (window.api) void import('./backup/responder').then((m) => m.startBackupResponder());
}

void start();
