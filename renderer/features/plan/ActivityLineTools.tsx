import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCES } from '../../../shared/domain/budget';
import type { Activity, Funder, Plan } from '../../../shared/schemas/plan';
import { useLanguage } from '../../app/useLanguage';
import { DefaultFundersDialog } from './DefaultFundersDialog';
import { text } from './format';
import { PasteLinesDialog } from './PasteLinesDialog';
import './line-tools.css';

/** The plan being edited and the funder register, read once by the editor for every activity. */
export const EditedPlanContext = createContext<{ plan: Plan; funders: Funder[] } | null>(null);

type OpenTool = { kind: 'paste' | 'defaults'; activity: Activity } | null;
const OpenToolContext = createContext<(open: OpenTool) => void>(() => undefined);

/**
 * Holds the paste and default-funder dialogs for every activity of the editor: the editor's rows
 * are drawn only near the view (a virtual table), so a dialog kept in its row would vanish when
 * the table redraws that row.
 */
export function LineToolsHost({ children }: { children: ReactNode }) {
  const edited = useContext(EditedPlanContext);
  const [open, setOpen] = useState<OpenTool>(null);
  const close = () => setOpen(null);
  return (
    <OpenToolContext.Provider value={setOpen}>
      {children}
      {edited && open?.kind === 'paste' && (
        <PasteLinesDialog plan={edited.plan} activity={open.activity} onClose={close} />
      )}
      {edited && open?.kind === 'defaults' && (
        <DefaultFundersDialog activity={open.activity} funders={edited.funders} onClose={close} />
      )}
    </OpenToolContext.Provider>
  );
}

/**
 * Below an activity's lines: paste lines from Excel, and the default funders per source (named
 * beside the button once set). Plain buttons: a plan may have 500 activities.
 */
export function ActivityLineTools({ activity }: { activity: Activity }) {
  const edited = useContext(EditedPlanContext);
  const { t } = useTranslation('budgetEntry');
  const lang = useLanguage();
  const setOpen = useContext(OpenToolContext);
  if (!edited) return null;
  const names = new Map(edited.funders.map((f) => [f.id, text(f.name, lang)]));
  const defaults = SOURCES.flatMap((s) => activity.defaultFunderIds?.[s] ?? [])
    .map((id) => names.get(id))
    .filter((name, i, all) => name && all.indexOf(name) === i);
  return (
    <div className="plan-line-tools">
      <button
        type="button"
        className="plan-add"
        onClick={() => setOpen({ kind: 'paste', activity })}
        data-testid="lines-paste"
      >
        {t('paste')}
      </button>
      <button
        type="button"
        className="plan-add"
        onClick={() => setOpen({ kind: 'defaults', activity })}
        data-testid="line-defaults"
      >
        {t('defaults')}
      </button>
      {defaults.length > 0 && (
        <span className="dimmed" data-testid="line-defaults-names">
          {t('defaultsSet', { names: defaults.join(', ') })}
        </span>
      )}
    </div>
  );
}
