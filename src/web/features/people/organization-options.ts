// The organisations a person can belong to, as choices: from the organisations list the app already
// loads for the measure filters, short name first where there is one.
import { useMemo } from 'react';
import { useOrganizations } from '../../api/queries';
import { useLocalizedString } from '../../components/localized-text';

export interface OrganizationOption {
  code: string;
  label: string;
}

export function useOrganizationOptions(): { options: OrganizationOption[]; labelOf: (code: string) => string; isPending: boolean } {
  const organizations = useOrganizations();
  const localized = useLocalizedString();
  const options = useMemo(
    () =>
      (organizations.data?.items ?? [])
        .map((organization) => {
          const full = localized(organization.names);
          const short = localized(organization.shortNames);
          return { code: organization.code, label: short && short !== full ? `${short} — ${full}` : full || organization.code };
        })
        .sort((a, b) => a.label.localeCompare(b.label)),
    [organizations.data, localized],
  );
  const labels = useMemo(() => new Map(options.map((option) => [option.code, option.label])), [options]);
  return { options, labelOf: (code) => labels.get(code) ?? code, isPending: organizations.isPending };
}
