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
