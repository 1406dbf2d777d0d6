// Text search that does not depend on the database's locale: both the stored text and the query
// are folded here, the same way, and the database compares bytes.

/** Folds text for matching: Unicode-normalised, lower-cased, "ё" as "е", runs of spaces as one. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Joins every language of every given text into one folded search string. */
export function buildSearchText(parts: Array<string | Record<string, string | undefined> | null | undefined>): string {
  const pieces: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    if (typeof part === 'string') pieces.push(part);
    else for (const value of Object.values(part)) if (value) pieces.push(value);
  }
  return foldForSearch(pieces.join(' \u2016 '));
}
