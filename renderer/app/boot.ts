/*
 * The first screen's two waits, begun as soon as their own modules are evaluated (main.tsx imports
 * this first): the catalogue's chunk arrives and the database opens and reads the current
 * territory while React and the component kit are still being evaluated (issue 18, start-up).
 */
import type { Territory } from '../../shared/schemas/territory';
import { readCurrentTerritory } from '../db/hooks';
import { initI18n } from './i18n';

/** The catalogue in i18next, and the current territory (`undefined` when the database failed). */
export const booting: Promise<[unknown, Territory | null | undefined]> = Promise.all([
  initI18n(),
  readCurrentTerritory().catch((error: unknown) => {
    console.error('Opening the database failed', error);
    return undefined;
  }),
]);
