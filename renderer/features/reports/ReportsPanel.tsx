import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodText } from '../../../shared/documents/report-parts';
import { formatDate } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import type { Report } from '../../../shared/schemas/reports';
import { useLanguage } from '../../app/useLanguage';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { DocumentButton } from '../../components/DocumentButton';
import { removeReport } from '../../db/reports/reports';
import { REPORT_DOCUMENT_KINDS } from '../../documents/territory-documents';
import type { PanelProps } from '../monitoring/model';
import { ApproveReportForm } from './ApproveReportForm';
import { ReportForm } from './ReportForm';
import { useReports } from './useReports';

type Editing =
  { kind: 'new' } | { kind: 'edit'; report: Report } | { kind: 'approve'; report: Report };

/** The reports on the plan: council, donor, residents; open, change, approve (then frozen). */
export function ReportsPanel({ model, editable }: PanelProps) {
  const { t } = useTranslation('reports');
  const lang = useLanguage();
  const state = useReports(model.plan.id, model.plan.seriesId);
  const [editing, setEditing] = useState<Editing | null>(null);
  if (!state) return null;
  const funderName = (id: string | undefined) => {
    const funder = state.funders.find((f) => f.id === id);
    return funder ? pickText(funder.name, lang).text : '';
  };
  return (
    <Stack data-testid="reports-panel">
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('panel.intro')}
        </Text>
        {editable && (
          <Button onClick={() => setEditing({ kind: 'new' })} data-testid="report-add">
            {t('panel.add')}
          </Button>
        )}
      </Group>
      {state.reports.length === 0 ? (
        <Text data-testid="reports-empty">{t('panel.empty')}</Text>
      ) : (
        <DataTable
          withTableBorder
          fz="sm"
          head={[t('panel.kind'), t('panel.period'), t('panel.status'), '']}
          data-testid="reports-table"
        >
          {state.reports.map((report) => (
            <Table.Tr key={report.id} data-testid="report-row" data-kind={report.kind}>
              <Table.Td>
                <Text size="sm">{t(`kinds.${report.kind}`)}</Text>
                {report.funderId && (
                  <Text size="xs" c="dimmed">
                    {funderName(report.funderId)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{periodText(report.period, lang)}</Table.Td>
              <Table.Td data-testid="report-status">
                {report.approval
                  ? t('status.approved', {
                      date: formatDate(report.approval.date),
                      number: report.approval.number,
                    })
                  : t('status.draft')}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <DocumentButton
                    kind={REPORT_DOCUMENT_KINDS[report.kind]}
                    id={report.id}
                    testId="report-open"
                  >
                    {t('panel.open')}
                  </DocumentButton>
                  {editable && report.status === 'draft' && (
                    <>
                      <Button
                        variant="subtle"
                        onClick={() => setEditing({ kind: 'edit', report })}
                        data-testid="report-edit"
                      >
                        {t('panel.edit')}
                      </Button>
                      <Button
                        variant="subtle"
                        onClick={() => setEditing({ kind: 'approve', report })}
                        data-testid="report-approve"
                      >
                        {t('panel.approve')}
                      </Button>
                      <ConfirmButton
                        variant="subtle"
                        color="red"
                        question={t('panel.deleteQuestion')}
                        onConfirm={() => removeReport(report.id)}
                        testId="report-delete"
                      >
                        {t('panel.delete')}
                      </ConfirmButton>
                    </>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {(editing?.kind === 'new' || editing?.kind === 'edit') && (
        <ReportForm
          plan={model.plan}
          funders={state.funders}
          report={editing.kind === 'edit' ? editing.report : undefined}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'approve' && (
        <ApproveReportForm report={editing.report} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
