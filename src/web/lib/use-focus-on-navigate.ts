import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page (not on the first load, not when only the query string or the
 * #fragment changes), puts the keyboard focus at the start of the main content, as a full page
 * load would, so keyboard and screen reader users are not left on a link that no longer exists.
 * An address with a #fragment is left to useScrollToHash.
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>): void {
  const { pathname, hash } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (hash) return;
    target.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname, hash, target]);
}
