/*
 * The Content-Security-Policy the app:// protocol handler sends with every file. The policy must
 * stay identical to the one vite.config.ts injects into the built index.html as a <meta> tag:
 * importing it from there would pull vite into the main-process bundle, so it is copied here and
 * csp.test.ts compares the two texts.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'";

/** The header form: frame-ancestors is ignored in a <meta> policy and works only as a header. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;
