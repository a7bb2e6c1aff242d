/* «Оценка»: per priority, carried out as planned and did the problem decline, with its conclusion. */
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displacementText } from '../../../shared/documents/assessment-texts';
import { formatDate } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { AssessmentForm } from './AssessmentForm';
import { priorityAssessments, type PriorityAssessmentRow } from './assessment-model';
import { shareText } from './format';
import type { PanelProps } from './model';
import { OutcomesTable } from './OutcomesTable';
import type { AssessmentData } from './useAssessment';

const ANSWER_COLOR = { yes: 'teal', partly: 'yellow', no: 'red' } as const;

/** One priority's card: the proposal, the stored answer, the outcomes, displacement, conclusion. */
function PriorityCard({
  row,
  editable,
  onEdit,
}: {
  row: PriorityAssessmentRow;
  editable: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  const { stored } = row;
  return (
    <Card withBorder data-testid="assessment-card" data-key={row.key}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text
            fw={700}
          >{`${row.node.number}. ${pickText(row.node.priority.title, lang).text}`}</Text>
          {stored?.frozenByReportId ? (
            <Badge color="gray" data-testid="assessment-frozen">
              {t('frozen', { date: formatDate(stored.frozenAt!.slice(0, 10)) })}
            </Badge>
          ) : (
            editable && (
              <Button size="xs" variant="light" onClick={onEdit} data-testid="assessment-edit">
                {stored ? t('edit') : t('assess')}
              </Button>
            )
          )}
        </Group>
        <Text size="sm" c="dimmed" data-testid="assessment-proposal">
          {t('proposal', {
            answer: t(`answer.${row.proposed}`),
            done: row.activities.filter((a) => a.status === 'done').length,
            all: row.activities.length,
            spent: shareText(row.realised, lang),
          })}
        </Text>
        {stored ? (
          <>
            <Group gap="xs">
              <Text size="sm">{t('form.implementation')}</Text>
              <Badge color={ANSWER_COLOR[stored.implementation]} data-testid="assessment-answer">
                {t(`answer.${stored.implementation}`)}
              </Badge>
              {stored.implementation !== row.proposed && (
                <Text size="xs" c="dimmed">
                  {t('overridden')}
                </Text>
              )}
            </Group>
            {stored.implementationNote && <Text size="sm">{stored.implementationNote}</Text>}
            <OutcomesTable rows={stored.outcomes} testId="assessment-outcomes" />
            <Text size="sm" data-testid="assessment-displacement">
              {`${t('form.displacement')}: ${displacementText(stored.displacement, lang)}`}
            </Text>
            <Text data-testid="assessment-conclusion-text">{stored.conclusion}</Text>
          </>
        ) : (
          <Text size="sm" c="orange" data-testid="assessment-missing">
            {t('missing')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The assessment tab of a plan's monitoring screen. */
export function AssessmentPanel({ model, editable, data }: PanelProps & { data: AssessmentData }) {
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  const [editing, setEditing] = useState<PriorityAssessmentRow | null>(null);
  const rows = priorityAssessments(model, data.assessments);
  const { plan } = model;
  return (
    <Stack data-testid="assessment-panel">
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      {rows.map((row) => (
        <PriorityCard key={row.key} row={row} editable={editable} onEdit={() => setEditing(row)} />
      ))}
      {editing && (
        <AssessmentForm
          planId={plan.id}
          territoryId={plan.territoryId}
          priorityKey={editing.key}
          problemCode={editing.node.priority.problemCode}
          title={`${t('title')}: ${editing.node.number}. ${pickText(editing.node.priority.title, lang).text}`}
          proposed={editing.proposed}
          stored={editing.stored}
          data={data}
          years={[plan.startYear - 3, plan.endYear + 1]}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
