import { createContext, useContext, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem, type ItemKind } from '../../db/plan-items';

/** Asks the editor to confirm and remove an item (one dialog for the whole tree). */
export const RemoveContext = createContext<
  (request: { kind: ItemKind; id: string; name: string }) => void
>(() => {});

interface Props {
  kind: ItemKind;
  id: string;
  name: string;
  locked: boolean;
  onEdit: () => void;
  testId: string;
}

/** The four button labels, translated once per language rather than once per row. */
const labelCache = new Map<string, { up: string; down: string; edit: string; remove: string }>();
function useControlLabels() {
  const { t, i18n } = useTranslation('plan');
  let labels = labelCache.get(i18n.language);
  if (!labels) {
    labels = {
      up: t('editor.moveUp'),
      down: t('editor.moveDown'),
      edit: t('editor.edit'),
      remove: t('editor.remove'),
    };
    labelCache.set(i18n.language, labels);
  }
  return labels;
}

/** Alt+↑ / Alt+↓ on a focused row moves it; used as the row's onKeyDown. */
export function moveKeys(kind: ItemKind, id: string, locked: boolean) {
  return (event: KeyboardEvent) => {
    if (locked || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    void moveItem(kind, id, event.key === 'ArrowUp' ? -1 : 1);
  };
}

/**
 * Move up / down, edit, delete for one item of the plan tree. Plain buttons with native titles:
 * a plan has thousands of rows, so each row must stay cheap to draw.
 */
export function ItemControls({ kind, id, name, locked, onEdit, testId }: Props) {
  const labels = useControlLabels();
  const remove = useContext(RemoveContext);
  if (locked) return null;
  const buttons: [key: 'up' | 'down' | 'edit' | 'remove', glyph: string, onClick: () => void][] = [
    ['up', '↑', () => void moveItem(kind, id, -1)],
    ['down', '↓', () => void moveItem(kind, id, 1)],
    ['edit', '✎', onEdit],
    ['remove', '✕', () => remove({ kind, id, name })],
  ];
  return (
    <span className="plan-controls">
      {buttons.map(([key, glyph, onClick]) => (
        <button
          key={key}
          type="button"
          className={key === 'remove' ? 'danger' : undefined}
          title={labels[key]}
          aria-label={labels[key]}
          onClick={onClick}
          data-testid={`${testId}-${key}`}
        >
          {glyph}
        </button>
      ))}
    </span>
  );
}
