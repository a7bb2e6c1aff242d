import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useFieldArray, type Control, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type DocumentRef } from '../../../shared/schemas/monitoring';
import { DateField } from '../../components/DateInput';
import { SelectField, TextField } from '../../components/form/fields';

type WithDocuments = FieldValues & { documents: DocumentRef[] };

/** The documents of a progress entry: type, number, date and a note each; added and removed. */
export function DocumentsField<T extends WithDocuments, O>({
  control,
}: {
  control: Control<T, unknown, O>;
}) {
  const { t } = useTranslation('monitoring');
  // The generic form's paths are not known here: bind as the documents' own form.
  const typed = control as unknown as Control<WithDocuments, unknown, WithDocuments>;
  const { fields, append, remove } = useFieldArray({ control: typed, name: 'documents' });
  const types = DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`documentType.${type}`) }));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('entries.documents')}
      </Text>
      {fields.map((item, i) => (
        <Paper key={item.id} withBorder p="xs" data-testid="entry-document">
          <Group align="flex-end" wrap="wrap" gap="xs">
            <SelectField
              control={typed}
              name={`documents.${i}.type`}
              label={t('document.type')}
              data={types}
              testId={`entry-document-type-${i}`}
            />
            <TextField
              control={typed}
              name={`documents.${i}.number`}
              label={t('document.number')}
              maxLength={50}
              testId={`entry-document-number-${i}`}
            />
            <DateField
              control={typed}
              name={`documents.${i}.date`}
              label={t('document.date')}
              optional
              testId={`entry-document-date-${i}`}
            />
            <TextField
              control={typed}
              name={`documents.${i}.note`}
              label={t('document.note')}
              maxLength={500}
              testId={`entry-document-note-${i}`}
            />
            <Button variant="subtle" color="red" onClick={() => remove(i)}>
              {t('entries.removeDocument')}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => append({ type: 'actOfWorks', number: '', note: '' })}
          data-testid="entry-document-add"
        >
          {t('entries.addDocument')}
        </Button>
      </Group>
    </Stack>
  );
}
