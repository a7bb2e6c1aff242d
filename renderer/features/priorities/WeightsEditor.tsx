import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Slider,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addCriterion,
  setActive,
  setWeight,
  weightTotal,
  type Criterion,
} from '../../../shared/domain/priorities/criteria';
import type { Assessment } from '../../../shared/schemas/priorities';
import { updateAssessment } from '../../db/priorities';
import { criterionName } from './assessment-model';
import { useReportError } from './useReportError';
import { useLanguage } from '../../app/useLanguage';

/**
 * Criteria and weights. Every change goes through setWeight/setActive, which rebalance the other
 * weights, so what is stored always sums to 100. The slider previews while dragging and saves on
 * release; the number field saves on Enter or when it loses focus.
 */
export function WeightsEditor({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const report = useReportError();
  const [draft, setDraft] = useState<Criterion[]>(assessment.criteria);
  const [name, setName] = useState('');
  const [lower, setLower] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  useEffect(() => setDraft(assessment.criteria), [assessment.criteria]);

  const save = (criteria: Criterion[]) => {
    setDraft(criteria);
    void report(() => updateAssessment(assessment.id, { criteria }));
  };
  const activeCount = draft.filter((c) => c.active).length;

  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('weights.kept')}
      </Text>
      <Table withTableBorder data-testid="weights-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('weights.active')}</Table.Th>
            <Table.Th>{t('sensitivity.criterion')}</Table.Th>
            <Table.Th w={260} />
            <Table.Th w={110}>{t('weights.weight')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.map((criterion) => (
            <Table.Tr key={criterion.key} data-testid={`criterion-${criterion.key}`}>
              <Table.Td>
                <Switch
                  aria-label={`${t('weights.active')}: ${criterionName(criterion, t, lang)}`}
                  checked={criterion.active}
                  disabled={criterion.active && activeCount === 1}
                  title={
                    criterion.active && activeCount === 1 ? t('weights.lastActive') : undefined
                  }
                  data-testid={`active-${criterion.key}`}
                  onChange={(event) =>
                    save(setActive(draft, criterion.key, event.currentTarget.checked))
                  }
                />
              </Table.Td>
              <Table.Td>
                <Text fw={500}>{criterionName(criterion, t, lang)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`sources.${criterion.source}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Slider
                  aria-label={criterionName(criterion, t, lang)}
                  disabled={!criterion.active}
                  min={0}
                  max={100}
                  value={criterion.weight}
                  onChange={(value) => setDraft(setWeight(draft, criterion.key, value))}
                  onChangeEnd={(value) => save(setWeight(draft, criterion.key, value))}
                />
              </Table.Td>
              <Table.Td>
                <WeightInput
                  key={`${criterion.key}-${criterion.weight}`}
                  criterion={criterion}
                  onCommit={(value) => save(setWeight(draft, criterion.key, value))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text mt="xs" fw={600} data-testid="weights-total">
        {t('weights.total', { total: weightTotal(draft) })}
      </Text>
      <Group mt="md" align="flex-end">
        <TextInput
          label={t('weights.newName')}
          value={name}
          error={nameError}
          data-testid="criterion-new-name"
          onChange={(event) => {
            setName(event.currentTarget.value);
            setNameError(null);
          }}
        />
        <Checkbox
          label={t('weights.lowerBetter')}
          checked={lower}
          onChange={(event) => setLower(event.currentTarget.checked)}
          mb={8}
        />
        <Button
          variant="light"
          data-testid="criterion-add"
          onClick={() => {
            if (!name.trim()) return setNameError(t('errors.emptyName'));
            save(addCriterion(draft, { [lang]: name.trim() }, lower ? 'lower' : 'higher'));
            setName('');
          }}
        >
          {t('weights.add')}
        </Button>
      </Group>
    </>
  );
}

function WeightInput({
  criterion,
  onCommit,
}: {
  criterion: Criterion;
  onCommit: (value: number) => void;
}) {
  const [value, setValue] = useState<string | number>(criterion.weight);
  const commit = () => {
    const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
    if (Number.isFinite(number) && number !== criterion.weight) onCommit(number);
    else setValue(criterion.weight);
  };
  return (
    <NumberInput
      aria-label="%"
      disabled={!criterion.active}
      min={0}
      max={100}
      clampBehavior="strict"
      allowDecimal={false}
      allowNegative={false}
      value={value}
      onChange={setValue}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      data-testid={`weight-${criterion.key}`}
    />
  );
}
