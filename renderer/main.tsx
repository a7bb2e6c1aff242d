import './app/first-styles';
import { createRoot } from 'react-dom/client';
import { LANGUAGES } from '../shared/languages';
import { initI18n, loadLanguage } from './app/i18n';
import { lateStyles } from './app/late-styles';
import { Providers } from './app/Providers';
import { App } from './app/App';
import { readCurrentTerritory } from './db/hooks';

async function start() {
  // Start-up phases for profiling: modules evaluated, data read (then the home screen's mark).
  performance.mark('koopsuz:modules-ready');
  // Ask once that the browser never evicts the clerk's data (architecture, issue "Foundation I").
  void navigator.storage?.persist?.().catch(() => false);
  // Read the current territory while i18next loads the catalogue: both are on the way to the
  // first screen, which then renders once, already showing the territory.
  const [, territory] = await Promise.all([
    initI18n(),
    readCurrentTerritory().catch((error: unknown) => {
      console.error('Opening the database failed', error);
      return undefined;
    }),
  ]);
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
