import { Center, Loader } from '@mantine/core';
import { withStyles } from './late-styles';
import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Territory } from '../../shared/schemas/territory';
import { useCurrentTerritory } from '../db/hooks';
import { Frame } from './Frame';

// Forms and their validation load only when the wizard is needed (first run, new territory).
const SetupWizard = lazy(withStyles(() => import('../features/setup/SetupWizard')));

const loading = (
  <Center mih="100vh">
    <Loader />
  </Center>
);

// Documents are drawn outside the frame (architecture A9); see renderer/documents/index.ts.
const PrintRoute = lazy(withStyles(() => import('../documents/PrintRoute')));

/**
 * First run shows the wizard; afterwards the frame for the current territory. `initialTerritory`
 * was read while the catalogue loaded, so the first render is already the real screen.
 */
export function App({ initialTerritory }: { initialTerritory?: Territory | null }) {
  const territory = useCurrentTerritory(initialTerritory);
  if (territory === undefined) return loading;
  if (territory === null) {
    return (
      <Suspense fallback={loading}>
        <SetupWizard firstRun />
      </Suspense>
    );
  }
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/print/*">
          <Suspense fallback={<Loader />}>
            <PrintRoute />
          </Suspense>
        </Route>
        <Route>
          <Frame territory={territory} />
        </Route>
      </Switch>
    </Router>
  );
}
