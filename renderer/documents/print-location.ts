import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../shared/languages';

export interface PrintLocation {
  kind: string;
  id: string;
  lang: DocumentLanguage;
}

/** Reads `/print/<kind>/<id>?lang=…` (the hash location); an unknown language falls back to `fallback`. */
export function parsePrintLocation(location: string, fallback: DocumentLanguage): PrintLocation {
  const [path = '', query = ''] = location.split('?');
  const [, , kind = '', id = ''] = path.split('/');
  const requested = new URLSearchParams(query).get('lang');
  const lang = (DOCUMENT_LANGUAGES as readonly string[]).includes(requested ?? '')
    ? (requested as DocumentLanguage)
    : fallback;
  return { kind: decodeURIComponent(kind), id: decodeURIComponent(id), lang };
}

/**
 * The address with a query that sits before the hash moved into the hash, or null when there is
 * none. wouter's hash navigate('/print/…?lang=ru') writes `?lang=ru` as the page's own query
 * (`/?lang=ru#/print/…`); Chromium then treats the way back to `/#/plan/…` as more than a hash
 * change and fires no `hashchange`, so the router never sees Back and the document stays on screen.
 * With the query inside the hash the two entries differ by their hash only and Back is one click.
 */
export function hashOnlyAddress(href: string): string | null {
  const url = new URL(href);
  if (!url.search) return null;
  const hash = url.hash.replace(/^#/, '');
  const [path = '', query = ''] = hash.split('?');
  const merged = new URLSearchParams(url.search);
  for (const [key, value] of new URLSearchParams(query)) merged.set(key, value);
  url.search = '';
  url.hash = `${path}?${merged.toString()}`;
  return url.href;
}
