import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useCurrentTerritory } from '../db/hooks';
import { SetupWizard } from '../features/setup/SetupWizard';
import { Frame } from './Frame';

// Documents are drawn outside the frame (architecture A9); see renderer/documents/index.ts.
const PrintRoute = lazy(() => import('../documents/PrintRoute'));

/** First run shows the wizard; afterwards the frame for the current territory. */
export function App() {
  const territory = useCurrentTerritory();
  if (territory === undefined) {
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  }
  if (territory === null) return <SetupWizard firstRun />;
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
