import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
// The home screen is the first usable screen: it ships in the entry chunk, not behind a second request.
import HomeScreen from '../features/home/HomeScreen';
import { withStyles } from './late-styles';

export type SectionKey =
  | 'home'
  | 'workingGroup'
  | 'study'
  | 'priorities'
  | 'plan'
  | 'monitoring'
  | 'documents'
  | 'audit'
  | 'settings'
  | 'city';

export interface Section {
  key: SectionKey;
  /** Hash route, e.g. `/settings`; nested routes of a feature start with it. */
  path: string;
  component: LazyExoticComponent<ComponentType> | ComponentType;
}

/**
 * The sections of the cycle in the navigation, in order. A section that is not built yet is not
 * listed (issue "Foundation II"); features add themselves here.
 */
export const SECTIONS: Section[] = [
  { key: 'home', path: '/', component: HomeScreen },
  {
    key: 'workingGroup',
    path: '/working-group',
    component: lazy(withStyles(() => import('../features/working-group/WorkingGroupScreen'))),
  },
  {
    key: 'study',
    path: '/study',
    component: lazy(withStyles(() => import('../features/study/StudyScreen'))),
  },
  {
    key: 'priorities',
    path: '/priorities',
    component: lazy(withStyles(() => import('../features/priorities/PrioritiesScreen'))),
  },
  {
    key: 'plan',
    path: '/plan',
    component: lazy(withStyles(() => import('../features/plan/PlanSection'))),
  },
  {
    key: 'monitoring',
    path: '/monitoring',
    component: lazy(withStyles(() => import('../features/monitoring/MonitoringSection'))),
  },
  {
    key: 'documents',
    path: '/documents',
    component: lazy(withStyles(() => import('../features/working-group/DocumentsScreen'))),
  },
  {
    key: 'audit',
    path: '/audit',
    component: lazy(withStyles(() => import('../features/audit/AuditScreen'))),
  },
  {
    key: 'settings',
    path: '/settings',
    component: lazy(withStyles(() => import('../features/settings/SettingsScreen'))),
  },
  // Listed only for a workspace that has imported districts (Frame); no Alt shortcut.
  {
    key: 'city',
    path: '/city',
    component: lazy(withStyles(() => import('../features/city/CityScreen'))),
  },
];
