import { Route, Switch } from 'wouter';
import { BudgetSummary } from './BudgetSummary';
import { FundersScreen } from './FundersScreen';
import { PlanEditor } from './PlanEditor';
import { PlanList } from './PlanList';
import './plan.css';

/** The plan section: list, funder register, one plan's editor and its budget summary. */
export default function PlanSection() {
  return (
    <Switch>
      <Route path="/plan/funders" component={FundersScreen} />
      <Route path="/plan/:id/summary">{(params) => <BudgetSummary planId={params.id} />}</Route>
      <Route path="/plan/:id">
        {(params) => <PlanEditor key={params.id} planId={params.id} />}
      </Route>
      <Route component={PlanList} />
    </Switch>
  );
}
