/*
 * «Закрытие цикла»: per activity continue / modify / stop with a reason, lessons learned, the
 * priorities proposed to the next priorities assessment as unresolved; then «Начать следующий
 * цикл». Once the next cycle is started the closure is shown read-only with a link to the draft.
 */
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  carriedIntoNextCycle,
  CYCLE_DECISIONS,
  proposedDecision,
} from '../../../shared/domain/monitoring/cycle';
import {
  cycleClosureInputSchema,
  type CycleClosure,
  type CycleClosureInput,
} from '../../../shared/schemas/assessment';
import { priorityKey } from '../../../shared/domain/monitoring/assessment';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import {
  MultiSelectField,
  SelectField,
  TextareaField,
  TextField,
} from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { saveClosure } from '../../db/monitoring/cycle';
import { priorityAssessments } from './assessment-model';
import type { PanelProps } from './model';
import { NextCycleDialog } from './NextCycleDialog';
import { HeadRow } from './parts';
import type { AssessmentData } from './useAssessment';

/** The closure as the form's values: the stored decisions, else the proposed ones. */
function closureDefaults(
  model: PanelProps['model'],
  data: AssessmentData,
  closure: CycleClosure | undefined,
): CycleClosureInput {
  const stored = new Map(closure?.decisions.map((d) => [d.activityKey, d]));
  return {
    decisions: model.activities.map((a) => {
      const known = stored.get(a.key);
      return {
        activityKey: a.key,
        decision: known?.decision ?? proposedDecision(a.status),
        reason: known?.reason ?? (a.status === 'cancelled' ? (a.progress?.reason ?? '') : ''),
      };
    }),
    lessons: closure?.lessons ?? '',
    unresolvedKeys:
      closure?.unresolvedKeys ??
      priorityAssessments(model, data.assessments)
        .filter((r) => r.unresolved)
        .map((r) => r.key),
  };
}

export function ClosingPanel({ model, editable, data }: PanelProps & { data: AssessmentData }) {
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  const [starting, setStarting] = useState(false);
  const { closure, nextPlan } = data;
  const started = Boolean(closure?.nextPlanId);
  const form = useZodForm(cycleClosureInputSchema, closureDefaults(model, data, closure));
  const decisions = form.watch('decisions');
  const priorities = model.priorities.map((p) => ({
    value: priorityKey(p.priority),
    label: `${p.number}. ${pickText(p.priority.title, lang).text}`,
  }));
  const readOnly = !editable || started;
  const shown = new Set(model.activities.map((a) => a.key));
  const carried = (closure?.decisions ?? []).filter((d) => carriedIntoNextCycle(d.decision));
  return (
    <Stack data-testid="closing-panel">
      <Text size="sm" c="dimmed">
        {t('closing.intro')}
      </Text>
      {started && (
        <Alert color="teal" data-testid="next-cycle-started">
          <Group justify="space-between">
            <Text size="sm">
              {t('closing.started', {
                title: nextPlan ? pickText(nextPlan.title, lang).text : '',
              })}
            </Text>
            {nextPlan && (
              <Button
                component={Link}
                href={`/plan/${nextPlan.id}`}
                size="xs"
                data-testid="next-cycle-open"
              >
                {t('closing.openDraft')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <FormFrame
          form={form}
          variant="inline"
          autoFocus={false}
          onSubmit={(input: CycleClosureInput) =>
            saveClosure(model.plan.id, {
              ...input,
              decisions: [
                ...input.decisions.map((d) => (d.reason ? d : { ...d, reason: undefined })),
                ...(closure?.decisions ?? []).filter((d) => !shown.has(d.activityKey)),
              ],
              lessons: input.lessons || undefined,
            })
          }
          submitLabel={t('closing.save')}
          submitDisabled={readOnly}
          submitTestId="closing-save"
          testId="closing-form"
        >
          <Table withTableBorder fz="sm" data-testid="closing-activities">
            <HeadRow
              labels={[
                t('closing.activity'),
                t('closing.status'),
                t('closing.decision'),
                t('closing.reason'),
              ]}
            />
            <Table.Tbody>
              {model.activities.map((a, i) => (
                <Table.Tr key={a.key} data-testid="closing-row" data-key={a.key}>
                  <Table.Td>{`${a.node.number}. ${pickText(a.node.activity.title, lang).text}`}</Table.Td>
                  <Table.Td>{t(`monitoring:status.${a.status}`)}</Table.Td>
                  <Table.Td w={190}>
                    <SelectField
                      control={form.control}
                      name={`decisions.${i}.decision`}
                      data={CYCLE_DECISIONS.map((d) => ({ value: d, label: t(`decision.${d}`) }))}
                      testId="closing-decision"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextField
                      control={form.control}
                      name={`decisions.${i}.reason`}
                      required={decisions[i]?.decision !== 'continue'}
                      maxLength={2000}
                      testId="closing-reason"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <TextareaField
            control={form.control}
            name="lessons"
            label={t('closing.lessons')}
            minRows={3}
            maxLength={8000}
            testId="closing-lessons"
          />
          <MultiSelectField
            control={form.control}
            name="unresolvedKeys"
            label={t('closing.unresolved')}
            description={t('closing.unresolvedHint')}
            data={priorities}
            testId="closing-unresolved"
          />
        </FormFrame>
      </fieldset>
      {editable && !started && (
        <Group>
          <Button
            onClick={() => setStarting(true)}
            disabled={!closure || form.formState.isDirty}
            data-testid="next-cycle-start-button"
          >
            {t('closing.startNext')}
          </Button>
          <Text size="sm" c="dimmed">
            {closure ? t('closing.startHint') : t('closing.saveFirst')}
          </Text>
        </Group>
      )}
      {starting && (
        <NextCycleDialog
          plan={model.plan}
          carried={carried.length}
          onClose={() => setStarting(false)}
        />
      )}
    </Stack>
  );
}
