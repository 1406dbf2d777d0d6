// The claim check's verdict as one plain sentence in the reader's language, built from the API's
// structured fields (the API's own sentence is English only). Mirrors the wording of the core's
// English sentence: the claim, where it holds (Type I first, being the narrower measure), the facts.
import type { TFunction } from 'i18next';
import type { ClaimVerdictResponse } from '../../../contracts/api/input-output';

export interface ClaimSentenceParts {
  verdict: ClaimVerdictResponse;
  /** How to name the group when it is not the table's machine building: its products' names. */
  groupNames: string;
  format: (value: number) => string;
}

export function claimSentence(t: TFunction, { verdict, groupNames, format }: ClaimSentenceParts): string {
  const [low, high] = verdict.claimedRange;
  const [ratioLow, ratioHigh] = verdict.claimedRatioRange;
  const claim = t('io.claim.sentence.claim', { low, high, ratioLow, ratioHigh });
  const subject = verdict.groupIsMachineBuilding ? t('io.claim.sentence.subjectMachineBuilding') : t('io.claim.sentence.subjectProducts', { group: groupNames });
  const facts = t('io.claim.sentence.facts', {
    subject,
    elsewhereI: format(verdict.typeI.jobsElsewherePerDirectJob),
    ratioI: format(verdict.typeI.ratio),
    elsewhereII: format(verdict.typeII.jobsElsewherePerDirectJob),
    ratioII: format(verdict.typeII.ratio),
  });
  if (verdict.holds && verdict.basis === 'typeI') return t('io.claim.sentence.holdsTypeI', { claim, facts });
  if (verdict.holds) return t('io.claim.sentence.holdsTypeII', { claim, facts });
  const { comparison: first } = verdict.typeI;
  const { comparison: second } = verdict.typeII;
  const where =
    first === second
      ? t(first === 'above' ? 'io.claim.sentence.bothAbove' : 'io.claim.sentence.bothBelow')
      : t('io.claim.sentence.mixed', { typeI: t(`io.claim.comparison.${first}`), typeII: t(`io.claim.comparison.${second}`) });
  return t('io.claim.sentence.fails', { claim, facts, where });
}
