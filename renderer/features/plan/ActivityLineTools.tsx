import { createContext, useContext, useState } from 'react';
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

/**
 * Below an activity's lines: paste lines from Excel, and the default funders per source (named
 * beside the button once set). Plain buttons: a plan may have 500 activities.
 */
export function ActivityLineTools({ activity }: { activity: Activity }) {
  const edited = useContext(EditedPlanContext);
  const { t } = useTranslation('budgetEntry');
  const lang = useLanguage();
  const [open, setOpen] = useState<'paste' | 'defaults' | null>(null);
  if (!edited) return null;
  const names = new Map(edited.funders.map((f) => [f.id, text(f.name, lang)]));
  const defaults = SOURCES.flatMap((s) => activity.defaultFunderIds?.[s] ?? [])
    .map((id) => names.get(id))
    .filter((name, i, all) => name && all.indexOf(name) === i);
  const close = () => setOpen(null);
  return (
    <div className="plan-line-tools">
      <button
        type="button"
        className="plan-add"
        onClick={() => setOpen('paste')}
        data-testid="lines-paste"
      >
        {t('paste')}
      </button>
      <button
        type="button"
        className="plan-add"
        onClick={() => setOpen('defaults')}
        data-testid="line-defaults"
      >
        {t('defaults')}
      </button>
      {defaults.length > 0 && (
        <span className="dimmed" data-testid="line-defaults-names">
          {t('defaultsSet', { names: defaults.join(', ') })}
        </span>
      )}
      {open === 'paste' && (
        <PasteLinesDialog plan={edited.plan} activity={activity} onClose={close} />
      )}
      {open === 'defaults' && (
        <DefaultFundersDialog activity={activity} funders={edited.funders} onClose={close} />
      )}
    </div>
  );
}
