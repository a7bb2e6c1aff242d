/** The Kyrgyz catalogue: every namespace of one language, loaded as one chunk by the renderer. */
import assessment from './ky/assessment.json';
import audit from './ky/audit.json';
import auditFields from './ky/auditFields.json';
import backup from './ky/backup.json';
import budgetEntry from './ky/budgetEntry.json';
import city from './ky/city.json';
import citySample from './ky/citySample.json';
import common from './ky/common.json';
import documents from './ky/documents.json';
import errors from './ky/errors.json';
import exchange from './ky/exchange.json';
import exchangeAuto from './ky/exchangeAuto.json';
import execution from './ky/execution.json';
import home from './ky/home.json';
import monitoring from './ky/monitoring.json';
import monitoringLists from './ky/monitoringLists.json';
import paper from './ky/paper.json';
import plan from './ky/plan.json';
import planChecks from './ky/planChecks.json';
import priorities from './ky/priorities.json';
import reports from './ky/reports.json';
import settings from './ky/settings.json';
import study from './ky/study.json';
import studyImport from './ky/studyImport.json';
import territory from './ky/territory.json';
import workbooks from './ky/workbooks.json';
import workingGroup from './ky/workingGroup.json';

export default {
  assessment,
  audit,
  auditFields,
  backup,
  budgetEntry,
  city,
  citySample,
  common,
  documents,
  errors,
  exchange,
  exchangeAuto,
  execution,
  home,
  monitoring,
  monitoringLists,
  paper,
  plan,
  planChecks,
  priorities,
  reports,
  settings,
  study,
  studyImport,
  territory,
  workbooks,
  workingGroup,
};
