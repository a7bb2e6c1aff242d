import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SOURCES } from '../../../shared/domain/budget';
import { funderIdsSchema, type Activity, type Funder } from '../../../shared/schemas/plan';
import { useLanguage } from '../../app/useLanguage';
import { MultiSelectField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { setDefaultFunders } from '../../db/plan-lines';
import { text } from './format';
import { noFunders } from './line-input';

const schema = z.object({ funderIds: funderIdsSchema });

interface Props {
  activity: Activity;
  funders: Funder[];
  onClose: () => void;
}

/** The funders per source an activity's new lines start with: named once instead of on every line. */
export function DefaultFundersDialog({ activity, funders, onClose }: Props) {
  const { t } = useTranslation('budgetEntry');
  const lang = useLanguage();
  const form = useZodForm(schema, { funderIds: activity.defaultFunderIds ?? noFunders() });
  const options = funders.map((f) => ({ value: f.id, label: text(f.name, lang) }));
  return (
    <FormFrame
      form={form}
      title={t('defaultsTitle', { activity: text(activity.title, lang).slice(0, 120) })}
      onClose={onClose}
      submitTestId="default-funders-save"
      onSubmit={async ({ funderIds }) => {
        await setDefaultFunders(activity.id, funderIds);
        notifications.show({ message: t('defaultsSaved'), color: 'teal' });
      }}
    >
      <Text size="sm">{t('defaultsHint')}</Text>
      {SOURCES.map((source) => (
        <MultiSelectField
          key={source}
          control={form.control}
          name={`funderIds.${source}`}
          label={t('sourceFunders', { source: t(`plan:sources.${source}`) })}
          data={options}
          testId={`default-funders-${source}`}
        />
      ))}
    </FormFrame>
  );
}
