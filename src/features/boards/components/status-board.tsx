import { useRef } from "react";
import { type Party, type Status, statusIds } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { partyLabels, statusGlyphs, statusLabels } from "@/features/commitments/status";
import { focusMainHeading } from "@/lib/focus-main-heading";
import { boardStatus } from "../progress";
import { BoardCard } from "./board-card";

type StatusBoardProps = {
  items: readonly ResolvedCommitment[];
  /** When the view is narrowed to one side, columns are that side's statuses. */
  party: Party | null;
  onMove: (item: ResolvedCommitment, status: Status) => void;
};

/** A column per status. After a move, focus follows the card to its new column, once. */
export function StatusBoard({ items, party, onMove }: StatusBoardProps) {
  const awaitingFocus = useRef<string | null>(null);
  const focusIfMoved = (commitmentId: string) => (link: HTMLAnchorElement | null) => {
    if (!link || awaitingFocus.current !== commitmentId) return;
    awaitingFocus.current = null;
    link.focus({ preventScroll: true });
    link.scrollIntoView({ block: "center" });
  };
  return (
    <div className="board">
      {statusIds.map((status) => {
        const cards = items.filter((item) => boardStatus(item, party) === status);
        const headingId = `column-${status}`;
        return (
          <section
            key={status}
            className={`board__column status-column--${status}`}
            aria-labelledby={headingId}
          >
            <h2 id={headingId} className="board__heading">
              <span aria-hidden="true">{statusGlyphs[status]}</span> {statusLabels[status].en}
              {party ? ` (${partyLabels[party].en})` : ""}{" "}
              <span className="board__count">
                {cards.length}
                <span className="visually-hidden"> {cards.length === 1 ? "commitment" : "commitments"}</span>
              </span>
            </h2>
            {cards.length === 0 ? (
              <p className="board__empty">None</p>
            ) : (
              <ul className="board__cards">
                {cards.map((item) => (
                  <BoardCard
                    key={item.commitment.id}
                    item={item}
                    column={status}
                    moveScope={party ? partyLabels[party].en : "every side"}
                    onMove={(target) => {
                      awaitingFocus.current = item.commitment.id;
                      onMove(item, target);
                      // A card that the filters now hide never mounts again: focus the page's heading instead.
                      requestAnimationFrame(() => {
                        if (awaitingFocus.current !== item.commitment.id) return;
                        awaitingFocus.current = null;
                        focusMainHeading();
                      });
                    }}
                    linkRef={focusIfMoved(item.commitment.id)}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
