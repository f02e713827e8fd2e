import { useCallback, useEffect, useMemo, useState } from "react";
import { type Party, type Status, statusIds } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { focusMainHeading } from "@/lib/focus-main-heading";
import { groupByBoardStatus } from "../progress";
import { BoardColumn } from "./board-column";

type StatusBoardProps = {
  items: readonly ResolvedCommitment[];
  /** When the view is narrowed to one side, columns are that side's statuses. */
  party: Party | null;
  onMove: (item: ResolvedCommitment, status: Status) => void;
};

/** A column per status. After a move, focus follows the card to its new column, once. */
export function StatusBoard({ items, party, onMove }: StatusBoardProps) {
  const columns = useMemo(() => groupByBoardStatus(items, party), [items, party]);
  const [moved, setMoved] = useState<string | null>(null);
  const move = useCallback(
    (item: ResolvedCommitment, target: Status) => {
      setMoved(item.commitment.id);
      onMove(item, target);
    },
    [onMove],
  );
  const focused = useCallback(() => setMoved(null), []);
  // A moved card that the filters now hide is in no column: focus the page's heading instead.
  useEffect(() => {
    if (moved && !items.some((item) => item.commitment.id === moved)) {
      setMoved(null);
      focusMainHeading();
    }
  }, [moved, items]);
  return (
    <div className="board">
      {statusIds.map((status) => (
        <BoardColumn
          key={status}
          status={status}
          cards={columns[status]}
          party={party}
          onMove={move}
          focusId={moved}
          onFocused={focused}
        />
      ))}
    </div>
  );
}
