import { NavLink, Outlet } from "react-router";
import { paths } from "@/config/paths";
import { CopyLinkButton } from "@/features/filters/components/copy-link-button";
import { FilterBar } from "@/features/filters/components/filter-bar";
import { IgnoredParamsNotice } from "@/features/filters/components/ignored-params-notice";
import { useFilterSearch } from "@/features/filters/filters-store";
import { LocalUpdatesBar } from "@/features/status/components/local-updates-bar";
import { StorageProblemNotice } from "@/features/status/components/storage-problem-notice";
import { useTracker } from "../use-tracker";
import { DatasetStatus } from "./dataset-status";

export function RootLayout() {
  const { query, dataset, problems, all, visible, ignored } = useTracker();
  const search = useFilterSearch();
  return (
    <>
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
            </ul>
          </nav>
          <CopyLinkButton />
        </div>
      </header>
      {dataset && (
        <FilterBar
          initiatives={dataset.initiatives}
          themes={dataset.themes}
          matching={visible.length}
          total={all.length}
        />
      )}
      <main id="main" className="site-main">
        <IgnoredParamsNotice ignored={ignored} />
        <StorageProblemNotice />
        <DatasetStatus query={query} problems={problems} />
        {dataset && (
          <>
            <LocalUpdatesBar items={all} />
            <Outlet />
          </>
        )}
      </main>
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
