/*
 * The Content-Security-Policy the app:// protocol handler sends with every file. It must stay
 * identical to the one vite.config.ts injects into the built index.html: importing it from there
 * would pull vite into the main-process bundle, so it is copied here and csp.test.ts compares the
 * two texts.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";
