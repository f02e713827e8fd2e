import type { ReactNode } from "react";
import { NavLink } from "react-router";
import { paths } from "@/config/paths";
import type { common } from "@/locales/en/common";

type SiteHeaderProps = {
  /** The frame's words in the page's language (the `common` texts; index.html's page has no i18next). */
  texts: { siteTitle: string; nav: Record<keyof typeof common.nav, string> };
  /** The address's query, which every link keeps: the filters and the language are part of the view. */
  search: string;
  /** The buttons at the header's end ("Copy link", the language switch). */
  actions: ReactNode;
};

/**
 * The site's header: its title, the navigation and the buttons. One component for the layout and for
 * index.html's first page (first-page-html.tsx), so that the header does not change size when the layout
 * takes over (on a phone its links and buttons wrap to three lines).
 */
export function SiteHeader({ texts, search, actions }: SiteHeaderProps) {
  const links = [
    [paths.overview.href(), texts.nav.overview],
    [paths.commitments.href(), texts.nav.commitments],
    [paths.changes.href(), texts.nav.changes],
    [paths.updates.href(), texts.nav.updates],
  ] as const;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-title">{texts.siteTitle}</p>
        <nav aria-label={texts.nav.label}>
          <ul>
            {links.map(([pathname, label]) => (
              <li key={pathname}>
                <NavLink to={{ pathname, search }} end>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {actions}
      </div>
    </header>
  );
}
