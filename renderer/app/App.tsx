import { Center, Loader } from '@mantine/core';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useCurrentTerritory } from '../db/hooks';
import { SetupWizard } from '../features/setup/SetupWizard';
import { Frame } from './Frame';

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
      <Frame territory={territory} />
    </Router>
  );
}
