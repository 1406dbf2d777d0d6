import { usePlans } from '../../api/queries';
import { PRIMARY_PLAN_CODE } from '../../config';

/** The plan the coordinator's pages show: the first plan, or the default dataset's until plans load. */
export function usePlanCode(): string {
  return usePlans().data?.items[0]?.code ?? PRIMARY_PLAN_CODE;
}
