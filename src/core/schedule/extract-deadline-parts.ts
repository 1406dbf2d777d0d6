// Runs the patterns over a normalized deadline text in a fixed order, each taking the words it
// understands out of the text. Whatever is left must be filler («года», «до», punctuation): a
// leftover word means the text says something the parser does not know, and the caller refuses to
// guess. That check is what keeps «декабрь 2024 года, далее ежегодно» from being read as a one-off.
import type { DeadlinePart, Groups, PartRule } from './deadline-part';
import { FILLER_WORDS } from './deadline-vocabulary';
import { DATE_RULES, PERIOD_RULES, RANGE_RULES, YEAR_RULES } from './period-patterns';
import { DUE_RULES, MARKER_RULES } from './recurrence-patterns';

const RULES: PartRule[] = [...MARKER_RULES, ...DATE_RULES, ...RANGE_RULES, ...PERIOD_RULES, ...DUE_RULES, ...YEAR_RULES];

/** Stands in for taken words so that the words around them do not join into a new match. */
const TAKEN = ' ¦ ';

const FILLER = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${FILLER_WORDS.join('|')})(?![\p{L}\p{N}])`, 'gu');

export interface ExtractedParts {
  parts: DeadlinePart[];
  /** The words no pattern took and that are not filler; empty when everything was understood. */
  leftover: string;
}

export function extractDeadlineParts(normalized: string): ExtractedParts {
  let text = normalized;
  const found: { at: number; part: DeadlinePart }[] = [];
  for (const rule of RULES) {
    text = applyRule(rule, text, (part, at) => found.push({ part, at }));
  }
  const leftover = text
    .replace(FILLER, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // Positions are approximate after replacements, but only their order matters (for messages).
  found.sort((a, b) => a.at - b.at);
  return { parts: found.map((f) => f.part), leftover };
}

function applyRule(rule: PartRule, text: string, take: (part: DeadlinePart, at: number) => void): string {
  let result = '';
  let last = 0;
  rule.pattern.lastIndex = 0;
  for (const match of text.matchAll(rule.pattern)) {
    const words = match[0];
    const part = rule.read((match.groups ?? {}) as Groups, words.trim());
    if (!part) continue;
    take(part, match.index);
    result += text.slice(last, match.index) + TAKEN;
    last = match.index + words.length;
  }
  return result + text.slice(last);
}
