// A text filter kept in the address, sent once typing pauses: writing the address (and so asking the
// server) on every keystroke would make a request per character and fill the list with results for
// half-typed words.
import { useCallback, useEffect, useRef, useState } from 'react';

export const SEARCH_DELAY_MS = 350;

/** What a text field bound to the address pushes: the trimmed text, or undefined for none. */
export type PushSearchText = (value: string | undefined) => void;

/**
 * The debounce without React, so that it can be tested with fake timers: `typed` starts the wait
 * again on each keystroke; `followed` is told the address's value and says what the field should now
 * show, or null when that value is the one we pushed ourselves (showing it would undo what was typed
 * since, or take away the space just typed after "two" of "two words", which the push trimmed).
 */
export interface SearchTextDebounce {
  typed(text: string): void;
  followed(valueFromUrl: string | undefined): string | null;
  cancel(): void;
}

export function createSearchTextDebounce(initialFromUrl: string | undefined, push: PushSearchText, delayMs = SEARCH_DELAY_MS): SearchTextDebounce {
  // The value the address holds as far as we know: the one we pushed last or the one we followed.
  let pushed = initialFromUrl ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    typed(text) {
      cancel();
      const wanted = text.trim();
      // Typed back to what the address already holds (or only spaces added): nothing to ask again.
      if (wanted === pushed) return;
      timer = setTimeout(() => {
        timer = undefined;
        pushed = wanted;
        push(wanted || undefined);
      }, delayMs);
    },
    followed(valueFromUrl) {
      const fromUrl = valueFromUrl ?? '';
      if (fromUrl === pushed) return null;
      // The address changed without typing (Back, "Clear filters"): it wins over a push still waiting.
      cancel();
      pushed = fromUrl;
      return fromUrl;
    },
    cancel,
  };
}

/**
 * The text of a search field whose value lives in the address: shows what is typed at once, pushes
 * the trimmed text (undefined when blank) `delayMs` after the last keystroke, and follows the
 * address when it changes otherwise. The delay is read once, when the field first shows.
 */
export function useDebouncedSearchText(valueFromUrl: string | undefined, push: PushSearchText, delayMs = SEARCH_DELAY_MS): [string, (text: string) => void] {
  const [text, setText] = useState(valueFromUrl ?? '');
  // The latest push, so that a caller's new function on each render does not restart the wait.
  const latestPush = useRef(push);
  useEffect(() => {
    latestPush.current = push;
  }, [push]);
  const [debounce] = useState(() => createSearchTextDebounce(valueFromUrl, (value) => latestPush.current(value), delayMs));

  useEffect(() => {
    const shown = debounce.followed(valueFromUrl);
    if (shown !== null) setText(shown);
  }, [debounce, valueFromUrl]);

  // Leaving the page drops a push still waiting rather than writing another page's address.
  useEffect(() => () => debounce.cancel(), [debounce]);

  const type = useCallback(
    (next: string) => {
      setText(next);
      debounce.typed(next);
    },
    [debounce],
  );
  return [text, type];
}
