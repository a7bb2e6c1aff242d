import { Badge, Button, Group, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import { pickText } from '../../../shared/schemas/localized-text';
import type { Place } from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { useLanguage } from '../../app/useLanguage';
import { updatePlace, updateProblem } from '../../db/study/catalogue';
import { PlaceForm, ProblemForm } from './CatalogueForms';
import { useProblems } from '../../db/hooks';
import { usePlaces } from './useStudyData';
import { Editable } from '../../app/read-only';
import { catalogueName } from '../../../shared/domain/study/catalogue';

type Editing =
  { kind: 'problem'; problem?: CatalogueProblem } | { kind: 'place'; place?: Place } | null;

/** One catalogue list: its title, an add button and a row per entry. */
function CatalogueSection({
  title,
  addLabel,
  addTestId,
  tableTestId,
  onAdd,
  children,
}: {
  title: string;
  addLabel: string;
  addTestId: string;
  tableTestId: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>{title}</Title>
        <Editable>
          <Button size="xs" onClick={onAdd} data-testid={addTestId}>
            {addLabel}
          </Button>
        </Editable>
      </Group>
      <Table striped data-testid={tableTestId}>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The edit and retire (or restore) buttons of a catalogue row. */
function RowActions({
  retired,
  onEdit,
  onRetire,
  retireTestId,
}: {
  retired: boolean | undefined;
  onEdit: () => void;
  onRetire: () => void;
  retireTestId?: string;
}) {
  const { t } = useTranslation('study');
  return (
    <Table.Td>
      <Editable>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="compact-xs" variant="default" onClick={onEdit}>
            {t('common:edit')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={onRetire} data-testid={retireTestId}>
            {t(retired ? 'catalogue.restore' : 'catalogue.retire')}
          </Button>
        </Group>
      </Editable>
    </Table.Td>
  );
}

/** The problem catalogue (global) and the territory's places: add, rename, retire. */
export function CatalogueTab() {
  const { t } = useTranslation('study');
  const lang = useLanguage();
  const territory = useTerritory();
  const problems = useProblems();
  const places = usePlaces(territory.id);
  const [editing, setEditing] = useState<Editing>(null);
  const retiredBadge = <Badge color="gray">{t('catalogue.retired')}</Badge>;
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }}>
      <CatalogueSection
        title={t('catalogue.problems')}
        addLabel={t('catalogue.addProblem')}
        addTestId="problem-add"
        tableTestId="problem-table"
        onAdd={() => setEditing({ kind: 'problem' })}
      >
        {(problems ?? []).map((p, i) => (
          <Table.Tr key={p.code} opacity={p.retired ? 0.6 : 1}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              {catalogueName(p, lang)} {p.retired && retiredBadge}
            </Table.Td>
            <Table.Td>{t(`categories.${p.category}`)}</Table.Td>
            <RowActions
              retired={p.retired}
              onEdit={() => setEditing({ kind: 'problem', problem: p })}
              onRetire={() => void updateProblem(p.code, { retired: !p.retired })}
              retireTestId={`problem-retire-${p.code}`}
            />
          </Table.Tr>
        ))}
      </CatalogueSection>
      <CatalogueSection
        title={t('catalogue.places')}
        addLabel={t('catalogue.addPlace')}
        addTestId="place-add"
        tableTestId="place-table"
        onAdd={() => setEditing({ kind: 'place' })}
      >
        {(places ?? []).map((p) => (
          <Table.Tr key={p.id} opacity={p.retired ? 0.6 : 1}>
            <Table.Td>
              {pickText(p.name, lang).text} {p.retired && retiredBadge}
            </Table.Td>
            <Table.Td>{t(`placeKinds.${p.kind}`)}</Table.Td>
            <RowActions
              retired={p.retired}
              onEdit={() => setEditing({ kind: 'place', place: p })}
              onRetire={() => void updatePlace(p.id, { retired: !p.retired })}
            />
          </Table.Tr>
        ))}
      </CatalogueSection>
      {editing?.kind === 'problem' && (
        <ProblemForm problem={editing.problem} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'place' && (
        <PlaceForm place={editing.place} onClose={() => setEditing(null)} />
      )}
    </SimpleGrid>
  );
}
