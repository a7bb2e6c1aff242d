import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { formatDate } from '../../../shared/format';
import { ConfirmButton } from '../../components/ConfirmButton';
import { documentPath } from '../../documents';
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
import { advanceStatus, deletePlan, isLocked, updatePlan } from '../../db/plans';
import { ActivityForm } from './ActivityForm';
import { ApproveDialog } from './ApproveDialog';
import { exportBudgetWorkbook } from './export-workbook';
import { errorMessage, text, uiLanguage } from './format';
import { LineForm } from './LineForm';
import { NewVersionDialog } from './NewVersionDialog';
import { PlanForm } from './PlanForm';
import { PlanTree, type TreeDialog } from './PlanTree';
import { TitleDialog } from './TitleDialog';
import { TotalsLine } from './TotalsLine';
import { RemoveContext } from './ItemControls';
import { useDecidedAssessment, usePlanOutline } from './usePlans';

type Dialog = TreeDialog | { kind: 'plan' } | { kind: 'approve' } | { kind: 'version' } | null;

/** One plan version: header and actions, the priority → objectives → activities tree, totals. */
export function PlanEditor({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  const outline = usePlanOutline(planId);
  const decision = useDecidedAssessment(outline?.plan.territoryId ?? '');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const [removing, setRemoving] = useState<{ kind: ItemKind; id: string; name: string } | null>(
    null,
  );
  const [, navigate] = useLocation();
  if (outline === undefined)
    return (
      <Center>
        <Loader />
      </Center>
    );
  if (outline === null) return <Text>{t('common:notFound')}</Text>;
  const { plan } = outline;
  const locked = isLocked(plan);
  const close = () => setDialog(null);
  const next =
    plan.status === 'approved' ? 'inProgress' : plan.status === 'inProgress' ? 'completed' : null;

  const runExport = async () => {
    setExporting(true);
    try {
      await exportBudgetWorkbook(planId, lang);
      notifications.show({ message: t('editor.exported'), color: 'teal' });
    } catch (error) {
      console.error('workbook export failed', error);
      notifications.show({ message: errorMessage(t, error), color: 'red' });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack maw={1400}>
      <Anchor component={Link} href="/plan" size="sm">{`← ${t('editor.back')}`}</Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }} data-testid="plan-heading">
            {text(plan.title, lang)}
          </Title>
          <Group gap="xs">
            <Text>{`${plan.startYear}–${plan.endYear}`}</Text>
            <Badge data-testid="plan-status">{t(`status.${plan.status}`)}</Badge>
            <Text size="sm" c="dimmed">
              {t('list.version', { version: plan.version })}
            </Text>
          </Group>
          {plan.changeNote && (
            <Text size="sm">
              {t('editor.versionInfo', {
                version: plan.version,
                date: formatDate(plan.changeDate ?? ''),
                note: plan.changeNote,
              })}
            </Text>
          )}
          {plan.approval && (
            <Text size="sm" data-testid="plan-approval">
              {t('editor.approvedInfo', {
                date: formatDate(plan.approval.date),
                number: plan.approval.number,
                position: text(plan.approval.position, lang),
                name: text(plan.approval.name, lang),
              })}
            </Text>
          )}
        </Stack>
        <Group gap="xs" justify="flex-end">
          <Button
            variant="default"
            component={Link}
            href={`/plan/${plan.id}/summary`}
            data-testid="plan-summary"
          >
            {t('editor.summary')}
          </Button>
          <Button
            variant="default"
            onClick={() => navigate(documentPath('plan', plan.id, lang))}
            data-testid="plan-print"
          >
            {t('editor.print')}
          </Button>
          <Button
            variant="default"
            loading={exporting}
            onClick={() => void runExport()}
            data-testid="plan-export"
          >
            {t('editor.exportExcel')}
          </Button>
          {!locked && (
            <Button
              variant="default"
              onClick={() => setDialog({ kind: 'plan' })}
              data-testid="plan-edit"
            >
              {t('editor.editPlan')}
            </Button>
          )}
          {!locked && (
            <Button
              color="orange"
              onClick={() => setDialog({ kind: 'approve' })}
              data-testid="plan-approve"
            >
              {t('editor.approve')}
            </Button>
          )}
          {locked && !plan.supersededAt && (
            <Button onClick={() => setDialog({ kind: 'version' })} data-testid="plan-new-version">
              {t('editor.newVersion')}
            </Button>
          )}
          {next && !plan.supersededAt && (
            <Button
              variant="light"
              onClick={() => void advanceStatus(plan.id)}
              data-testid="plan-advance"
            >
              {t('editor.advance', { status: t(`status.${next}`) })}
            </Button>
          )}
          {!locked && (
            <ConfirmButton
              variant="subtle"
              color="red"
              question={t('editor.deletePlanConfirm')}
              testId="plan-delete"
              onConfirm={async () => {
                await deletePlan(plan.id);
                navigate('/plan');
              }}
            >
              {t('editor.deletePlan')}
            </ConfirmButton>
          )}
        </Group>
      </Group>
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
        <PlanTree outline={outline} locked={locked} open={setDialog} />
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
              : addPriority(plan.id, { title })
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
              : addObjective(dialog.priorityId, { title })
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
              : addActivity(dialog.objectiveId, input)
          }
        />
      )}
      {dialog?.kind === 'line' && (
        <LineForm
          plan={plan}
          line={dialog.line}
          onClose={close}
          onSave={(input) =>
            dialog.line ? updateLine(dialog.line.id, input) : addLine(dialog.activityId, input)
          }
        />
      )}
    </Stack>
  );
}
