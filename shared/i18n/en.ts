/** The English catalogue: every namespace of one language, loaded as one chunk by the renderer. */
import assessment from './en/assessment.json';
import audit from './en/audit.json';
import auditFields from './en/auditFields.json';
import backup from './en/backup.json';
import budgetEntry from './en/budgetEntry.json';
import city from './en/city.json';
import citySample from './en/citySample.json';
import common from './en/common.json';
import documents from './en/documents.json';
import errors from './en/errors.json';
import exchange from './en/exchange.json';
import exchangeAuto from './en/exchangeAuto.json';
import execution from './en/execution.json';
import home from './en/home.json';
import monitoring from './en/monitoring.json';
import monitoringLists from './en/monitoringLists.json';
import paper from './en/paper.json';
import plan from './en/plan.json';
import planChecks from './en/planChecks.json';
import priorities from './en/priorities.json';
import reports from './en/reports.json';
import settings from './en/settings.json';
import study from './en/study.json';
import studyImport from './en/studyImport.json';
import territory from './en/territory.json';
import workbooks from './en/workbooks.json';
import workingGroup from './en/workingGroup.json';

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
