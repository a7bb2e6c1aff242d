import { ActionIcon, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { FUNDER_TYPES, funderInputSchema, type Funder } from '../../../shared/schemas/plan';
import { useLanguage } from '../../app/useLanguage';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormFrame } from '../../components/form/FormFrame';
import { SelectField, TextField } from '../../components/form/fields';
import { useZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { createFunder, deleteFunder, updateFunder } from '../../db/funders';
import { errorMessage, text } from './format';
import { useFunders } from './usePlans';
import { DataTable } from '../../components/DataTable';

function FunderForm({ funder, onClose }: { funder?: Funder; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const form = useZodForm(funderInputSchema, funder ?? { name: {}, type: 'international' });
  return (
    <FormFrame
      form={form}
      title={t('funders.title')}
      onClose={onClose}
      onSubmit={(input) => (funder ? updateFunder(funder.id, input) : createFunder(input))}
      submitTestId="funder-save"
    >
      <LocalizedTextField
        control={form.control}
        name="name"
        label={t('funders.name')}
        required
        testId="funder-name"
      />
      <SelectField
        control={form.control}
        name="type"
        label={t('funders.type')}
        data={FUNDER_TYPES.map((type) => ({ value: type, label: t(`funders.types.${type}`) }))}
        testId="funder-type"
      />
      <TextField
        control={form.control}
        name="contact"
        label={t('funders.contact')}
        testId="funder-contact"
      />
    </FormFrame>
  );
}

/** The global funder register: add, edit, delete (refused while a budget line names the funder). */
export function FundersScreen() {
  const { t } = useTranslation('plan');
  const lang = useLanguage();
  const funders = useFunders();
  const [editing, setEditing] = useState<Funder | 'new' | null>(null);
  return (
    <Stack maw={1000}>
      <Anchor component={Link} href="/plan" size="sm">{`← ${t('editor.back')}`}</Anchor>
      <Group justify="space-between">
        <Title order={2}>{t('funders.title')}</Title>
        <Button onClick={() => setEditing('new')} data-testid="funder-add">
          {t('funders.add')}
        </Button>
      </Group>
      <Text size="sm">{t('funders.intro')}</Text>
      {funders?.length === 0 && <Text c="dimmed">{t('funders.empty')}</Text>}
      {funders && funders.length > 0 && (
        <DataTable
          striped
          withTableBorder
          data-testid="funders-table"
          head={[t('funders.name'), t('funders.type'), t('funders.contact'), null]}
        >
          {funders.map((funder) => (
            <Table.Tr key={funder.id} data-testid="funder-row">
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{text(funder.name, lang)}</Table.Td>
              <Table.Td>{t(`funders.types.${funder.type}`)}</Table.Td>
              <Table.Td>{funder.contact}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('editor.edit')}
                    onClick={() => setEditing(funder)}
                  >
                    ✎
                  </ActionIcon>
                  <ConfirmButton
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    question={t('funders.deleteConfirm', { name: text(funder.name, lang) })}
                    onConfirm={async () => {
                      try {
                        await deleteFunder(funder.id);
                      } catch (error) {
                        notifications.show({ message: errorMessage(t, error), color: 'red' });
                      }
                    }}
                  >
                    ✕
                  </ConfirmButton>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {editing && (
        <FunderForm
          funder={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
