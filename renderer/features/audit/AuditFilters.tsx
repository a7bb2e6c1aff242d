import { Group, Select, Switch, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { AUDIT_SECTIONS } from '../../../shared/audit/sections';
import { parseDate } from '../../../shared/format';
import { AUDIT_ACTIONS } from '../../../shared/schemas/audit';
import type { AuditFilter } from './audit-query';

interface Props {
  filter: AuditFilter;
  tables: readonly string[];
  set: (patch: Partial<AuditFilter>) => void;
  children?: React.ReactNode;
}

/** The change log's filter bar: section, kind of record, action, dates, user, record, scope. */
export function AuditFilters({ filter, tables, set, children }: Props) {
  const { t } = useTranslation('audit');
  const tableName = (name: string) => t(`tables.${name}`, { defaultValue: name });

  /** The filter's first or last day, typed or picked. */
  const dateFilter = (key: 'from' | 'to', label: string) => (
    <DateInput
      label={label}
      w={150}
      clearable
      valueFormat="DD.MM.YYYY"
      placeholder={t('datePlaceholder')}
      dateParser={(text) => parseDate(text)}
      value={filter[key] || null}
      onChange={(value) => set({ [key]: value ?? '' })}
      data-testid={`audit-${key}`}
    />
  );

  return (
    <Group align="flex-end" wrap="wrap">
      <Select
        label={t('section')}
        w={200}
        clearable
        placeholder={t('any')}
        value={filter.section}
        data={AUDIT_SECTIONS.map((s) => ({ value: s, label: t(`sections.${s}`) }))}
        onChange={(value) => set({ section: value as AuditFilter['section'] })}
        data-testid="audit-section"
      />
      <Select
        label={t('table')}
        w={220}
        clearable
        placeholder={t('any')}
        value={filter.table}
        data={tables.map((name) => ({ value: name, label: tableName(name) }))}
        onChange={(value) => set({ table: value })}
        data-testid="audit-table"
      />
      <Select
        label={t('action')}
        w={160}
        clearable
        placeholder={t('any')}
        value={filter.action}
        data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
        onChange={(value) => set({ action: value as AuditFilter['action'] })}
        data-testid="audit-action"
      />
      {dateFilter('from', t('from'))}
      {dateFilter('to', t('to'))}
      <TextInput
        label={t('user')}
        placeholder={t('userPlaceholder')}
        value={filter.user}
        onChange={(e) => set({ user: e.currentTarget.value })}
        data-testid="audit-user"
      />
      <TextInput
        label={t('record')}
        placeholder={t('recordPlaceholder')}
        value={filter.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        data-testid="audit-text"
      />
      <Select
        label={t('scope')}
        w={280}
        allowDeselect={false}
        value={filter.scope}
        data={[
          { value: 'current', label: t('scopeCurrent') },
          { value: 'all', label: t('scopeAll') },
        ]}
        onChange={(value) => set({ scope: value as AuditFilter['scope'] })}
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
