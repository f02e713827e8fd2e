import type { Ref } from "react";
import { paths } from "@/config/paths";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import type { Status } from "@/features/commitments/dataset-schema";
import { localize } from "@/features/commitments/localize";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { MoveToMenu } from "./move-to-menu";

type BoardCardProps = {
  item: ResolvedCommitment;
  column: Status;
  /** Whose status a move sets, for the menu to say: "every side" or one side's name. */
  moveScope: string;
  onMove: (status: Status) => void;
  /** Given to the card that just moved, so focus follows it to its new column. */
  linkRef?: Ref<HTMLAnchorElement>;
};

export function BoardCard({ item, column, moveScope, onMove, linkRef }: BoardCardProps) {
  const title = localize(item.commitment.title);
  return (
    <li className="card board-card">
      <h3 className="board-card__title">
        <LinkWithFilters to={paths.commitment.href(item.commitment.id)} ref={linkRef}>
          {title}
        </LinkWithFilters>
      </h3>
      <PartyStatuses item={item} />
      {item.diverging && <p className="diverging-tag">Sides differ</p>}
      <MoveToMenu title={title} current={column} scope={moveScope} onMove={onMove} />
    </li>
  );
}
