/*
 * What closed cycles left unresolved, shown to the next priorities assessment (issue 16): the
 * priorities the working group marked when closing the latest cycle, by title.
 */
import { Alert, List } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { unresolvedPriorities } from '../../db/monitoring/cycle';

export function UnresolvedNotice({ territoryId }: { territoryId: string }) {
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  const cycles = useLiveQuery(() => unresolvedPriorities(territoryId), [territoryId]);
  const latest = cycles?.[0];
  if (!latest) return null;
  return (
    <Alert color="orange" title={t('unresolvedNotice')} data-testid="unresolved-notice">
      <List size="sm">
        {latest.priorities.map((p) => (
          <List.Item key={p.key} data-testid="unresolved-priority" data-code={p.problemCode}>
            {pickText(p.title, lang).text}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
