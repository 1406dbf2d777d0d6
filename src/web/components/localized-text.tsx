// Shows a data text in the current language, or in another one with a visible, spoken marker.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage, type LocalizedTextValue, type PickedText } from '../../contracts/languages';
import { useLanguage } from '../lib/language-context';

interface LocalizedTextProps {
  text: LocalizedTextValue | null | undefined;
  /** Shown when the text is absent in every language. */
  empty?: string;
}

export function LocalizedText({ text, empty }: LocalizedTextProps) {
  const { t } = useTranslation();
  const picked = pickLanguage(text, useLanguage());
  if (!picked) return <span className="muted">{empty ?? t('common.notStated')}</span>;
  return (
    <>
      <span lang={picked.language}>{picked.text}</span>
      {picked.isFallback && <FallbackMarker picked={picked} />}
    </>
  );
}

export function FallbackMarker({ picked }: { picked: PickedText }) {
  const { t } = useTranslation();
  const label = t(`language.fallback.${picked.language}`);
  return (
    <span className="lang-badge" title={label}>
      <span aria-hidden="true">{picked.language.toUpperCase()}</span>
      <span className="visually-hidden">({label})</span>
    </span>
  );
}

/** For places that take plain strings (option labels, chart labels, titles): "text [RU]". */
export function useLocalizedString(): (text: LocalizedTextValue | null | undefined) => string {
  const language = useLanguage();
  return useCallback(
    (text) => {
      const picked = pickLanguage(text, language);
      if (!picked) return '';
      return picked.isFallback ? `${picked.text} [${picked.language.toUpperCase()}]` : picked.text;
    },
    [language],
  );
}
