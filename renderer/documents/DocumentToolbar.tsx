import { Button, Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentModel } from '../../shared/documents/model';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../shared/languages';
import { platform } from '../platform';

interface Props {
  model: DocumentModel | null;
  lang: DocumentLanguage;
  pageLabel: string;
  onLanguage: (lang: DocumentLanguage) => void;
  onBack: () => void;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Document language, Print, Save as PDF, Save as Word, Back; hidden on paper. */
export function DocumentToolbar({ model, lang, pageLabel, onLanguage, onBack }: Props) {
  const { t } = useTranslation('documents');
  const [busy, setBusy] = useState<'word' | 'pdf' | 'print' | null>(null);

  // A document that says why it may not be printed yet (an unexplained variance) is not put out.
  const ready = model !== null && !model.refusal;

  const run = async (what: 'word' | 'pdf' | 'print', action: () => Promise<void>) => {
    if (!ready) return;
    setBusy(what);
    try {
      await action();
    } catch (error) {
      console.error(`document ${what} failed`, error);
      notifications.show({
        color: 'red',
        message: t('toolbar.saveFailed', { reason: reasonOf(error) }),
      });
    } finally {
      setBusy(null);
    }
  };

  const saveWord = () =>
    run('word', async () => {
      if (!model) return;
      const [{ documentToDocx }, { loadDocxFonts }] = await Promise.all([
        import('../export/docx-document'),
        import('../export/docx-fonts'),
      ]);
      const bytes = await documentToDocx(model, pageLabel, await loadDocxFonts());
      const result = await platform().saveBytes(bytes, `${model.fileName}.docx`, [
        { name: 'Word', extensions: ['docx'] },
      ]);
      if (result.saved) notifications.show({ color: 'teal', message: t('toolbar.wordSaved') });
    });

  const savePdf = () =>
    run('pdf', async () => {
      if (!model) return;
      if (platform().kind === 'browser') notifications.show({ message: t('toolbar.pdfHint') });
      await platform().savePdf(`${model.fileName}.pdf`);
    });

  const print = () =>
    run('print', async () => void (model && (await platform().printDocument(model.orientation))));

  return (
    <Group
      component="header"
      className="doc-toolbar"
      justify="space-between"
      wrap="nowrap"
      data-testid="document-toolbar"
    >
      <Group wrap="nowrap">
        <Button variant="default" onClick={onBack} data-testid="document-back">
          {t('toolbar.back')}
        </Button>
        <Select
          aria-label={t('toolbar.language')}
          data-testid="document-language"
          w={220}
          allowDeselect={false}
          value={lang}
          data={DOCUMENT_LANGUAGES.map((code) => ({
            value: code,
            label: t(`toolbar.languages.${code.replace('+', '')}`),
          }))}
          onChange={(value) => value && onLanguage(value as DocumentLanguage)}
        />
      </Group>
      <Group wrap="nowrap">
        <Button
          onClick={print}
          loading={busy === 'print'}
          disabled={!ready}
          data-testid="document-print"
        >
          {t('toolbar.print')}
        </Button>
        <Button
          variant="light"
          onClick={savePdf}
          loading={busy === 'pdf'}
          disabled={!ready}
          data-testid="document-pdf"
        >
          {t('toolbar.savePdf')}
        </Button>
        <Button
          variant="light"
          onClick={saveWord}
          loading={busy === 'word'}
          disabled={!ready}
          data-testid="document-word"
        >
          {t('toolbar.saveWord')}
        </Button>
      </Group>
    </Group>
  );
}
