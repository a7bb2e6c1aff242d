/** The Kyrgyz catalogue: every namespace of one language, loaded as one chunk by the renderer. */
import assessment from './ky/assessment.json';
import audit from './ky/audit.json';
import backup from './ky/backup.json';
import common from './ky/common.json';
import documents from './ky/documents.json';
import errors from './ky/errors.json';
import home from './ky/home.json';
import monitoring from './ky/monitoring.json';
import plan from './ky/plan.json';
import priorities from './ky/priorities.json';
import settings from './ky/settings.json';
import study from './ky/study.json';
import studyImport from './ky/studyImport.json';
import territory from './ky/territory.json';
import workingGroup from './ky/workingGroup.json';

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
