/*
 * Each feature's part of the sample district, in the order they are loaded (later ones may read
 * what earlier ones wrote). Imported once at start-up by the settings screen.
 */
import { contributeWorkingGroup } from '../working-group/sample';
import { contributeStudy } from '../study/sample';
import { contributePriorities } from '../priorities/sample';
import { registerSampleContributor } from './sample';
import { contributePlan } from '../plan/sample';
import { contributeMonitoring } from '../monitoring/sample';
import { contributeFollowUp } from '../monitoring/sample-followup';
import { contributeReports } from '../reports/sample';
import { contributeAssessment } from '../monitoring/sample-assessment';

const FEATURE_SAMPLES: Parameters<typeof registerSampleContributor>[0][] = [
  contributeWorkingGroup,
  contributeStudy,
  contributePriorities,
  contributePlan,
  contributeMonitoring,
  contributeFollowUp,
  contributeReports,
  contributeAssessment,
];

for (const contributor of FEATURE_SAMPLES) registerSampleContributor(contributor);
