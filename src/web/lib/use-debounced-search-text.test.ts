import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSearchTextDebounce, SEARCH_DELAY_MS } from './use-debounced-search-text';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Types `text` a character at a time, `gapMs` apart, as a person would. */
function typeOut(debounce: ReturnType<typeof createSearchTextDebounce>, text: string, from = '', gapMs = 50): void {
  for (let length = from.length + 1; length <= text.length; length += 1) {
    debounce.typed(text.slice(0, length));
    vi.advanceTimersByTime(gapMs);
  }
}

describe('the debounced search text', () => {
  it('pushes once, the final text trimmed, when typing pauses for the delay', () => {
    const push = vi.fn();
    const debounce = createSearchTextDebounce(undefined, push);
    typeOut(debounce, '  marat ');
    expect(push).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SEARCH_DELAY_MS - 50 - 1);
    expect(push).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(push.mock.calls).toEqual([['marat']]);
  });

  it('waits the delay it is given', () => {
    const push = vi.fn();
    const debounce = createSearchTextDebounce(undefined, push, 1000);
    debounce.typed('x');
    vi.advanceTimersByTime(999);
    expect(push).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(push.mock.calls).toEqual([['x']]);
  });

  it('pushes undefined when the text is emptied, and nothing when only spaces are added', () => {
    const push = vi.fn();
    const debounce = createSearchTextDebounce('marat', push);
    debounce.typed('marat  ');
    vi.advanceTimersByTime(SEARCH_DELAY_MS * 2);
    expect(push).not.toHaveBeenCalled();
    debounce.typed('');
    vi.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(push.mock.calls).toEqual([[undefined]]);
  });

  it('pushes nothing when the text is typed back to what the address holds before the delay', () => {
    const push = vi.fn();
    const debounce = createSearchTextDebounce('ab', push);
    debounce.typed('abc');
    debounce.typed('ab');
    vi.advanceTimersByTime(SEARCH_DELAY_MS * 2);
    expect(push).not.toHaveBeenCalled();
  });

  it('does not echo its own push back into the field, even as typing goes on', () => {
    const push = vi.fn();
    const debounce = createSearchTextDebounce(undefined, push);
    debounce.typed('two ');
    vi.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(push.mock.calls).toEqual([['two']]);
    debounce.typed('two w');
    // The address now says "two": the field keeps "two w", and the push of it still comes.
    expect(debounce.followed('two')).toBeNull();
    vi.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(push.mock.calls).toEqual([['two'], ['two w']]);
    expect(debounce.followed('two w')).toBeNull();
    debounce.typed('');
    vi.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(debounce.followed(undefined)).toBeNull();
  });

  it('follows the address when it changes without typing (Back, "Clear filters"), dropping a push still waiting', () => {
    const push = vi.fn();
    const debounce = createSearchTextDebounce('marat', push);
    expect(debounce.followed('marat')).toBeNull();
    debounce.typed('marat s');
    expect(debounce.followed(undefined)).toBe('');
    vi.advanceTimersByTime(SEARCH_DELAY_MS * 2);
    expect(push).not.toHaveBeenCalled();
    expect(debounce.followed('dana')).toBe('dana');
    // What the address holds now is what typing is compared with.
    debounce.typed('dana');
    vi.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(push).not.toHaveBeenCalled();
    debounce.typed('');
    vi.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(push.mock.calls).toEqual([[undefined]]);
  });

  it('pushes nothing once cancelled (the field has left the page)', () => {
    const push = vi.fn();
    const debounce = createSearchTextDebounce(undefined, push);
    debounce.typed('marat');
    debounce.cancel();
    vi.advanceTimersByTime(SEARCH_DELAY_MS * 2);
    expect(push).not.toHaveBeenCalled();
  });
});
