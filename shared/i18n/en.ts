/** The English catalogue: every namespace of one language, loaded as one chunk by the renderer. */
import assessment from './en/assessment.json';
import audit from './en/audit.json';
import backup from './en/backup.json';
import common from './en/common.json';
import documents from './en/documents.json';
import errors from './en/errors.json';
import home from './en/home.json';
import monitoring from './en/monitoring.json';
import plan from './en/plan.json';
import priorities from './en/priorities.json';
import settings from './en/settings.json';
import study from './en/study.json';
import studyImport from './en/studyImport.json';
import territory from './en/territory.json';
import workingGroup from './en/workingGroup.json';

export default {
  assessment,
  audit,
  backup,
  common,
  documents,
  errors,
  home,
  monitoring,
  plan,
  priorities,
  settings,
  study,
  studyImport,
  territory,
  workingGroup,
};
