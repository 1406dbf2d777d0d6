// An organisation as official plans cite it: the short name (МПС), with the full name on hover and
// for screen readers. Short names are often only in Russian: then they carry the language marker.
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../contracts/api/organizations';
import { pickLanguage } from '../../contracts/languages';
import { useLanguage } from '../lib/language-context';
import { LocalizedText } from './localized-text';

interface OrganizationNameProps {
  organization: Organization;
  /** "short": the short name where there is one; "full": the full name. */
  form?: 'short' | 'full';
}

export function OrganizationName({ organization, form = 'short' }: OrganizationNameProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const short = pickLanguage(organization.shortNames, language);
  const full = pickLanguage(organization.names, language);
  if (form === 'full' || !short || !full) return <LocalizedText text={organization.names} empty={organization.code} />;
  return (
    <span className="organization-short">
      <abbr title={full.text} lang={short.language} aria-hidden="true">
        {short.text}
      </abbr>
      {short.isFallback && (
        <span className="lang-badge" aria-hidden="true" title={t(`language.fallback.${short.language}`)}>
          {short.language.toUpperCase()}
        </span>
      )}
      <span className="visually-hidden">
        <LocalizedText text={organization.names} />
      </span>
    </span>
  );
}
