import {
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import { isLanguage } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import {
  ORG_TYPES,
  type Member,
  type OrgType,
  type WorkingGroup,
} from '../../../shared/schemas/working-group';
import { ConfirmButton } from '../../components/ConfirmButton';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { deactivateMember, reactivateMember } from '../../db/working-group';
import { ImportModal } from './ImportModal';
import { MemberForm } from './MemberForm';
import { Editable } from '../../app/read-only';

type SortKey = 'fullName' | 'organisation' | 'orgType' | 'memberFrom';

/** Members: sortable, filterable by organisation type; add, edit, deactivate, import. */
export function MembersTab({ group, members }: { group: WorkingGroup; members: Member[] }) {
  const { t, i18n } = useTranslation('workingGroup');
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [type, setType] = useState<OrgType | null>(null);
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({
    key: 'orgType',
    desc: false,
  });

  const orgText = (m: Member) => pickText(m.organisation, lang).text;
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const filtered = members.filter(
      (m) =>
        (showInactive || m.active) &&
        (!type || m.orgType === type) &&
        (!needle ||
          `${m.fullName} ${orgText(m)} ${pickText(m.position, lang).text}`
            .toLowerCase()
            .includes(needle)),
    );
    const value = (m: Member): string | number =>
      sort.key === 'orgType'
        ? ORG_TYPES.indexOf(m.orgType)
        : sort.key === 'organisation'
          ? orgText(m)
          : (m[sort.key] ?? '');
    return filtered.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), lang);
      return (sort.desc ? -order : order) || a.fullName.localeCompare(b.fullName, lang);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- orgText depends only on lang
  }, [members, type, query, showInactive, sort, lang]);

  const header = (key: SortKey, label: string) => (
    <UnstyledButton
      onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : false }))}
      data-testid={`sort-${key}`}
      fw={700}
    >
      {label} {sort.key === key ? (sort.desc ? '▼' : '▲') : ''}
    </UnstyledButton>
  );
  const columns: VirtualColumn<Member>[] = [
    {
      id: 'fullName',
      header: header('fullName', t('members.fullName')),
      cell: (m) => (
        <>
          {m.fullName}
          {!m.active && (
            <Badge ml="xs" size="xs" color="gray">
              {t('members.inactive', { date: m.memberTo ? formatDate(m.memberTo) : '' })}
            </Badge>
          )}
        </>
      ),
    },
    {
      id: 'organisation',
      header: header('organisation', `${t('members.position')}, ${t('members.organisation')}`),
      cell: (m) => [pickText(m.position, lang).text, orgText(m)].filter(Boolean).join(', '),
    },
    {
      id: 'orgType',
      header: header('orgType', t('members.orgType')),
      cell: (m) => t(`orgTypes.${m.orgType}`),
    },
    {
      id: 'phone',
      header: t('members.phone'),
      cell: (m) => [m.phone, m.email].filter(Boolean).join(', '),
    },
    {
      id: 'memberFrom',
      header: header('memberFrom', t('members.memberFrom')),
      width: '9rem',
      cell: (m) => (m.memberFrom ? formatDate(m.memberFrom) : ''),
    },
    {
      id: 'actions',
      header: t('members.actions'),
      width: '15rem',
      cell: (m) => (
        <Editable>
          <Group gap={4} wrap="nowrap">
            <Button size="xs" variant="subtle" onClick={() => setEditing(m)}>
              {t('members.edit')}
            </Button>
            {m.active ? (
              <ConfirmButton
                size="xs"
                variant="subtle"
                color="red"
                question={t('members.deactivateConfirm', { name: m.fullName })}
                onConfirm={async () => void (await deactivateMember(m.id))}
                testId="member-deactivate"
              >
                {t('members.deactivate')}
              </ConfirmButton>
            ) : (
              <Button size="xs" variant="subtle" onClick={() => void reactivateMember(m.id)}>
                {t('members.reactivate')}
              </Button>
            )}
          </Group>
        </Editable>
      ),
    },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Editable>
          <Group>
            <Button onClick={() => setEditing('new')} data-testid="member-add">
              {t('members.add')}
            </Button>
            <Button variant="light" onClick={() => setImporting(true)} data-testid="member-import">
              {t('members.import')}
            </Button>
          </Group>
        </Editable>
        <Text size="sm" c="dimmed" data-testid="member-count">
          {t('members.count', { count: members.filter((m) => m.active).length })}
        </Text>
      </Group>
      <Group>
        <Select
          aria-label={t('members.orgType')}
          placeholder={t('members.allTypes')}
          clearable
          w={280}
          data={ORG_TYPES.map((value) => ({ value, label: t(`orgTypes.${value}`) }))}
          value={type}
          onChange={(value) => setType(value as OrgType | null)}
          data-testid="member-filter-type"
        />
        <TextInput
          aria-label={t('members.search')}
          placeholder={t('members.search')}
          w={300}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Switch
          label={t('members.showInactive')}
          checked={showInactive}
          onChange={(e) => setShowInactive(e.currentTarget.checked)}
          data-testid="member-show-inactive"
        />
      </Group>
      {members.length === 0 ? (
        <Text c="dimmed">{t('members.empty')}</Text>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('members.noMatch')}</Text>
      ) : (
        <VirtualTable
          striped
          highlightOnHover
          data-testid="member-table"
          label={t('tabs.members')}
          rows={rows}
          columns={columns}
          rowId={(m) => m.id}
          rowTestId="member-row"
          rowStyle={(m) => (m.active ? undefined : { opacity: 0.6 })}
        />
      )}
      {editing && (
        <MemberForm
          groupId={group.id}
          member={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && <ImportModal groupId={group.id} onClose={() => setImporting(false)} />}
    </Stack>
  );
}
