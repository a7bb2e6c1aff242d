/* Loader of the city summary (document kind `citySummary`, id = the workspace's territory id). */
import { citySummaryDocument } from '../../../shared/documents/city-summary';
import { today } from '../../../shared/format';
import type { DocumentModule } from '../../documents';
import { loadCity } from './load-city';

export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const data = await loadCity(id);
  if (!data || data.figures.districts.length === 0) return null;
  return citySummaryDocument(
    {
      workspaceName: data.workspace.name,
      figures: data.figures,
      problems: data.problems,
      funders: new Map([...data.funders].map(([fid, f]) => [fid, f.name])),
      date: today(),
    },
    lang,
  );
};
