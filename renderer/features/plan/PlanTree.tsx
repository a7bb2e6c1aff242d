import { Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanOutline } from '../../../shared/domain/plan-outline';
import type { Activity, BudgetLine, Objective, PlanPriority } from '../../../shared/schemas/plan';
import { ActivityCard } from './ActivityCard';
import { text, uiLanguage } from './format';
import { ItemControls, moveKeys } from './ItemControls';
import { TotalsLine } from './TotalsLine';

/** What the tree asks the editor to open. */
export type TreeDialog =
  | { kind: 'priority'; priority?: PlanPriority }
  | { kind: 'objective'; priorityId: string; objective?: Objective }
  | { kind: 'activity'; objectiveId: string; activity?: Activity }
  | { kind: 'line'; activityId: string; line?: BudgetLine };

interface Props {
  outline: PlanOutline;
  locked: boolean;
  open: (dialog: TreeDialog) => void;
}

/** Priority → objectives → activities → budget lines, with totals at every level. */
export function PlanTree({ outline, locked, open }: Props) {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  return (
    <Stack>
      {outline.priorities.length === 0 && <Text c="dimmed">{t('editor.empty')}</Text>}
      {outline.priorities.map((p) => (
        <Card key={p.priority.id} withBorder data-testid="priority">
          <Group
            justify="space-between"
            wrap="nowrap"
            tabIndex={0}
            onKeyDown={moveKeys('priority', p.priority.id, locked)}
            data-testid="priority-row"
          >
            <Title
              order={4}
              style={{ overflowWrap: 'anywhere' }}
            >{`${p.number}. ${text(p.priority.title, lang)}`}</Title>
            {p.priority.priorityId && (
              <Badge variant="outline" color="gray" data-testid="priority-linked">
                {t('editor.linkedPriority')}
              </Badge>
            )}
            <ItemControls
              kind="priority"
              id={p.priority.id}
              name={text(p.priority.title, lang)}
              locked={locked}
              onEdit={() => open({ kind: 'priority', priority: p.priority })}
              testId="priority"
            />
          </Group>
          <TotalsLine totals={p.totals} testId="priority-totals" />
          <Stack mt="sm" gap="sm" pl="md">
            {p.objectives.map((o) => (
              <Box key={o.objective.id} data-testid="objective">
                <Group
                  justify="space-between"
                  wrap="nowrap"
                  tabIndex={0}
                  onKeyDown={moveKeys('objective', o.objective.id, locked)}
                >
                  <Text
                    fw={700}
                    style={{ overflowWrap: 'anywhere' }}
                  >{`${o.number}. ${text(o.objective.title, lang)}`}</Text>
                  <ItemControls
                    kind="objective"
                    id={o.objective.id}
                    name={text(o.objective.title, lang)}
                    locked={locked}
                    onEdit={() =>
                      open({ kind: 'objective', priorityId: p.priority.id, objective: o.objective })
                    }
                    testId="objective"
                  />
                </Group>
                <Stack gap="sm" pl="md" mt="xs">
                  {o.activities.map((a) => (
                    <ActivityCard
                      key={a.activity.id}
                      node={a}
                      locked={locked}
                      onEdit={() =>
                        open({
                          kind: 'activity',
                          objectiveId: o.objective.id,
                          activity: a.activity,
                        })
                      }
                      onAddLine={() => open({ kind: 'line', activityId: a.activity.id })}
                      onEditLine={(line) => open({ kind: 'line', activityId: a.activity.id, line })}
                    />
                  ))}
                  {!locked && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => open({ kind: 'activity', objectiveId: o.objective.id })}
                      data-testid="activity-add"
                    >
                      {`+ ${t('editor.addActivity')}`}
                    </Button>
                  )}
                </Stack>
              </Box>
            ))}
            {!locked && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => open({ kind: 'objective', priorityId: p.priority.id })}
                data-testid="objective-add"
              >
                {`+ ${t('editor.addObjective')}`}
              </Button>
            )}
          </Stack>
        </Card>
      ))}
      {!locked && (
        <Button
          variant="light"
          onClick={() => open({ kind: 'priority' })}
          data-testid="priority-add"
        >
          {`+ ${t('editor.addPriority')}`}
        </Button>
      )}
    </Stack>
  );
}
