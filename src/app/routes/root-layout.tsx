import { useLayoutEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useMatch } from "react-router";
import { LiveAnnouncer } from "@/components/ui/live-announcer";
import { paths } from "@/config/paths";
import { DatasetStatus } from "@/features/commitments/components/dataset-status";
import { AsOfBanner } from "@/features/filters/components/as-of-banner";
import { CopyLinkButton } from "@/features/filters/components/copy-link-button";
import { FilterBar } from "@/features/filters/components/filter-bar";
import { IgnoredParamsNotice } from "@/features/filters/components/ignored-params-notice";
import { LanguageSwitch } from "@/features/filters/components/language-switch";
import { useFilterSearch } from "@/features/filters/filters-store";
import { IdentityDialog } from "@/features/status/components/identity-dialog";
import { LocalUpdatesBar } from "@/features/status/components/local-updates-bar";
import { StalenessContext } from "@/features/status/components/stale-flag";
import { StorageProblemNotice } from "@/features/status/components/storage-problem-notice";
import { UndoToast } from "@/features/status/components/undo-toast";
import { useFormat } from "@/lib/intl-format";
import { richText } from "@/lib/rich-text";
import { useFocusOnNavigation } from "@/lib/use-focus-on-navigation";
import { removeFirstPage } from "../first-page";
import { type TrackerView, useTrackerData } from "../use-tracker";
import { OverviewIntro } from "./overview-intro";
import { SiteHeader } from "./site-header";
import { FilterBarContext } from "./view-filters";

export function RootLayout() {
  const { query, fallback, dataset, problems, all, visible, filters, shownFilters, ignored, events, stale } =
    useTrackerData();
  const { t } = useTranslation(["common", "app", "a11y"]);
  const format = useFormat();
  const search = useFilterSearch();
  const location = useLocation();
  useFocusOnNavigation(location.pathname);
  useLayoutEffect(removeFirstPage, []); // the layout's page takes the place of index.html's, in one paint
  // "Your updates" is about this browser's updates, not about finding commitments: no filters there.
  // Nor on the accessibility statement, which must be readable even when the data cannot be loaded.
  const onUpdates = useMatch(paths.updates.pattern) !== null;
  const onStatement = useMatch(paths.accessibility.pattern) !== null;
  const onOverview = useMatch(paths.overview.pattern) !== null;
  const withoutFilters = onUpdates || onStatement;
  // The same object while nothing it holds changed: a keystroke's first render leaves the views alone.
  const view: TrackerView | null = useMemo(
    () => (dataset ? { dataset, problems, all, visible, filters: shownFilters, events, stale } : null),
    [dataset, problems, all, visible, shownFilters, events, stale],
  );
  const navTexts = {
    label: t("nav.label"),
    overview: t("nav.overview"),
    commitments: t("nav.commitments"),
    changes: t("nav.changes"),
    updates: t("nav.updates"),
  };
  const hasLocalUpdates = useMemo(() => all.some((item) => item.pendingParties.length > 0), [all]);
  const filterBar = view && !withoutFilters && (
    <FilterBar
      filters={filters}
      initiatives={view.dataset.initiatives}
      themes={view.dataset.themes}
      matching={visible.length}
      total={all.length}
      staleAfterDays={stale.days}
    />
  );
  return (
    <>
      {/* <main> takes focus (tabIndex -1); "Copy link" leaves the #main this adds out of what it copies. */}
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <SiteHeader
        texts={{ siteTitle: t("siteTitle"), nav: navTexts }}
        search={search}
        actions={
          <>
            {/* Keyed by address: "Link copied" belongs to the view that was copied. */}
            <CopyLinkButton key={location.pathname + location.search} hasLocalUpdates={hasLocalUpdates} />
            <LanguageSwitch />
          </>
        }
      />
      {/* A new <main> once the data is there: what it holds replaces the loading message. */}
      {/* "Your updates" shows without the data: it keeps one <main>, so an import's result is not lost. */}
      <main key={view || withoutFilters ? "views" : "loading"} id="main" className="site-main" tabIndex={-1}>
        {filters.asOf && view && (
          <AsOfBanner asOf={filters.asOf} filters={filters} includesLocalUpdates={hasLocalUpdates} />
        )}
        <IgnoredParamsNotice ignored={ignored} />
        <StorageProblemNotice />
        {/* Painted first by index.html at `/` (decision 020): kept in its place until the overview shows it. */}
        {!view && query.isPending && onOverview && (
          <OverviewIntro title={t("overview.title")} lede={t("overview.lede")} />
        )}
        <DatasetStatus query={query} fallback={fallback} problems={problems} />
        {view && <LocalUpdatesBar items={all} />}
        {/* This browser's updates can be downloaded or imported even while the data cannot be loaded; the
            route stays mounted in one place when the data arrives, so nothing it shows is lost. */}
        <StalenessContext value={stale}>
          <FilterBarContext value={filterBar}>
            {(view || withoutFilters) && <Outlet context={view} />}
          </FilterBarContext>
        </StalenessContext>
      </main>
      <LiveAnnouncer />
      <UndoToast />
      <IdentityDialog />
      {/* On every view and state, loading and failures included: the way to the accessibility statement. */}
      <footer className="site-footer">
        {dataset && (
          <p>
            {/* The announcement's title is English whatever the page's language. */}
            {richText(
              (values) => String(t("app:footer.source", values as never)),
              { title: dataset.source.title, date: format.date(dataset.updatedAt) },
              {
                title: (children) => (format.lang === "en" ? children : <span lang="en">{children}</span>),
                date: (children) => <time dateTime={dataset.updatedAt}>{children}</time>,
              },
            )}
          </p>
        )}
        <p>
          <Link to={{ pathname: paths.accessibility.href(), search }}>{t("a11y:footerLink")}</Link>
        </p>
      </footer>
    </>
  );
}
