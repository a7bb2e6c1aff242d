import { memo } from 'react';
import type { ActivityNode } from '../../../shared/domain/plan-outline';
import type { BudgetLine } from '../../../shared/schemas/plan';
import { ActivityLineTools } from './ActivityLineTools';
import { BudgetLinesGrid } from './BudgetLinesGrid';
import { useLanguage } from '../../app/useLanguage';
import { text, timingText } from './format';
import { ItemControls, moveKeys } from './ItemControls';

interface Props {
  node: ActivityNode;
  locked: boolean;
  onEdit: () => void;
  onAddLine: () => void;
  onEditLine: (line: BudgetLine) => void;
}

/** One activity with its budget lines. Plain elements and memoised: a plan may have 500 of them. */
export const ActivityCard = memo(function ActivityCard({
  node,
  locked,
  onEdit,
  onAddLine,
  onEditLine,
}: Props) {
  const lang = useLanguage();
  const { activity } = node;
  return (
    <section className="plan-activity" data-testid="activity">
      <div
        className="plan-activity-head"
        tabIndex={0}
        onKeyDown={moveKeys('activity', activity.id, locked)}
      >
        <div>
          <div
            className="plan-activity-title"
            data-testid="activity-name"
          >{`${node.number}. ${text(activity.title, lang)}`}</div>
          <div className="plan-activity-meta">
            <span className="plan-badge">{text(activity.responsible, lang)}</span>
            {activity.partners && <span>{text(activity.partners, lang)}</span>}
            {activity.timing && <span className="dimmed">{timingText(activity.timing, lang)}</span>}
          </div>
        </div>
        <ItemControls
          kind="activity"
          id={activity.id}
          name={text(activity.title, lang)}
          locked={locked}
          onEdit={onEdit}
          testId="activity"
        />
      </div>
      <BudgetLinesGrid node={node} locked={locked} onAdd={onAddLine} onEdit={onEditLine} />
      {!locked && <ActivityLineTools activity={activity} />}
    </section>
  );
});
