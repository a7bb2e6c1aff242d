import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleState } from '../../../shared/domain/monitoring/schedule';
import { formatDate, formatTiming } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { HeadRow, LightButton } from './parts';
import { EntriesList } from './EntriesList';
import { moneyText, percentText, shareText } from './format';
import type { ActivityRow, MonitoringModel, PanelProps } from './model';
import { ProgressForm } from './ProgressForm';
import { realised } from '../../../shared/domain/monitoring/spending';

const SCHEDULE_COLORS: Record<ScheduleState, string> = {
  done: 'teal',
  closed: 'gray',
  overdue: 'red',
  dueThisQuarter: 'orange',
  later: 'blue',
  unscheduled: 'gray',
};

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

/** One activity's row: schedule state, status, percent, dates, and its entries when opened. */
const ActivityLine = memo(function ActivityLine({
  row,
  planId,
  editable,
  opened,
  onEdit,
  onToggle,
}: {
  row: ActivityRow;
  planId: string;
  editable: boolean;
  opened: boolean;
  onEdit: (row: ActivityRow) => void;
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const { activity } = row.node;
  const title = `${row.node.number}. ${pickText(activity.title, lang).text}`;
  const dates = [row.progress?.actualStart, row.progress?.actualEnd]
    .map((d) => (d ? formatDate(d) : '…'))
    .join(' – ');
  return (
    <>
      <Table.Tr data-testid="monitoring-activity" data-key={row.key}>
        <Table.Td>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {`${pickText(activity.responsible, lang).text} · ${formatTiming(activity.timing, lang)}`}
          </Text>
          {row.progress?.reason && (
            <Text size="xs" c="red" data-testid="activity-reason">
              {`${t('progress.reason')}: ${row.progress.reason}. ${t('progress.correctiveAction')}: ${row.progress.correctiveAction ?? ''}`}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Badge
            color={SCHEDULE_COLORS[row.schedule]}
            variant="light"
            data-testid="activity-schedule"
          >
            {t(`schedule.${row.schedule}`)}
          </Badge>
        </Table.Td>
        <Table.Td data-testid="activity-status">{t(`status.${row.status}`)}</Table.Td>
        <Table.Td data-testid="activity-percent">{percentText(row.percent, lang)}</Table.Td>
        <Table.Td>{row.progress ? dates : ''}</Table.Td>
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            {editable && (
              <LightButton onClick={() => onEdit(row)} testId="activity-progress-edit">
                {t('activities.setStatus')}
              </LightButton>
            )}
            <Button
              size="xs"
              variant="subtle"
              aria-expanded={opened}
              onClick={() => onToggle(row.key)}
              data-testid="activity-entries-toggle"
            >
              {t('activities.entries', { count: row.entries.length })}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      {opened && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <EntriesList planId={planId} row={row} editable={editable} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
});

/*
 * A priority's activities as one table. Off screen, the browser skips its style and layout
 * (content-visibility), so a plan of hundreds of activities opens at the cost of what is in view.
 */
const SECTION_STYLE = { contentVisibility: 'auto', containIntrinsicSize: 'auto 2400px' } as const;
/** The same column widths in every priority's table, so the sections line up. */
const COLUMN_WIDTHS = ['38%', '12%', '12%', '8%', '13%', '17%'];

/** The activities with their schedule state, status, percent, dates and progress entries. */
export function ActivitiesPanel({ model, editable }: PanelProps) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const [editing, setEditing] = useState<ActivityRow | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const toggle = useCallback((key: string) => setOpen((o) => (o === key ? null : key)), []);
  const sections = useMemo(() => {
    const byPriority = new Map<string, ActivityRow[]>();
    for (const row of model.activities) {
      const list = byPriority.get(row.priority.priority.id);
      if (list) list.push(row);
      else byPriority.set(row.priority.priority.id, [row]);
    }
    return [...byPriority.values()];
  }, [model.activities]);
  const labels = [
    t('activities.activity'),
    t('activities.schedule'),
    t('activities.status'),
    t('activities.percent'),
    t('activities.actual'),
    '',
  ];
  return (
    <Stack>
      <RollUp model={model} />
      <Stack gap="md" data-testid="monitoring-activities">
        {sections.map((rows) => (
          <div key={rows[0]!.priority.priority.id} style={SECTION_STYLE}>
            <Text fw={700} mb={4}>
              {`${rows[0]!.priority.number}. ${pickText(rows[0]!.priority.priority.title, lang).text}`}
            </Text>
            <Table withTableBorder fz="sm" layout="fixed">
              <colgroup>
                {COLUMN_WIDTHS.map((w, i) => (
                  <col key={i} style={{ width: w }} />
                ))}
              </colgroup>
              <HeadRow labels={labels} />
              <Table.Tbody>
                {rows.map((row) => (
                  <ActivityLine
                    key={row.key}
                    row={row}
                    planId={model.plan.id}
                    editable={editable}
                    opened={open === row.key}
                    onEdit={setEditing}
                    onToggle={toggle}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ))}
      </Stack>
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
