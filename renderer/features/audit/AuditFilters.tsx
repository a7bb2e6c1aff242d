import { Group, Select, Switch, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_SECTIONS } from '../../../shared/audit/sections';
import { parseDate } from '../../../shared/format';
import { AUDIT_ACTIONS } from '../../../shared/schemas/audit';
import type { AuditFilter } from './audit-query';

type Set = (patch: Partial<AuditFilter>) => void;
type Option = { value: string; label: string };

/*
 * Each control is memoised on its own value: typing into one redraws that one only, not the
 * whole bar — over 100,000 entries, every millisecond of a key press counts (issue 18).
 */
const ChoiceFilter = memo(function ChoiceFilter(props: {
  name: 'section' | 'table' | 'action' | 'scope';
  label: string;
  value: string | null;
  data: readonly Option[];
  w: number;
  set: Set;
  placeholder?: string;
}) {
  const { name, set, data, ...rest } = props;
  return (
    <Select
      {...rest}
      data={data as Option[]}
      clearable={name !== 'scope'}
      allowDeselect={name !== 'scope'}
      onChange={(value) => set({ [name]: value } as Partial<AuditFilter>)}
      data-testid={name === 'scope' ? undefined : `audit-${name}`}
    />
  );
});

const TextFilter = memo(function TextFilter(props: {
  name: 'user' | 'text';
  label: string;
  placeholder: string;
  value: string;
  set: Set;
}) {
  const { name, set, ...rest } = props;
  return (
    <TextInput
      {...rest}
      onChange={(e) => set({ [name]: e.currentTarget.value })}
      data-testid={`audit-${name}`}
    />
  );
});

/** The filter's first or last day, typed or picked. */
const DateFilter = memo(function DateFilter(props: {
  name: 'from' | 'to';
  label: string;
  placeholder: string;
  value: string;
  set: Set;
}) {
  const { name, set, value, ...rest } = props;
  return (
    <DateInput
      {...rest}
      w={150}
      clearable
      valueFormat="DD.MM.YYYY"
      dateParser={(text) => parseDate(text)}
      value={value || null}
      onChange={(date) => set({ [name]: date ?? '' })}
      data-testid={`audit-${name}`}
    />
  );
});

interface Props {
  filter: AuditFilter;
  tables: readonly string[];
  /** Must keep its identity between renders (the controls are memoised on it). */
  set: Set;
  children?: ReactNode;
}

/** The change log's filter bar: section, kind of record, action, dates, user, record, scope. */
export function AuditFilters({ filter, tables, set, children }: Props) {
  const { t } = useTranslation('audit');
  const lists = useMemo(
    () => ({
      section: AUDIT_SECTIONS.map((s) => ({ value: s, label: t(`sections.${s}`) })),
      table: tables.map((name) => ({
        value: name,
        label: t(`tables.${name}`, { defaultValue: name }),
      })),
      action: AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) })),
      scope: [
        { value: 'current', label: t('scopeCurrent') },
        { value: 'all', label: t('scopeAll') },
      ],
    }),
    [t, tables],
  );
  const any = t('any');
  const choices = [
    ['section', t('section'), 200, any],
    ['table', t('table'), 220, any],
    ['action', t('action'), 160, any],
  ] as const;
  const texts = [
    ['user', t('user'), t('userPlaceholder')],
    ['text', t('record'), t('recordPlaceholder')],
  ] as const;
  return (
    <Group align="flex-end" wrap="wrap">
      {choices.map(([name, label, w, placeholder]) => (
        <ChoiceFilter
          key={name}
          name={name}
          label={label}
          w={w}
          placeholder={placeholder}
          value={filter[name]}
          data={lists[name]}
          set={set}
        />
      ))}
      {(['from', 'to'] as const).map((name) => (
        <DateFilter
          key={name}
          name={name}
          label={t(name)}
          placeholder={t('datePlaceholder')}
          value={filter[name]}
          set={set}
        />
      ))}
      {texts.map(([name, label, placeholder]) => (
        <TextFilter
          key={name}
          name={name}
          label={label}
          placeholder={placeholder}
          value={filter[name]}
          set={set}
        />
      ))}
      <ChoiceFilter
        name="scope"
        label={t('scope')}
        w={280}
        value={filter.scope}
        data={lists.scope}
        set={set}
      />
      <Switch
        label={t('showSettings')}
        checked={filter.showSettings}
        onChange={(e) => set({ showSettings: e.currentTarget.checked })}
        data-testid="audit-show-settings"
      />
      {children}
    </Group>
  );
}
