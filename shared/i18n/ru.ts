/** The Russian catalogue: every namespace of one language, loaded as one chunk by the renderer. */
import assessment from './ru/assessment.json';
import audit from './ru/audit.json';
import auditFields from './ru/auditFields.json';
import backup from './ru/backup.json';
import budgetEntry from './ru/budgetEntry.json';
import city from './ru/city.json';
import citySample from './ru/citySample.json';
import common from './ru/common.json';
import documents from './ru/documents.json';
import errors from './ru/errors.json';
import exchange from './ru/exchange.json';
import exchangeAuto from './ru/exchangeAuto.json';
import execution from './ru/execution.json';
import home from './ru/home.json';
import monitoring from './ru/monitoring.json';
import monitoringLists from './ru/monitoringLists.json';
import paper from './ru/paper.json';
import plan from './ru/plan.json';
import planChecks from './ru/planChecks.json';
import priorities from './ru/priorities.json';
import reports from './ru/reports.json';
import settings from './ru/settings.json';
import study from './ru/study.json';
import studyImport from './ru/studyImport.json';
import territory from './ru/territory.json';
import workbooks from './ru/workbooks.json';
import workingGroup from './ru/workingGroup.json';

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
