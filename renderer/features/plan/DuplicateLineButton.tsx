import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { duplicateLine } from '../../db/plan-lines';
import { errorMessage } from './format';

/** Copies a budget line right below itself. A plain button, like the row's other controls. */
export function DuplicateLineButton({ lineId }: { lineId: string }) {
  const { t } = useTranslation('budgetEntry');
  const label = t('duplicate');
  return (
    <span className="plan-controls">
      <button
        type="button"
        title={label}
        aria-label={`${label} ×2`}
        data-testid="line-duplicate"
        onClick={() =>
          void duplicateLine(lineId).then(
            () => notifications.show({ message: t('duplicated'), color: 'teal' }),
            (error: unknown) =>
              notifications.show({ message: errorMessage(t, error), color: 'red' }),
          )
        }
      >
        {/* The sign is part of the name too: what is seen is what a voice command says
            (axe: label-content-name-mismatch). */}
        ×2
      </button>
    </span>
  );
}
