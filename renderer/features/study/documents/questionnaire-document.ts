import { mergeCatalogue } from '../../../../shared/domain/study/catalogue';
import { questionnaireDocument } from '../../../../shared/documents/questionnaire';
import type { DocumentModule } from '../../../documents';
import { getDb } from '../../../db/database';

/** The blank resident questionnaire of study `id` (document kind `questionnaire`); null when it does not exist. */
export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const db = getDb();
  const study = await db.studies.get(id);
  if (!study) return null;
  const [territory, places, problemRows] = await Promise.all([
    db.territories.get(study.territoryId),
    db.places.where('territoryId').equals(study.territoryId).toArray(),
    db.problems.toArray(),
  ]);
  return questionnaireDocument(
    {
      study,
      territoryName: territory?.name,
      territoryId: study.territoryId,
      places,
      problems: mergeCatalogue(problemRows),
    },
    lang,
  );
};
