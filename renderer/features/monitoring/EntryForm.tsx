import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, today } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import {
  progressEntryInputSchema,
  type ProgressEntry,
  type ProgressEntryInput,
} from '../../../shared/schemas/monitoring';
import { useLanguage } from '../../app/useLanguage';
import { DateField } from '../../components/DateInput';
import { SelectField, TextareaField, TextField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { getDb } from '../../db/database';
import { addProgressEntry, updateProgressEntry } from '../../db/monitoring/progress';
import { withoutEmpty } from './clean';
import { DocumentsField } from './DocumentsField';

/** The territory's meetings (newest first) and decisions, to say where progress was reported. */
function useRegister(territoryId: string) {
  return useLiveQuery(async () => {
    const db = getDb();
    const [meetings, decisions] = await Promise.all([
      db.meetings.where('territoryId').equals(territoryId).toArray(),
      db.decisions.where('territoryId').equals(territoryId).toArray(),
    ]);
    return { meetings: meetings.sort((a, b) => b.date.localeCompare(a.date)), decisions };
  }, [territoryId]);
}

/** A dated progress entry: what was done, who reported it, at which meeting and decision, documents. */
export function EntryForm({
  planId,
  territoryId,
  activityKey,
  entry,
  onClose,
}: {
  planId: string;
  territoryId: string;
  activityKey: string;
  entry?: ProgressEntry;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const register = useRegister(territoryId);
  const form = useZodForm(progressEntryInputSchema, {
    date: entry?.date ?? today(),
    text: entry?.text ?? '',
    reportedBy: entry?.reportedBy ?? '',
    meetingId: entry?.meetingId,
    decisionId: entry?.decisionId,
    documents: entry?.documents ?? [],
  });
  const meetingId = form.watch('meetingId');
  const meetings = (register?.meetings ?? []).map((m) => ({
    value: m.id,
    label: t('entries.meetingOption', { number: m.number, date: formatDate(m.date) }),
  }));
  const decisions = (register?.decisions ?? [])
    .filter((d) => !meetingId || d.meetingId === meetingId)
    .map((d) => ({ value: d.id, label: pickText(d.text, lang).text.slice(0, 120) }));
  const save = (input: ProgressEntryInput) => {
    const clean = {
      ...withoutEmpty(input),
      documents: input.documents.map((d) => withoutEmpty(d)),
    };
    return entry
      ? updateProgressEntry(planId, entry.id, clean)
      : addProgressEntry(planId, activityKey, clean);
  };
  return (
    <FormFrame
      form={form}
      title={t(entry ? 'entries.edit' : 'entries.add')}
      onClose={onClose}
      onSubmit={save}
      submitTestId="entry-save"
    >
      <DateField
        control={form.control}
        name="date"
        label={t('entries.date')}
        required
        testId="entry-date"
      />
      <TextareaField
        control={form.control}
        name="text"
        label={t('entries.text')}
        required
        minRows={3}
        maxLength={4000}
        testId="entry-text"
      />
      <TextField
        control={form.control}
        name="reportedBy"
        label={t('entries.reportedBy')}
        maxLength={300}
        testId="entry-reported-by"
      />
      <SelectField
        clearable
        control={form.control}
        name="meetingId"
        label={t('entries.meeting')}
        placeholder={t('entries.noMeeting')}
        data={meetings}
        testId="entry-meeting"
      />
      <SelectField
        clearable
        control={form.control}
        name="decisionId"
        label={t('entries.decision')}
        placeholder={t('entries.noDecision')}
        data={decisions}
        testId="entry-decision"
      />
      <DocumentsField control={form.control} />
    </FormFrame>
  );
}
