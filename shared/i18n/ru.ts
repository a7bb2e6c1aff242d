/** The Russian catalogue: every namespace of one language, loaded as one chunk by the renderer. */
import assessment from './ru/assessment.json';
import audit from './ru/audit.json';
import backup from './ru/backup.json';
import common from './ru/common.json';
import documents from './ru/documents.json';
import errors from './ru/errors.json';
import home from './ru/home.json';
import monitoring from './ru/monitoring.json';
import plan from './ru/plan.json';
import priorities from './ru/priorities.json';
import settings from './ru/settings.json';
import study from './ru/study.json';
import studyImport from './ru/studyImport.json';
import territory from './ru/territory.json';
import workingGroup from './ru/workingGroup.json';

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
