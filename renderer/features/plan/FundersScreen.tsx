import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  FUNDER_TYPES,
  funderInputSchema,
  type Funder,
  type FunderInput,
} from '../../../shared/schemas/plan';
import { errorText } from '../../app/errors';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { createFunder, deleteFunder, updateFunder } from '../../db/funders';
import { errorMessage, text, uiLanguage } from './format';
import { useFunders } from './usePlans';

function FunderForm({ funder, onClose }: { funder?: Funder; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const [value, setValue] = useState<FunderInput>(funder ?? { name: {}, type: 'international' });
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const check = funderInputSchema.safeParse(value);
  const issue = (field: string) =>
    shown && !check.success
      ? errorText(t, check.error.issues.find((i) => i.path[0] === field)?.message)
      : undefined;
  return (
    <Modal opened onClose={onClose} title={t('funders.title')} size="lg">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setShown(true);
          if (!check.success) return;
          try {
            await (funder ? updateFunder(funder.id, check.data) : createFunder(check.data));
            onClose();
          } catch (error) {
            setFailure(errorMessage(t, error));
          }
        }}
      >
        <Stack gap="sm">
          <LocalizedTextInput
            label={t('funders.name')}
            required
            value={value.name}
            onChange={(name) => setValue({ ...value, name })}
            error={issue('name')}
            testId="funder-name"
          />
          <Select
            label={t('funders.type')}
            allowDeselect={false}
            value={value.type}
            data={FUNDER_TYPES.map((type) => ({ value: type, label: t(`funders.types.${type}`) }))}
            onChange={(type) => type && setValue({ ...value, type: type as FunderInput['type'] })}
            data-testid="funder-type"
          />
          <TextInput
            label={t('funders.contact')}
            value={value.contact ?? ''}
            onChange={(e) => setValue({ ...value, contact: e.currentTarget.value })}
            error={issue('contact')}
            data-testid="funder-contact"
          />
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" data-testid="funder-save">
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The global funder register: add, edit, delete (refused while a budget line names the funder). */
export function FundersScreen() {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
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
        <Table striped withTableBorder data-testid="funders-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('funders.name')}</Table.Th>
              <Table.Th>{t('funders.type')}</Table.Th>
              <Table.Th>{t('funders.contact')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
          </Table.Tbody>
        </Table>
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
