import { memo } from "react";
import { useTranslation } from "react-i18next";
import { paths } from "@/config/paths";
import { Localized } from "@/features/commitments/components/localized";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import { StatusBadge } from "@/features/commitments/components/status-badge";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { StaleFlag } from "@/features/status/components/stale-flag";
import { useFormat } from "@/lib/intl-format";

type CommitmentRowProps = {
  item: ResolvedCommitment;
  initiativeTitle: string | undefined;
  /** The row's place in the whole table (the header row is 1), for a table that renders only some rows. */
  rowIndex: number;
  measureRef: ((row: HTMLTableRowElement | null) => void) | undefined;
  /** The row's index among the rows, for measuring its height. */
  index: number;
  selected: boolean;
  onToggle: (commitmentId: string) => void;
};

/** One commitment in the table. Memoised: a row whose commitment did not change does not render again. */
export const CommitmentRow = memo(function CommitmentRow({
  item,
  initiativeTitle,
  rowIndex,
  measureRef,
  index,
  selected,
  onToggle,
}: CommitmentRowProps) {
  const titleId = `row-title-${item.commitment.id}`;
  const { t } = useTranslation("commitments");
  const format = useFormat();
  return (
    <tr aria-rowindex={rowIndex} ref={measureRef} data-index={index}>
      <td className="select-cell">
        {/* Named by the row's title: "Establish a comprehensive dialogue on space, checkbox". */}
        <input
          type="checkbox"
          aria-labelledby={titleId}
          checked={selected}
          onChange={() => onToggle(item.commitment.id)}
        />
      </td>
      <th scope="row" id={titleId}>
        <LinkWithFilters to={paths.commitment.href(item.commitment.id)}>
          <Localized text={item.commitment.title} />
        </LinkWithFilters>
      </th>
      <td data-label={t("list.initiative")}>{initiativeTitle}</td>
      <td data-label={t("list.status")}>
        <StatusBadge status={item.overall} />
        {item.diverging && <span className="diverging-tag">{t("sidesDiffer")}</span>}
        <StaleFlag commitmentId={item.commitment.id} />
      </td>
      <td data-label={t("list.eachSide")}>
        <PartyStatuses item={item} />
      </td>
      <td data-label={t("list.lastUpdate")}>
        {item.lastUpdatedAt ? (
          <time dateTime={item.lastUpdatedAt}>{format.date(item.lastUpdatedAt, "medium")}</time>
        ) : (
          t("list.noneYet")
        )}
      </td>
    </tr>
  );
});
