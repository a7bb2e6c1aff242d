import { Alert, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { lineTotal, quantityValue } from '../../../shared/domain/budget';
import { formatNumber } from '../../../shared/format';
import {
  MAX_PASTED_LINES,
  PASTE_COLUMNS,
  pasteReady,
  readPastedLines,
  type PastedLine,
  type PasteTarget,
} from '../../../shared/domain/pasted-lines';
import type { Activity, Plan } from '../../../shared/schemas/plan';
import { errorText } from '../../app/errors';
import { useLanguage } from '../../app/useLanguage';
import { DataTable } from '../../components/DataTable';
import { TextareaField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { NumberField } from '../../components/IntegerInput';
import { addLines } from '../../db/plan-lines';
import { money, text } from './format';

const schema = z.object({ text: z.string(), year: z.number({ error: 'errors:required' }) });

const TARGET_LABELS: Record<PasteTarget, string> = {
  item: 'plan:fields.item',
  unit: 'plan:fields.unit',
  quantity: 'plan:fields.quantity',
  unitCost: 'plan:fields.unitCost',
  localBudget: 'plan:sources.localBudget',
  business: 'plan:sources.business',
  donors: 'plan:sources.donors',
  residents: 'plan:sources.residents',
  shares: 'budgetEntry:shares',
  year: 'budgetEntry:yearLabel',
  row: 'budgetEntry:row',
};

interface Props {
  plan: Plan;
  activity: Activity;
  onClose: () => void;
}

/** Lines pasted from Excel into one activity: a preview with each row's problems, nothing written until confirmed. */
export function PasteLinesDialog({ plan, activity, onClose }: Props) {
  const { t } = useTranslation('budgetEntry');
  const lang = useLanguage();
  const form = useZodForm(schema, { text: '', year: plan.startYear });
  const [pasted, year] = form.watch(['text', 'year']);
  const reading = useMemo(
    () =>
      readPastedLines(pasted ?? '', {
        lang,
        year: Number.isFinite(year) ? year : Number.NaN,
        plan,
        defaultFunderIds: activity.defaultFunderIds,
      }),
    [pasted, year, lang, plan, activity.defaultFunderIds],
  );
  const ready = pasteReady(reading);
  const inputs = reading.lines.flatMap((line) => (line.input ? [line.input] : []));
  const total = inputs.reduce((sum, l) => sum + lineTotal(l.quantityMilli, l.unitCostTyiyn), 0);
  const withProblems = reading.lines.filter((line) => line.problems.length > 0).length;
  const header = (column: PasteTarget) => t(TARGET_LABELS[column]);

  return (
    <FormFrame
      form={form}
      title={t('pasteTitle', { activity: text(activity.title, lang).slice(0, 120) })}
      size="100%"
      onClose={onClose}
      submitLabel={t('addRows', { count: inputs.length })}
      submitDisabled={!ready}
      submitTestId="paste-confirm"
      testId="paste-dialog"
      onSubmit={async () => {
        if (!ready) throw new Error('budgetEntry:fixRows');
        const added = await addLines(activity.id, inputs);
        notifications.show({ message: t('added', { count: added.length }), color: 'teal' });
      }}
    >
      <Text size="sm">{t('pasteHint')}</Text>
      <TextareaField
        control={form.control}
        name="text"
        label={t('pasteArea')}
        minRows={4}
        testId="paste-text"
      />
      <NumberField
        control={form.control}
        name="year"
        label={t('pasteYear')}
        w={140}
        testId="paste-year"
      />
      <Stack gap="xs" data-testid="paste-preview">
        {reading.header && <Text size="sm">{t('headerSkipped')}</Text>}
        {reading.tooMany ? (
          <Alert color="red">{t('tooMany', { max: MAX_PASTED_LINES })}</Alert>
        ) : reading.lines.length === 0 ? (
          <Text c="dimmed">{t('nothingPasted')}</Text>
        ) : (
          <>
            <Text fw={700} data-testid="paste-summary">
              {t('rowsReady', { count: inputs.length, total: money(total, lang) })}
            </Text>
            {withProblems > 0 && (
              <Alert color="red" data-testid="paste-problems">
                {t('rowsWithProblems', { count: withProblems })}
              </Alert>
            )}
            <DataTable
              fz="xs"
              head={[t('row'), ...PASTE_COLUMNS.map(header), t('plan:fields.total'), t('problems')]}
            >
              {reading.lines.map((line) => (
                <PreviewRow key={line.row} line={line} header={header} />
              ))}
            </DataTable>
          </>
        )}
      </Stack>
    </FormFrame>
  );
}

function PreviewRow({ line, header }: { line: PastedLine; header: (c: PasteTarget) => string }) {
  const { t } = useTranslation('budgetEntry');
  const lang = useLanguage();
  const input = line.input;
  const shown = (column: (typeof PASTE_COLUMNS)[number], index: number) => {
    if (!input) return line.cells[index] ?? '';
    if (column === 'item' || column === 'unit') return text(input[column], lang);
    if (column === 'quantity') return formatNumber(quantityValue(input.quantityMilli), lang, 3);
    if (column === 'unitCost') return money(input.unitCostTyiyn, lang);
    return money(input.shares[column], lang);
  };
  const bad = new Set(line.problems.map((p) => p.target));
  return (
    <Table.Tr data-testid="paste-row" data-problem={line.problems.length > 0 || undefined}>
      <Table.Td>{line.row}</Table.Td>
      {PASTE_COLUMNS.map((column, i) => (
        <Table.Td
          key={column}
          c={bad.has(column) ? 'red' : undefined}
          ta={i < 2 ? undefined : 'right'}
          style={{ whiteSpace: i < 2 ? 'pre-wrap' : 'nowrap' }}
        >
          {shown(column, i)}
        </Table.Td>
      ))}
      <Table.Td>
        {input ? money(lineTotal(input.quantityMilli, input.unitCostTyiyn), lang) : ''}
      </Table.Td>
      <Table.Td c="red" data-testid="paste-row-problems">
        {line.problems.map((p) => `${header(p.target)}: ${errorText(t, p.message)}`).join('; ')}
      </Table.Td>
    </Table.Tr>
  );
}
