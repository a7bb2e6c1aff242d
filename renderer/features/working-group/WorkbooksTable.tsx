import { Button, Group, Select, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { getDb } from '../../db/database';
import {
  listTerritoryWorkbooks,
  type TerritoryWorkbook,
} from '../../documents/territory-workbooks';
import { periodName } from '../monitoring/format';
import { PERIOD_KINDS, periodsOf, type PeriodChoice } from '../monitoring/period';
import { StatusBadges } from './StatusBadges';

const key = (c: PeriodChoice) => `${c.kind}-${c.year}-${c.part}`;

/** Saves one workbook of the list (exceljs in a Web Worker, as on the plan and monitoring screens). */
async function saveWorkbook(item: TerritoryWorkbook, lang: Language, choice: PeriodChoice) {
  if (item.kind === 'budgetWorkbook') {
    const { exportBudgetWorkbook } = await import('../plan/export-workbook');
    return exportBudgetWorkbook(item.id, lang);
  }
  const { exportExecutionWorkbook } = await import('../monitoring/export-execution');
  return exportExecutionWorkbook(item.id, choice, lang);
}

function WorkbookRow({ item, lang }: { item: TerritoryWorkbook; lang: Language }) {
  const { t } = useTranslation(['workbooks', 'monitoring']);
  const uiLanguage = useLanguage();
  const { startYear, endYear } = item.plan;
  const choices = PERIOD_KINDS.flatMap((kind) => periodsOf(kind, startYear, endYear));
  const [choice, setChoice] = useState<PeriodChoice>(choices[0]!);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await saveWorkbook(item, lang, choice);
      notifications.show({ message: t('workbooks:saved'), color: 'teal' });
    } catch (error) {
      console.error('workbook export from the documents list failed', error);
      notifications.show({ message: t('workbooks:failed'), color: 'red' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Table.Tr data-testid="workbook-item" data-kind={item.kind}>
      <Table.Td>
        <Text fw={500}>{t(`workbooks:kinds.${item.kind}`, item.params)}</Text>
        <Text size="sm" c="dimmed">
          {pickText(item.title, uiLanguage).text}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.date ? formatDate(item.date) : ''}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadges item={item} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {item.kind === 'executionWorkbook' && (
            <Select
              aria-label={t('workbooks:period')}
              size="xs"
              w={200}
              allowDeselect={false}
              value={key(choice)}
              data={choices.map((c) => ({ value: key(c), label: periodName(c, uiLanguage, t) }))}
              onChange={(value) => setChoice(choices.find((c) => key(c) === value) ?? choice)}
              data-testid="workbook-period"
            />
          )}
          <Button
            variant="light"
            size="xs"
            loading={busy}
            onClick={() => void save()}
            data-testid="workbook-save"
          >
            {t('workbooks:save')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The territory's Excel workbooks for finance, saved in the document language chosen above. */
export function WorkbooksTable({ territoryId, lang }: { territoryId: string; lang: Language }) {
  const { t } = useTranslation('workbooks');
  const items = useLiveQuery(() => listTerritoryWorkbooks(getDb(), territoryId), [territoryId]);
  if (!items?.length) return null;
  return (
    <>
      <Title order={3}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid="workbooks-table">
          <Table.Tbody>
            {items.map((item) => (
              <WorkbookRow key={`${item.kind}-${item.id}`} item={item} lang={lang} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
