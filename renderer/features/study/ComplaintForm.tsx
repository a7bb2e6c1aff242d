import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import { pickText } from '../../../shared/schemas/localized-text';
import { COMPLAINT_KINDS, complaintSchema, type Place } from '../../../shared/schemas/study';
import { useLanguage } from '../../app/useLanguage';
import { SelectField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { NumberField } from '../../components/IntegerInput';
import { QuarterField } from '../../components/QuarterInput';
import { addComplaint } from '../../db/study/police';
import { catalogueName } from '../../../shared/domain/study/catalogue';

const complaintInputSchema = complaintSchema.pick({
  period: true,
  problemCode: true,
  placeId: true,
  kind: true,
  count: true,
});

/** Complaints or observations the local government counted: one line added at a time. */
export function ComplaintForm({
  territoryId,
  period,
  problems,
  places,
}: {
  territoryId: string;
  /** The quarter offered first (the latest with police figures). */
  period: string;
  problems: CatalogueProblem[];
  places: Place[];
}) {
  const { t } = useTranslation('study');
  const lang = useLanguage();
  const form = useZodForm(complaintInputSchema, {
    period,
    problemCode: problems[0]?.code,
    kind: 'complaint',
    count: 1,
  });
  const { control } = form;
  return (
    <FormFrame
      form={form}
      variant="inline"
      autoFocus={false}
      onSubmit={(input) => addComplaint(territoryId, input)}
      submitLabel={t('common:add')}
      submitTestId="complaint-add"
    >
      <Group align="flex-start">
        <QuarterField
          control={control}
          name="period"
          label={t('complaints.period')}
          testId="complaint-period"
        />
        <SelectField
          control={control}
          name="problemCode"
          label={t('police.problem')}
          data={problems.map((p) => ({ value: p.code, label: catalogueName(p, lang) }))}
          searchable
          testId="complaint-problem"
        />
        <SelectField
          control={control}
          name="placeId"
          label={t('q.place')}
          clearable
          data={places.map((p) => ({ value: p.id, label: pickText(p.name, lang).text }))}
          testId="complaint-place"
        />
        <SelectField
          control={control}
          name="kind"
          label={t('complaints.kind')}
          data={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaints.kinds.${k}`) }))}
          testId="complaint-kind"
        />
        <NumberField
          control={control}
          name="count"
          label={t('complaints.count')}
          w={90}
          testId="complaint-count"
        />
      </Group>
    </FormFrame>
  );
}
