import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lineProblems,
  lineTotal,
  sharesFromPercents,
  SOURCES,
  sumShares,
  type Source,
} from '../../../shared/domain/budget';
import {
  budgetLineInputSchema,
  yearProblem,
  type BudgetLine,
  type BudgetLineInput,
  type Plan,
} from '../../../shared/schemas/plan';
import { errorText } from '../../app/errors';
import { IntegerInput } from '../../components/IntegerInput';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { errorMessage, money, text, uiLanguage } from './format';
import { draftToInput, lineToDraft, sharesText, type LineDraft } from './line-input';
import { useFunders } from './usePlans';

interface Props {
  plan: Plan;
  line?: BudgetLine;
  onClose: () => void;
  onSave: (input: BudgetLineInput) => Promise<unknown>;
}

/** One budget line: item, unit, quantity × unit cost, year, code, shares per source with funders; live total and unfunded. */
export function LineForm({ plan, line, onClose, onSave }: Props) {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  const funders = useFunders() ?? [];
  const [draft, setDraft] = useState<LineDraft>(() => lineToDraft(line, plan.startYear));
  const [percents, setPercents] = useState<Partial<Record<Source, number>>>({});
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const input = draftToInput(draft);
  const check = budgetLineInputSchema.safeParse(input);
  const periodIssue = yearProblem(draft.year, plan);
  const issue = (field: string) => {
    if (!shown) return undefined;
    if (field === 'year' && periodIssue) return t(periodIssue);
    return check.success
      ? undefined
      : errorText(t, check.error.issues.find((i) => i.path[0] === field)?.message);
  };
  const amountsOk =
    Number.isSafeInteger(input.quantityMilli) &&
    Number.isSafeInteger(input.unitCostTyiyn) &&
    !lineProblems({ ...input, shares: { localBudget: 0, business: 0, donors: 0, residents: 0 } })
      .length;
  const total = amountsOk ? lineTotal(input.quantityMilli, input.unitCostTyiyn) : null;
  const funded = SOURCES.every((s) => Number.isSafeInteger(input.shares[s]))
    ? sumShares(input.shares)
    : null;
  const set = (patch: Partial<LineDraft>) => setDraft({ ...draft, ...patch });
  const funderOptions = funders.map((f) => ({ value: f.id, label: text(f.name, lang) }));

  return (
    <Modal opened onClose={onClose} title={t('line.title')} size="xl">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setShown(true);
          if (!check.success || periodIssue) return;
          try {
            await onSave(check.data);
            onClose();
          } catch (error) {
            setFailure(errorMessage(t, error));
          }
        }}
      >
        <Stack gap="sm">
          <LocalizedTextInput
            label={t('fields.item')}
            required
            value={draft.item}
            onChange={(item) => set({ item })}
            error={issue('item')}
            testId="line-item"
          />
          <SimpleGrid cols={4}>
            <LocalizedTextInput
              label={t('fields.unit')}
              required
              value={draft.unit}
              onChange={(unit) => set({ unit })}
              error={issue('unit')}
              testId="line-unit"
            />
            <TextInput
              label={t('fields.quantity')}
              required
              inputMode="decimal"
              value={draft.quantity}
              onChange={(e) => set({ quantity: e.currentTarget.value })}
              error={issue('quantityMilli')}
              data-testid="line-quantity"
            />
            <TextInput
              label={t('fields.unitCost')}
              required
              inputMode="decimal"
              value={draft.unitCost}
              onChange={(e) => set({ unitCost: e.currentTarget.value })}
              error={issue('unitCostTyiyn')}
              data-testid="line-unit-cost"
            />
            <IntegerInput
              label={t('fields.year')}
              required
              value={draft.year}
              onChange={(year) => set({ year })}
              error={issue('year')}
              testId="line-year"
            />
          </SimpleGrid>
          <Alert
            color={total !== null && funded !== null && total - funded > 0 ? 'orange' : 'teal'}
            data-testid="line-live"
          >
            {total === null || funded === null
              ? '—'
              : t('line.liveTotal', {
                  total: money(total, lang),
                  unfunded: money(Math.max(0, total - funded), lang),
                })}
          </Alert>
          <SimpleGrid cols={2}>
            {SOURCES.map((source) => (
              <Stack key={source} gap={4}>
                <TextInput
                  label={t('line.shareOf', { source: t(`sources.${source}`) })}
                  inputMode="decimal"
                  value={draft.shares[source]}
                  onChange={(e) =>
                    set({ shares: { ...draft.shares, [source]: e.currentTarget.value } })
                  }
                  data-testid={`line-share-${source}`}
                />
                <MultiSelect
                  aria-label={`${t(`sources.${source}`)} — ${t('fields.funders')}`}
                  placeholder={t('fields.funders')}
                  data={funderOptions}
                  value={draft.funderIds[source]}
                  onChange={(ids) => set({ funderIds: { ...draft.funderIds, [source]: ids } })}
                  searchable
                  data-testid={`line-funders-${source}`}
                />
              </Stack>
            ))}
          </SimpleGrid>
          {shown && !check.success && check.error.issues.some((i) => i.path[0] === 'shares') && (
            <Text c="red" size="sm" role="alert" data-testid="line-shares-error">
              {issue('shares')}
            </Text>
          )}
          <Group align="flex-end">
            <Text size="sm">{t('line.percentHelper')}</Text>
            {SOURCES.map((source) => (
              <NumberInput
                key={source}
                w={110}
                size="xs"
                label={t(`sources.${source}`)}
                suffix="%"
                min={0}
                max={100}
                decimalScale={2}
                value={percents[source] ?? ''}
                onChange={(v) =>
                  setPercents({ ...percents, [source]: typeof v === 'number' ? v : undefined })
                }
              />
            ))}
            <Button
              size="xs"
              variant="default"
              disabled={total === null || SOURCES.reduce((s, k) => s + (percents[k] ?? 0), 0) > 100}
              onClick={() =>
                total !== null && set({ shares: sharesText(sharesFromPercents(total, percents)) })
              }
            >
              {t('line.apply')}
            </Button>
          </Group>
          <Group grow>
            <TextInput
              label={t('fields.classificationCode')}
              value={draft.classificationCode}
              onChange={(e) => set({ classificationCode: e.currentTarget.value })}
              error={issue('classificationCode')}
              data-testid="line-code"
            />
            <Checkbox
              mt="lg"
              label={t('fields.inKind')}
              checked={draft.residentsInKind}
              onChange={(e) => set({ residentsInKind: e.currentTarget.checked })}
              data-testid="line-in-kind"
            />
          </Group>
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" data-testid="line-save">
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
