import { Stack, Table } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { ActivityList } from './ActivityList';
import { HeadRow } from './parts';
import { moneyText, percentText, shareText } from './format';
import type { ActivityRow, MonitoringModel, PanelProps } from './model';
import { ProgressForm } from './ProgressForm';
import { realised } from '../../../shared/domain/monitoring/spending';

/** Progress rolled up per priority and objective, with the money of each priority. */
function RollUp({ model }: { model: MonitoringModel }) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  return (
    <Table withTableBorder fz="sm" data-testid="monitoring-rollup">
      <HeadRow
        labels={[
          t('rollup.item'),
          t('rollup.progress'),
          t('spending.planned'),
          t('spending.cumulative'),
          t('spending.realised'),
        ]}
      />
      <Table.Tbody>
        {model.priorities.map((p) => {
          const progress = model.progress.byPriority.get(p.priority.id);
          if (progress === undefined) return null;
          const figures = model.byPriority.get(p.priority.id);
          return (
            <Fragment key={p.priority.id}>
              <Table.Tr data-testid="rollup-priority">
                <Table.Td
                  fw={700}
                >{`${p.number}. ${pickText(p.priority.title, lang).text}`}</Table.Td>
                <Table.Td>{percentText(progress, lang)}</Table.Td>
                <Table.Td>{moneyText(figures?.planned ?? 0, lang)}</Table.Td>
                <Table.Td>{moneyText(figures?.cumulative ?? 0, lang)}</Table.Td>
                <Table.Td>{shareText(figures ? realised(figures) : null, lang)}</Table.Td>
              </Table.Tr>
              {p.objectives.map((o) => {
                const value = model.progress.byObjective.get(o.objective.id);
                return value === undefined ? null : (
                  <Table.Tr key={o.objective.id}>
                    <Table.Td pl="lg">{`${o.number}. ${pickText(o.objective.title, lang).text}`}</Table.Td>
                    <Table.Td>{percentText(value, lang)}</Table.Td>
                    <Table.Td colSpan={3} />
                  </Table.Tr>
                );
              })}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The activities with their schedule state, status, percent, dates and progress entries. */
export function ActivitiesPanel({ model, editable }: PanelProps) {
  const lang = useLanguage();
  const [editing, setEditing] = useState<ActivityRow | null>(null);
  return (
    <Stack>
      <RollUp model={model} />
      <ActivityList
        rows={model.activities}
        planId={model.plan.id}
        editable={editable}
        onEdit={setEditing}
      />
      {editing && (
        <ProgressForm
          planId={model.plan.id}
          row={editing}
          title={`${editing.node.number}. ${pickText(editing.node.activity.title, lang).text}`}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
