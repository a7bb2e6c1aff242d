/* The heading rows of the plan editor's table: a priority, an objective, an activity. */
import { Badge, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  ActivityNode,
  ObjectiveNode,
  PriorityNode,
} from '../../../shared/domain/plan-outline';
import { useLanguage } from '../../app/useLanguage';
import { ActivityLineTools } from './ActivityLineTools';
import { text, timingText } from './format';
import { ItemControls } from './ItemControls';
import type { TreeDialog } from './PlanTree';
import { TotalsLine } from './TotalsLine';

interface HeadProps<N> {
  node: N;
  locked: boolean;
  open: (dialog: TreeDialog) => void;
}

/** «+ Add …» under a heading: a plain button, like the rows' controls. */
function AddButton({
  label,
  onClick,
  testId,
}: {
  label: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <button type="button" className="plan-add" onClick={onClick} data-testid={testId}>
      {`+ ${label}`}
    </button>
  );
}

/** A priority: its title, link to the decision, controls, totals and «add objective». */
export function PriorityHead({ node, locked, open }: HeadProps<PriorityNode>) {
  const { t } = useTranslation('plan');
  const lang = useLanguage();
  const { priority } = node;
  return (
    <div data-testid="priority" className="plan-head plan-priority">
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} style={{ overflowWrap: 'anywhere' }}>
          {`${node.number}. ${text(priority.title, lang)}`}
        </Title>
        {priority.priorityId && (
          <Badge variant="outline" color="gray" data-testid="priority-linked">
            {t('editor.linkedPriority')}
          </Badge>
        )}
        <ItemControls
          kind="priority"
          id={priority.id}
          name={text(priority.title, lang)}
          locked={locked}
          onEdit={() => open({ kind: 'priority', priority })}
          testId="priority"
        />
      </Group>
      <TotalsLine totals={node.totals} testId="priority-totals" />
      {!locked && (
        <AddButton
          label={t('editor.addObjective')}
          onClick={() => open({ kind: 'objective', priorityId: priority.id })}
          testId="objective-add"
        />
      )}
    </div>
  );
}

/** An objective: its title, controls and «add activity». */
export function ObjectiveHead({
  node,
  locked,
  open,
  priorityId,
}: HeadProps<ObjectiveNode> & { priorityId: string }) {
  const { t } = useTranslation('plan');
  const lang = useLanguage();
  const { objective } = node;
  return (
    <div className="plan-head plan-objective">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {`${node.number}. ${text(objective.title, lang)}`}
        </Text>
        <ItemControls
          kind="objective"
          id={objective.id}
          name={text(objective.title, lang)}
          locked={locked}
          onEdit={() => open({ kind: 'objective', priorityId, objective })}
          testId="objective"
        />
      </Group>
      {!locked && (
        <AddButton
          label={t('editor.addActivity')}
          onClick={() => open({ kind: 'activity', objectiveId: objective.id })}
          testId="activity-add"
        />
      )}
    </div>
  );
}

/** An activity (its totals are the row's number cells): title, who, when, «add line», paste, default funders. */
export function ActivityHead({ node, locked, open }: HeadProps<ActivityNode>) {
  const { t } = useTranslation('plan');
  const lang = useLanguage();
  const { activity } = node;
  return (
    <div className="plan-head">
      <div className="plan-activity-title" data-testid="activity-name">
        {`${node.number}. ${text(activity.title, lang)}`}
      </div>
      <div className="plan-activity-meta">
        <span className="plan-badge">{text(activity.responsible, lang)}</span>
        {activity.partners && <span>{text(activity.partners, lang)}</span>}
        {activity.timing && <span className="dimmed">{timingText(activity.timing, lang)}</span>}
        {node.lines.length === 0 && <span className="dimmed">{t('editor.noLines')}</span>}
      </div>
      {!locked && (
        <div className="plan-line-tools">
          <button
            type="button"
            className="plan-add"
            onClick={() => open({ kind: 'line', activityId: activity.id })}
            data-testid="line-add"
          >
            {t('editor.addLine')}
          </button>
          <ActivityLineTools activity={activity} />
        </div>
      )}
    </div>
  );
}
