import { Badge, Button, Group, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
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

type Editing =
  { kind: 'problem'; problem?: CatalogueProblem } | { kind: 'place'; place?: Place } | null;

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
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('catalogue.problems')}</Title>
          <Button
            size="xs"
            onClick={() => setEditing({ kind: 'problem' })}
            data-testid="problem-add"
          >
            {t('catalogue.addProblem')}
          </Button>
        </Group>
        <Table striped data-testid="problem-table">
          <Table.Tbody>
            {(problems ?? []).map((p, i) => (
              <Table.Tr key={p.code} opacity={p.retired ? 0.6 : 1}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  {pickText(p.title, lang).text} {p.retired && retiredBadge}
                </Table.Td>
                <Table.Td>{t(`categories.${p.category}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => setEditing({ kind: 'problem', problem: p })}
                    >
                      {t('common:edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => void updateProblem(p.code, { retired: !p.retired })}
                      data-testid={`problem-retire-${p.code}`}
                    >
                      {t(p.retired ? 'catalogue.restore' : 'catalogue.retire')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('catalogue.places')}</Title>
          <Button size="xs" onClick={() => setEditing({ kind: 'place' })} data-testid="place-add">
            {t('catalogue.addPlace')}
          </Button>
        </Group>
        <Table striped data-testid="place-table">
          <Table.Tbody>
            {(places ?? []).map((p) => (
              <Table.Tr key={p.id} opacity={p.retired ? 0.6 : 1}>
                <Table.Td>
                  {pickText(p.name, lang).text} {p.retired && retiredBadge}
                </Table.Td>
                <Table.Td>{t(`placeKinds.${p.kind}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => setEditing({ kind: 'place', place: p })}
                    >
                      {t('common:edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => void updatePlace(p.id, { retired: !p.retired })}
                    >
                      {t(p.retired ? 'catalogue.restore' : 'catalogue.retire')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing?.kind === 'problem' && (
        <ProblemForm problem={editing.problem} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'place' && (
        <PlaceForm place={editing.place} onClose={() => setEditing(null)} />
      )}
    </SimpleGrid>
  );
}
