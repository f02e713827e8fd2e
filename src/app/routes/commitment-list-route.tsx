import { paths } from "@/config/paths";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import { StatusBadge } from "@/features/commitments/components/status-badge";
import { localize } from "@/features/commitments/localize";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { SortableHeader } from "@/features/filters/components/sortable-header";
import { useTracker } from "../use-tracker";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function CommitmentListRoute() {
  const { dataset, visible } = useTracker();
  if (!dataset) return null;
  const initiativeTitle = new Map(dataset.initiatives.map((i) => [i.id, localize(i.title)]));
  return (
    <>
      <title>All commitments — US–France commitments tracker</title>
      <h1>All commitments</h1>
      {visible.length === 0 ? (
        <p className="empty">No commitment matches the filters. Clear a filter to see more.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so that keyboard users can scroll it sideways on a narrow screen (axe: scrollable-region-focusable)
        <section className="table-wrapper" aria-label="Commitments table" tabIndex={0}>
          <table className="commitment-table">
            <caption className="visually-hidden">Commitments, with each side's status</caption>
            <thead>
              <tr>
                <SortableHeader sortKey="title" label="Commitment" />
                <SortableHeader sortKey="initiative" label="Initiative" />
                <SortableHeader sortKey="status" label="Status" />
                <th scope="col">Each side</th>
                <SortableHeader sortKey="updated" label="Last update" />
              </tr>
            </thead>
            <tbody>
              {visible.map((item) => (
                <tr key={item.commitment.id}>
                  <th scope="row">
                    <LinkWithFilters to={paths.commitment.href(item.commitment.id)}>
                      {localize(item.commitment.title)}
                    </LinkWithFilters>
                  </th>
                  <td data-label="Initiative">{initiativeTitle.get(item.commitment.initiativeId)}</td>
                  <td data-label="Status">
                    <StatusBadge status={item.overall} />
                    {item.diverging && <span className="diverging-tag">Sides differ</span>}
                  </td>
                  <td data-label="Each side">
                    <PartyStatuses item={item} />
                  </td>
                  <td data-label="Last update">
                    {item.lastUpdatedAt ? (
                      <time dateTime={item.lastUpdatedAt}>
                        {dateFormat.format(new Date(item.lastUpdatedAt))}
                      </time>
                    ) : (
                      "None yet"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
