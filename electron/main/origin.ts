/*
 * The renderer's one origin (architecture A3). IndexedDB data is keyed by it, so these values are
 * part of every user's data and never change.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'koopsuz';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when the URL belongs to the app's own origin. Node's URL reports the origin of a
 * non-special scheme as "null", so the parts are compared instead of `url.origin`.
 */
export function isAppUrl(value: string | null | undefined): boolean {
  if (typeof value !== 'string' || value === '') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
