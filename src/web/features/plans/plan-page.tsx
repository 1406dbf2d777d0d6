import { useParams } from 'react-router';
import { PlanOverview } from './plan-overview';

export function PlanPage() {
  const { planCode = '' } = useParams();
  return <PlanOverview planCode={planCode} />;
}
