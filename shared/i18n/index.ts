/*
 * The ru, ky and en catalogues (architecture A10), one JSON file per namespace and language, so
 * that features add text without touching each other's files. The main process reads them too.
 */
import type { Language } from '../languages';
import ruCommon from './ru/common.json';
import kyCommon from './ky/common.json';
import enCommon from './en/common.json';
import ruErrors from './ru/errors.json';
import kyErrors from './ky/errors.json';
import enErrors from './en/errors.json';
import ruTerritory from './ru/territory.json';
import kyTerritory from './ky/territory.json';
import enTerritory from './en/territory.json';
import ruSettings from './ru/settings.json';
import kySettings from './ky/settings.json';
import enSettings from './en/settings.json';
import ruHome from './ru/home.json';
import kyHome from './ky/home.json';
import enHome from './en/home.json';
import ruDocuments from './ru/documents.json';
import kyDocuments from './ky/documents.json';
import enDocuments from './en/documents.json';
import ruWorkingGroup from './ru/workingGroup.json';
import kyWorkingGroup from './ky/workingGroup.json';
import enWorkingGroup from './en/workingGroup.json';
import ruStudy from './ru/study.json';
import kyStudy from './ky/study.json';
import enStudy from './en/study.json';
import ruPlan from './ru/plan.json';
import kyPlan from './ky/plan.json';
import enPlan from './en/plan.json';
import ruPriorities from './ru/priorities.json';
import kyPriorities from './ky/priorities.json';
import enPriorities from './en/priorities.json';
import ruBackup from './ru/backup.json';
import kyBackup from './ky/backup.json';
import enBackup from './en/backup.json';
import ruAudit from './ru/audit.json';
import kyAudit from './ky/audit.json';
import enAudit from './en/audit.json';

type Catalogue = { [key: string]: string | Catalogue };

/** Every namespace of every language. */
export const resources = {
  ru: {
    plan: ruPlan,
    priorities: ruPriorities,
    common: ruCommon,
    errors: ruErrors,
    territory: ruTerritory,
    settings: ruSettings,
    home: ruHome,
    documents: ruDocuments,
    workingGroup: ruWorkingGroup,
    study: ruStudy,
    backup: ruBackup,
    audit: ruAudit,
  },
  ky: {
    plan: kyPlan,
    priorities: kyPriorities,
    common: kyCommon,
    errors: kyErrors,
    territory: kyTerritory,
    settings: kySettings,
    home: kyHome,
    documents: kyDocuments,
    workingGroup: kyWorkingGroup,
    study: kyStudy,
    backup: kyBackup,
    audit: kyAudit,
  },
  en: {
    plan: enPlan,
    priorities: enPriorities,
    common: enCommon,
    errors: enErrors,
    territory: enTerritory,
    settings: enSettings,
    home: enHome,
    documents: enDocuments,
    workingGroup: enWorkingGroup,
    study: enStudy,
    backup: enBackup,
    audit: enAudit,
  },
} satisfies Record<Language, Record<string, Catalogue>>;

export type Namespace = keyof (typeof resources)['ru'];
export const NAMESPACES = Object.keys(resources.ru) as Namespace[];
