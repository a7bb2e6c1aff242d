import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  addActivity,
  addLine,
  addObjective,
  addPrioritiesFromDecision,
  addPriority,
  removeItem,
  updateActivity,
  updateLine,
  updateObjective,
  updatePriority,
  type ItemKind,
} from '../../db/plan-items';
import { isLocked, updatePlan } from '../../db/plans';
import { ActivityForm } from './ActivityForm';
import { ApproveDialog } from './ApproveDialog';
import { errorMessage } from './format';
import { LineForm } from './LineForm';
import { NewVersionDialog } from './NewVersionDialog';
import { PlanForm } from './PlanForm';
import { PlanHeader } from './PlanHeader';
import { PlanTree, type TreeDialog } from './PlanTree';
import { PrioritiesCheck } from './PrioritiesCheck';
import { TitleDialog } from './TitleDialog';
import { TotalsLine } from './TotalsLine';
import { RemoveContext } from './ItemControls';
import { useDecidedAssessment, useFunders, usePlanOutline } from './usePlans';
import { EditedPlanContext, LineToolsHost } from './ActivityLineTools';
import { activityIn } from './line-input';
import { planRowId } from './plan-rows';
import { useReadOnly } from '../../app/read-only';

type Dialog = TreeDialog | { kind: 'plan' } | { kind: 'approve' } | { kind: 'version' } | null;

/** One plan version: header and actions, the priority → objectives → activities tree, totals. */
export function PlanEditor({ planId }: { planId: string }) {
  const { t } = useTranslation('plan');
  const outline = usePlanOutline(planId);
  const decision = useDecidedAssessment(outline?.plan.territoryId ?? '');
  const funders = useFunders();
  const readOnly = useReadOnly();
  const [dialog, setDialog] = useState<Dialog>(null);
  // The row of an item just added, scrolled into view: the table draws only the rows in view.
  const [reveal, setReveal] = useState<string | null>(null);
  const added = (kind: ItemKind) => (item: { id: string }) => setReveal(planRowId(kind, item.id));
  const [removing, setRemoving] = useState<{ kind: ItemKind; id: string; name: string } | null>(
    null,
  );
  if (outline === undefined)
    return (
      <Center>
        <Loader />
      </Center>
    );
  if (outline === null) return <Text>{t('common:notFound')}</Text>;
  const { plan } = outline;
  // An imported plan is locked like an approved one: nothing in it is edited here.
  const locked = isLocked(plan) || readOnly;
  const close = () => setDialog(null);

  return (
    <Stack maw={1400}>
      <Anchor component={Link} href="/plan" size="sm">{`← ${t('editor.back')}`}</Anchor>
      <PlanHeader plan={plan} locked={locked} open={(kind) => setDialog({ kind })} />
      {plan.supersededAt ? (
        <Alert color="gray" data-testid="plan-superseded">
          {t('editor.supersededNotice')}
        </Alert>
      ) : locked ? (
        <Alert color="orange" data-testid="plan-locked">
          {t('editor.lockedNotice')}
        </Alert>
      ) : null}
      <Card withBorder bg="gray.0">
        <Text fw={700}>{t('editor.planTotals')}</Text>
        <TotalsLine totals={outline.totals} testId="plan-totals" />
      </Card>
      <PrioritiesCheck outline={outline} />
      {!locked && decision && (
        <Group>
          <Button
            variant="light"
            data-testid="plan-from-decision"
            onClick={async () => {
              const count = await addPrioritiesFromDecision(plan.id, decision.id);
              notifications.show({
                message: t('editor.fromDecisionDone', { count }),
                color: 'teal',
              });
            }}
          >
            {t('editor.fromDecision')}
          </Button>
        </Group>
      )}
      <RemoveContext.Provider value={setRemoving}>
        <EditedPlanContext.Provider value={{ plan, funders: funders ?? [] }}>
          <LineToolsHost>
            <PlanTree outline={outline} locked={locked} open={setDialog} reveal={reveal} />
          </LineToolsHost>
        </EditedPlanContext.Provider>
      </RemoveContext.Provider>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('editor.remove')}
        centered
      >
        <Text mb="md" style={{ overflowWrap: 'anywhere' }}>
          {t('editor.removeConfirm', { name: removing?.name.slice(0, 200) ?? '' })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRemoving(null)}>
            {t('common:cancel')}
          </Button>
          <Button
            color="red"
            data-autofocus
            data-testid="remove-confirm"
            onClick={async () => {
              if (removing)
                await removeItem(removing.kind, removing.id).catch((error: unknown) =>
                  notifications.show({ message: errorMessage(t, error), color: 'red' }),
                );
              setRemoving(null);
            }}
          >
            {t('common:confirm')}
          </Button>
        </Group>
      </Modal>
      {dialog?.kind === 'plan' && (
        <PlanForm
          title={t('editor.editPlan')}
          initial={{ title: plan.title, startYear: plan.startYear, endYear: plan.endYear }}
          onClose={close}
          onSave={async (input) => {
            await updatePlan(plan.id, input);
          }}
        />
      )}
      {dialog?.kind === 'approve' && <ApproveDialog planId={plan.id} onClose={close} />}
      {dialog?.kind === 'version' && <NewVersionDialog planId={plan.id} onClose={close} />}
      {dialog?.kind === 'priority' && (
        <TitleDialog
          heading={t('fields.priority')}
          label={t('fields.priority')}
          initial={dialog.priority?.title ?? {}}
          testId="priority-title"
          onClose={close}
          onSave={(title) =>
            dialog.priority
              ? updatePriority(dialog.priority.id, {
                  title,
                  priorityId: dialog.priority.priorityId,
                })
              : addPriority(plan.id, { title }).then(added('priority'))
          }
        />
      )}
      {dialog?.kind === 'objective' && (
        <TitleDialog
          heading={t('fields.objective')}
          label={t('fields.objective')}
          initial={dialog.objective?.title ?? {}}
          testId="objective-title"
          onClose={close}
          onSave={(title) =>
            dialog.objective
              ? updateObjective(dialog.objective.id, { title })
              : addObjective(dialog.priorityId, { title }).then(added('objective'))
          }
        />
      )}
      {dialog?.kind === 'activity' && (
        <ActivityForm
          initial={dialog.activity}
          onClose={close}
          onSave={(input) =>
            dialog.activity
              ? updateActivity(dialog.activity.id, input)
              : addActivity(dialog.objectiveId, input).then(added('activity'))
          }
        />
      )}
      {dialog?.kind === 'line' && (
        <LineForm
          plan={plan}
          line={dialog.line}
          defaultFunderIds={activityIn(outline, dialog.activityId)?.defaultFunderIds}
          onClose={close}
          onSave={(input) =>
            dialog.line
              ? updateLine(dialog.line.id, input)
              : addLine(dialog.activityId, input).then(added('line'))
          }
        />
      )}
    </Stack>
  );
}
