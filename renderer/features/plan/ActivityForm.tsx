import {
  Button,
  Select,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../../../shared/format';
import { activityInputSchema, type ActivityInput, type Timing } from '../../../shared/schemas/plan';
import { errorText } from '../../app/errors';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { errorMessage, text, uiLanguage } from './format';
import { useGroupOrganisations } from './usePlans';
import { useTerritory } from '../../app/territory-context';

type TimingKind = 'none' | Timing['kind'];

interface Props {
  initial?: ActivityInput;
  onClose: () => void;
  onSave: (input: ActivityInput) => Promise<unknown>;
}

const numberOrUndefined = (value: string) => {
  const compact = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return compact === '' ? undefined : Number(compact);
};
const show = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The activity form: title, description, responsible, partners, timing, indicator, notes. */
export function ActivityForm({ initial, onClose, onSave }: Props) {
  const { t, i18n } = useTranslation('plan');
  const organisations = useGroupOrganisations(useTerritory().id);
  const lang = uiLanguage(i18n.language);
  const [value, setValue] = useState<ActivityInput>(
    initial ?? { title: {}, responsible: {}, indicator: {} },
  );
  const [timingKind, setTimingKind] = useState<TimingKind>(initial?.timing?.kind ?? 'none');
  const [start, setStart] = useState(
    initial?.timing?.kind === 'dates'
      ? formatDate(initial.timing.start)
      : (initial?.timing?.start ?? ''),
  );
  const [end, setEnd] = useState(
    initial?.timing?.kind === 'dates'
      ? formatDate(initial.timing.end)
      : (initial?.timing?.end ?? ''),
  );
  const [baseline, setBaseline] = useState(show(initial?.indicator.baseline));
  const [target, setTarget] = useState(show(initial?.indicator.target));
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const timing: Timing | undefined =
    timingKind === 'none'
      ? undefined
      : timingKind === 'dates'
        ? { kind: 'dates', start: parseDate(start) ?? start, end: parseDate(end) ?? end }
        : { kind: 'quarters', start: start.trim().toUpperCase(), end: end.trim().toUpperCase() };
  const candidate = {
    ...value,
    timing,
    indicator: {
      ...value.indicator,
      baseline: numberOrUndefined(baseline),
      target: numberOrUndefined(target),
    },
  };
  const check = activityInputSchema.safeParse(candidate);
  const issue = (...path: string[]) =>
    shown && !check.success
      ? errorText(t, check.error.issues.find((i) => path.every((p, n) => i.path[n] === p))?.message)
      : undefined;

  return (
    <Modal opened onClose={onClose} title={t('fields.activity')} size="xl">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setShown(true);
          if (!check.success) return;
          try {
            await onSave(check.data);
            onClose();
          } catch (error) {
            setFailure(errorMessage(t, error));
          }
        }}
      >
        <Stack gap="sm">
          <LocalizedTextInput
            label={t('fields.activity')}
            required
            value={value.title}
            onChange={(title) => setValue({ ...value, title })}
            error={issue('title')}
            testId="activity-title"
          />
          {organisations.length > 0 && (
            <Select
              label={t('fields.pickResponsible')}
              placeholder={t('fields.pickResponsibleHint')}
              searchable
              clearable
              value={null}
              data={organisations.map((org, index) => ({
                value: String(index),
                label: text(org, lang),
              }))}
              onChange={(index) =>
                index !== null && setValue({ ...value, responsible: organisations[Number(index)]! })
              }
              data-testid="activity-pick-responsible"
            />
          )}
          <LocalizedTextInput
            label={t('fields.responsible')}
            required
            value={value.responsible}
            onChange={(responsible) => setValue({ ...value, responsible })}
            error={issue('responsible')}
            testId="activity-responsible"
          />
          <LocalizedTextInput
            label={t('fields.partners')}
            value={value.partners}
            onChange={(partners) => setValue({ ...value, partners })}
            error={issue('partners')}
            testId="activity-partners"
          />
          <LocalizedTextInput
            label={t('fields.description')}
            value={value.description}
            onChange={(description) => setValue({ ...value, description })}
            error={issue('description')}
            testId="activity-description"
          />
          <Group align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('fields.timing')}
              </Text>
              <SegmentedControl
                value={timingKind}
                onChange={(kind) => setTimingKind(kind as TimingKind)}
                data={[
                  { value: 'none', label: t('fields.timingNone') },
                  { value: 'dates', label: t('fields.timingDates') },
                  { value: 'quarters', label: t('fields.timingQuarters') },
                ]}
                data-testid="activity-timing-kind"
              />
            </Stack>
            {timingKind !== 'none' && (
              <>
                <TextInput
                  label={t('fields.start')}
                  placeholder={
                    timingKind === 'dates' ? t('fields.dateHint') : t('fields.quarterHint')
                  }
                  value={start}
                  onChange={(e) => setStart(e.currentTarget.value)}
                  error={issue('timing', 'start')}
                  data-testid="activity-start"
                />
                <TextInput
                  label={t('fields.end')}
                  placeholder={
                    timingKind === 'dates' ? t('fields.dateHint') : t('fields.quarterHint')
                  }
                  value={end}
                  onChange={(e) => setEnd(e.currentTarget.value)}
                  error={issue('timing', 'end') ?? issue('timing')}
                  data-testid="activity-end"
                />
              </>
            )}
          </Group>
          <LocalizedTextInput
            label={t('fields.indicator')}
            value={value.indicator.name}
            onChange={(name) => setValue({ ...value, indicator: { ...value.indicator, name } })}
            error={issue('indicator', 'name')}
            testId="activity-indicator"
          />
          <Group grow>
            <LocalizedTextInput
              label={t('fields.indicatorUnit')}
              value={value.indicator.unit}
              onChange={(unit) => setValue({ ...value, indicator: { ...value.indicator, unit } })}
              error={issue('indicator', 'unit')}
              testId="activity-indicator-unit"
            />
            <TextInput
              label={t('fields.baseline')}
              inputMode="decimal"
              value={baseline}
              onChange={(e) => setBaseline(e.currentTarget.value)}
              error={issue('indicator', 'baseline')}
              data-testid="activity-baseline"
            />
            <TextInput
              label={t('fields.target')}
              inputMode="decimal"
              value={target}
              onChange={(e) => setTarget(e.currentTarget.value)}
              error={issue('indicator', 'target')}
              data-testid="activity-target"
            />
          </Group>
          <Textarea
            label={t('fields.notes')}
            value={value.notes ?? ''}
            onChange={(e) => setValue({ ...value, notes: e.currentTarget.value })}
            error={issue('notes')}
            autosize
            minRows={2}
          />
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" data-testid="activity-save">
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
