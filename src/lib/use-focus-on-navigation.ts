import { useEffect, useRef } from "react";
import { focusMainHeading } from "./focus-main-heading";

/**
 * When another view opens (the path changes), focus goes to its main heading and the page to its top, so
 * keyboard and screen-reader users start reading the new view instead of staying on a link that has gone
 * (WCAG 2.4.3). Not on the first load (the page starts at its top anyway), and not when only the filters or
 * the language change: whoever changed them stays on the control they used.
 */
export function useFocusOnNavigation(pathname: string) {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    window.scrollTo(0, 0);
    focusMainHeading();
  }, [pathname]);
}
