/*
 * What the preview tells the clerk before printing (issue 17, points 4 and 5): the texts that
 * lack the document's language, each with a field to type the translation in place, and
 * warnings such as a working group without a chair. Hidden on paper.
 */
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPreview } from '../../shared/documents/model';
import type { MissingText } from '../../shared/documents/texts';
import type { Language } from '../../shared/languages';
import { ValidationError } from '../db/repository';
import { fillableInPlace, fillTranslation } from './fill-translation';

/** `agenda.<id>.heard` → `agenda_heard`: the label key of a field. */
function fieldKey(field: string): string {
  return field
    .replace(/^agenda\.[^.]+\./, 'agenda.')
    .replace(/^criteria\..*/, 'title')
    .replace('.', '_');
}

function MissingItem({ item }: { item: MissingText }) {
  const { t } = useTranslation(['paper', 'plan', 'workingGroup', 'errors']);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Partial<Record<Language, string>>>({});
  const [busy, setBusy] = useState(false);
  const { source } = item;

  const save = async () => {
    setBusy(true);
    try {
      for (const lang of item.missing) {
        const text = values[lang]?.trim();
        if (text) await fillTranslation(source, lang, text);
      }
      notifications.show({ color: 'teal', message: t('paper:preview.saved') });
      setOpen(false);
    } catch (error) {
      const message =
        error instanceof ValidationError
          ? error.issues.map((issue) => t(issue.message)).join(' ')
          : String(error);
      notifications.show({ color: 'red', message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={4} data-testid="missing-item" data-kind={source.kind} data-field={source.field}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            {t('paper:preview.field', {
              kind: t(`paper:preview.kinds.${source.kind}`),
              field: t(`paper:preview.fields.${fieldKey(source.field)}`),
            })}
          </Text>
          <Text size="sm">{item.text}</Text>
        </div>
        {fillableInPlace(source) ? (
          !open && (
            <Button
              size="xs"
              variant="light"
              onClick={() => setOpen(true)}
              data-testid="missing-fill"
            >
              {t('paper:preview.fill')}
            </Button>
          )
        ) : (
          <Anchor size="sm" href="#/priorities">
            {t('paper:preview.openScreen')}
          </Anchor>
        )}
      </Group>
      {open && (
        <Group align="flex-end" wrap="nowrap">
          {item.missing.map((lang) => (
            <TextInput
              key={lang}
              style={{ flex: 1 }}
              label={t(`paper:preview.languages.${lang}`)}
              lang={lang}
              value={values[lang] ?? ''}
              onChange={(event) => setValues({ ...values, [lang]: event.currentTarget.value })}
              data-testid={`missing-input-${lang}`}
              autoFocus={lang === item.missing[0]}
            />
          ))}
          <Button size="sm" onClick={save} loading={busy} data-testid="missing-save">
            {t('paper:preview.save')}
          </Button>
          <Button size="sm" variant="default" onClick={() => setOpen(false)}>
            {t('paper:preview.cancel')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The preview's notes above the sheet; nothing when there is nothing to put right. */
export function PreviewNotes({ preview }: { preview: DocumentPreview | undefined }) {
  const { t } = useTranslation('paper');
  if (!preview || (preview.missing.length === 0 && preview.warnings.length === 0)) return null;
  const languages = [...new Set(preview.missing.flatMap((m) => m.missing))]
    .map((lang) => t(`preview.languages.${lang}`))
    .join(', ');
  return (
    <Paper className="doc-notes no-print" withBorder p="md" data-testid="preview-notes">
      <Stack gap="sm">
        {preview.warnings.length > 0 && (
          <Alert color="orange" title={t('preview.warningsTitle')}>
            <Stack gap={4}>
              {preview.warnings.map((key) => (
                <Text size="sm" key={key} data-testid="preview-warning" data-warning={key}>
                  {t(`preview.warnings.${key}`)}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {preview.missing.length > 0 && (
          <Stack gap="xs" data-testid="preview-missing">
            <Title order={4}>{t('preview.missingTitle', { count: preview.missing.length })}</Title>
            <Text size="sm">{t('preview.missingIntro', { languages })}</Text>
            {preview.missing.map((item) => (
              <MissingItem
                key={`${item.source.kind}/${item.source.id}/${item.source.field}`}
                item={item}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
