import { memo } from "react";
import { paths } from "@/config/paths";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import { StatusBadge } from "@/features/commitments/components/status-badge";
import { localize } from "@/features/commitments/localize";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { StaleFlag } from "@/features/status/components/stale-flag";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

type CommitmentRowProps = {
  item: ResolvedCommitment;
  initiativeTitle: string | undefined;
  /** The row's place in the whole table (the header row is 1), for a table that renders only some rows. */
  rowIndex: number;
  measureRef: ((row: HTMLTableRowElement | null) => void) | undefined;
  /** The row's index among the rows, for measuring its height. */
  index: number;
};

/** One commitment in the table. Memoised: a row whose commitment did not change does not render again. */
export const CommitmentRow = memo(function CommitmentRow({
  item,
  initiativeTitle,
  rowIndex,
  measureRef,
  index,
}: CommitmentRowProps) {
  return (
    <tr aria-rowindex={rowIndex} ref={measureRef} data-index={index}>
      <th scope="row">
        <LinkWithFilters to={paths.commitment.href(item.commitment.id)}>
          {localize(item.commitment.title)}
        </LinkWithFilters>
      </th>
      <td data-label="Initiative">{initiativeTitle}</td>
      <td data-label="Status">
        <StatusBadge status={item.overall} />
        {item.diverging && <span className="diverging-tag">Sides differ</span>}
        <StaleFlag commitmentId={item.commitment.id} />
      </td>
      <td data-label="Each side">
        <PartyStatuses item={item} />
      </td>
      <td data-label="Last update">
        {item.lastUpdatedAt ? (
          <time dateTime={item.lastUpdatedAt}>{dateFormat.format(new Date(item.lastUpdatedAt))}</time>
        ) : (
          "None yet"
        )}
      </td>
    </tr>
  );
});
