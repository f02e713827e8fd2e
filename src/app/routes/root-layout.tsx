import { NavLink, Outlet, useLocation, useMatch } from "react-router";
import { LiveAnnouncer } from "@/components/ui/live-announcer";
import { paths } from "@/config/paths";
import { DatasetStatus } from "@/features/commitments/components/dataset-status";
import { CopyLinkButton } from "@/features/filters/components/copy-link-button";
import { FilterBar } from "@/features/filters/components/filter-bar";
import { IgnoredParamsNotice } from "@/features/filters/components/ignored-params-notice";
import { useFilterSearch } from "@/features/filters/filters-store";
import { LocalUpdatesBar } from "@/features/status/components/local-updates-bar";
import { StorageProblemNotice } from "@/features/status/components/storage-problem-notice";
import { type TrackerView, useTrackerData } from "../use-tracker";

export function RootLayout() {
  const { query, fallback, dataset, problems, all, visible, filters, ignored, events } = useTrackerData();
  const search = useFilterSearch();
  const location = useLocation();
  // "Your updates" is about this browser's updates, not about finding commitments: no filters there.
  const onUpdatesPage = useMatch(paths.updates.pattern) !== null;
  const view: TrackerView | null = dataset ? { dataset, problems, all, visible, filters, events } : null;
  return (
    <>
      {/* <main> takes focus (tabIndex -1); "Copy link" leaves the #main this adds out of what it copies. */}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-title">US–France commitments</p>
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to={{ pathname: paths.overview.href(), search }} end>
                  Overview
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: paths.commitments.href(), search }} end>
                  All commitments
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: paths.updates.href(), search }} end>
                  Your updates
                </NavLink>
              </li>
            </ul>
          </nav>
          {/* Keyed by address: "Link copied" belongs to the view that was copied. */}
          <CopyLinkButton
            key={location.pathname + location.search}
            hasLocalUpdates={all.some((item) => item.pendingParties.length > 0)}
          />
        </div>
      </header>
      {view && !onUpdatesPage && (
        <FilterBar
          filters={view.filters}
          initiatives={view.dataset.initiatives}
          themes={view.dataset.themes}
          matching={visible.length}
          total={all.length}
        />
      )}
      <main id="main" className="site-main" tabIndex={-1}>
        <IgnoredParamsNotice ignored={ignored} />
        <StorageProblemNotice />
        <DatasetStatus query={query} fallback={fallback} problems={problems} />
        {view && <LocalUpdatesBar items={all} />}
        {/* This browser's updates can be downloaded or imported even while the data cannot be loaded; the
            route stays mounted in one place when the data arrives, so nothing it shows is lost. */}
        {(view || onUpdatesPage) && <Outlet context={view} />}
      </main>
      <LiveAnnouncer />
      <footer className="site-footer">
        {dataset && (
          <p>
            Source: “{dataset.source.title}”. Data updated{" "}
            <time dateTime={dataset.updatedAt}>
              {new Date(dataset.updatedAt).toLocaleDateString("en", { dateStyle: "long" })}
            </time>
            .
          </p>
        )}
      </footer>
    </>
  );
}
