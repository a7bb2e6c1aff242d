import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { formatDate, yearSpan } from '../../../shared/format';
import type { Plan } from '../../../shared/schemas/plan';
import { ConfirmButton } from '../../components/ConfirmButton';
import { documentPath } from '../../documents';
import { advanceStatus, deletePlan } from '../../db/plans';
import { exportBudgetWorkbook } from './export-workbook';
import { errorMessage, text, uiLanguage } from './format';
import { Editable } from '../../app/read-only';

/** The plan version's heading (title, years, status, version and approval) and its actions. */
export function PlanHeader({
  plan,
  locked,
  open,
}: {
  plan: Plan;
  locked: boolean;
  /** Opens the plan's own dialogs: edit, approve, new version. */
  open: (kind: 'plan' | 'approve' | 'version') => void;
}) {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  const [exporting, setExporting] = useState(false);
  const [, navigate] = useLocation();
  const next =
    plan.status === 'approved' ? 'inProgress' : plan.status === 'inProgress' ? 'completed' : null;

  const runExport = async () => {
    setExporting(true);
    try {
      await exportBudgetWorkbook(plan.id, lang);
      notifications.show({ message: t('editor.exported'), color: 'teal' });
    } catch (error) {
      console.error('workbook export failed', error);
      notifications.show({ message: errorMessage(t, error), color: 'red' });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={4}>
        <Title order={2} style={{ overflowWrap: 'anywhere' }} data-testid="plan-heading">
          {text(plan.title, lang)}
        </Title>
        <Group gap="xs">
          <Text>{yearSpan(plan.startYear, plan.endYear)}</Text>
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
          <Button variant="default" onClick={() => open('plan')} data-testid="plan-edit">
            {t('editor.editPlan')}
          </Button>
        )}
        {!locked && (
          <Button color="orange" onClick={() => open('approve')} data-testid="plan-approve">
            {t('editor.approve')}
          </Button>
        )}
        <Editable>
          {locked && !plan.supersededAt && (
            <Button onClick={() => open('version')} data-testid="plan-new-version">
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
        </Editable>
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
  );
}
