import { Center, Loader, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { docLabel } from '../../shared/documents/labels';
import { withoutMarks, type DocumentModel } from '../../shared/documents/model';
import { isLanguage, type DocumentLanguage } from '../../shared/languages';
import { DocumentToolbar } from './DocumentToolbar';
import { DocumentView } from './DocumentView';
import { documentPath, findDocumentKind, type DocumentModule } from './index';
import { PageRule } from './PageRule';
import { RefusalNotice } from './RefusalNotice';
import { PreviewNotes } from './PreviewNotes';
import { hashOnlyAddress, parsePrintLocation } from './print-location';
import './document.css';

/** The print route `#/print/<kind>/<id>?lang=…`, outside the app frame: toolbar + the document. */
export default function PrintRoute() {
  const { t, i18n } = useTranslation('documents');
  const [location, navigate] = useLocation();
  const uiLanguage = isLanguage(i18n.language) ? i18n.language : 'ru';
  const { kind: kindName, id, lang } = parsePrintLocation(location, uiLanguage);
  const kind = findDocumentKind(kindName);

  // A document opened with navigate() has its `?lang=` outside the hash: move it in (same entry),
  // so that Back is a plain hash change, then let the router read the corrected hash.
  useEffect(() => {
    const fixed = hashOnlyAddress(window.location.href);
    if (!fixed) return;
    window.history.replaceState(window.history.state, '', fixed);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, [location]);
  const [module, setModule] = useState<DocumentModule | null>(null);

  useEffect(() => {
    let cancelled = false;
    setModule(null);
    void kind?.load().then((loaded) => !cancelled && setModule(loaded));
    return () => {
      cancelled = true;
    };
  }, [kind]);

  const result = useLiveQuery(
    async (): Promise<{ model: DocumentModel | null } | undefined> =>
      module ? { model: await module.buildDocument(id, lang) } : undefined,
    [module, id, lang],
  );
  const model = result?.model ?? null;

  useEffect(() => {
    if (!model) return;
    const previous = document.title;
    document.title = withoutMarks(model.title);
    return () => {
      document.title = previous;
    };
  }, [model]);

  const pageLabel = docLabel(lang, 'page');
  // wouter's hash navigate() would move `?lang=` out of the hash; replacing the hash keeps it there.
  const setLanguage = (next: DocumentLanguage) =>
    window.location.replace(`#${documentPath(kindName, id, next)}`);
  const back = () => (window.history.length > 1 ? window.history.back() : navigate('/'));

  let body;
  if (!kind) body = <Text p="xl">{t('toolbar.unknownKind')}</Text>;
  else if (result === undefined)
    body = (
      <Center p="xl">
        <Loader />
      </Center>
    );
  else if (!model)
    body = (
      <Text p="xl" data-testid="document-not-found">
        {t('toolbar.notFound')}
      </Text>
    );
  else if (model.refusal)
    body = (
      <div className="doc-refused">
        <RefusalNotice refusal={model.refusal} />
        <DocumentView model={model} />
      </div>
    );
  else
    body = (
      <>
        <PreviewNotes preview={model.preview} />
        <DocumentView model={model} />
      </>
    );

  return (
    <div className="doc-screen">
      <PageRule orientation={model?.orientation ?? 'portrait'} pageLabel={pageLabel} />
      <DocumentToolbar
        model={model}
        lang={lang}
        pageLabel={pageLabel}
        onLanguage={setLanguage}
        onBack={back}
      />
      {/* A landscape sheet is wider than a 1024-pixel screen: it scrolls in its own box. */}
      <main className="doc-stage">{body}</main>
    </div>
  );
}
