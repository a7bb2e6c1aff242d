import { useTranslation } from 'react-i18next';
import { today } from '../../../shared/format';
import { reportApprovalSchema, type Report } from '../../../shared/schemas/reports';
import { DateField } from '../../components/DateInput';
import { TextField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { approveReport } from '../../db/reports/reports';
import { shareAfterApproval } from '../exchange/share-after-approval';

/** Approves a draft report with its date and number; from then on it is frozen. */
export function ApproveReportForm({ report, onClose }: { report: Report; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const form = useZodForm(reportApprovalSchema, { date: today(), number: '' });
  return (
    <FormFrame
      form={form}
      title={t('panel.approveTitle')}
      onClose={onClose}
      onSubmit={async (approval) => {
        const approved = await approveReport(report.id, approval);
        void shareAfterApproval(approved.territoryId, t);
      }}
      submitLabel={t('panel.approve')}
      submitTestId="report-approve-save"
    >
      <DateField
        control={form.control}
        name="date"
        label={t('panel.approvalDate')}
        required
        testId="report-approval-date"
      />
      <TextField
        control={form.control}
        name="number"
        label={t('panel.approvalNumber')}
        required
        maxLength={50}
        testId="report-approval-number"
      />
    </FormFrame>
  );
}
