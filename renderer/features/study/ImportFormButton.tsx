import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFromSheets, type XlsForm } from '../../../shared/domain/study/import/xlsform';
import { readWorkbookSheets } from './import/import-client';

/** The survey's XLSForm attached to the import: load it, see it is there, remove it. */
export function ImportFormButton({
  form,
  onChange,
}: {
  form: XlsForm | null;
  onChange: (form: XlsForm | null) => void;
}) {
  const { t } = useTranslation('studyImport');
  const [error, setError] = useState<string | null>(null);
  const load = async (file: File | null) => {
    if (!file) return;
    setError(null);
    try {
      // Read in the import worker, with the reader's limits: the page never blocks on a file.
      const sheets = await readWorkbookSheets(file, ['survey', 'choices'], { profile: 'survey' });
      onChange(formFromSheets(sheets));
    } catch (e) {
      const code = (e as Error).message;
      setError(t(`formError.${code}`, { defaultValue: t('formError.unreadable') }));
    }
  };
  return (
    <>
      <Group>
        {/* The input is made on click and never mounted: the page keeps one file input (the
            export's), and the form's chooser opens only when asked for. */}
        <Button
          variant="default"
          data-testid="import-form-pick"
          onClick={() => {
            const input = document.createElement('input');
            input.type = 'file';
            input.accept =
              '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
            input.onchange = () => void load(input.files?.[0] ?? null);
            input.click();
          }}
        >
          {t('formButton')}
        </Button>
        {form && (
          <>
            <Text size="sm" data-testid="import-form-loaded">
              {t('formLoaded', { count: form.questions.length })}
            </Text>
            <Button size="compact-sm" variant="subtle" onClick={() => onChange(null)}>
              {t('formRemove')}
            </Button>
          </>
        )}
      </Group>
      {error && (
        <Alert color="red" data-testid="import-form-error">
          {error}
        </Alert>
      )}
    </>
  );
}
