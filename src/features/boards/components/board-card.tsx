import { memo, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { paths } from "@/config/paths";
import { Localized, useLocalize } from "@/features/commitments/components/localized";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import type { Status } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { StaleFlag } from "@/features/status/components/stale-flag";
import { MoveToMenu } from "./move-to-menu";

type BoardCardProps = {
  item: ResolvedCommitment;
  column: Status;
  /** Whose status a move sets, for the menu to say: "every side" or one side's name. */
  moveScope: string;
  onMove: (item: ResolvedCommitment, status: Status) => void;
  /** Where the card is in its whole column (from 0), which may be longer than what is rendered. */
  index: number;
  columnSize: number;
  measureRef: ((card: HTMLLIElement | null) => void) | undefined;
  /** The card just moved here: focus follows it. */
  takeFocus: boolean;
  onFocused: () => void;
};

/** A card of the board. Memoised: with thousands of cards, only those whose commitment changed render again. */
export const BoardCard = memo(function BoardCard({
  item,
  column,
  moveScope,
  onMove,
  index,
  columnSize,
  measureRef,
  takeFocus,
  onFocused,
}: BoardCardProps) {
  const { t } = useTranslation("commitments");
  const title = useLocalize()(item.commitment.title);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!takeFocus || !link.current) return;
    link.current.focus({ preventScroll: true });
    link.current.scrollIntoView({ block: "center" });
    onFocused();
  }, [takeFocus, onFocused]);
  return (
    <li
      className="card board-card"
      aria-posinset={index + 1}
      aria-setsize={columnSize}
      ref={measureRef}
      data-index={index}
    >
      <h3 className="board-card__title">
        <LinkWithFilters to={paths.commitment.href(item.commitment.id)} ref={link}>
          <Localized text={item.commitment.title} />
        </LinkWithFilters>
      </h3>
      <PartyStatuses item={item} />
      {item.diverging && <p className="diverging-tag">{t("sidesDiffer")}</p>}
      <StaleFlag commitmentId={item.commitment.id} />
      <MoveToMenu
        title={title}
        current={column}
        scope={moveScope}
        onMove={(target) => onMove(item, target)}
      />
    </li>
  );
});
