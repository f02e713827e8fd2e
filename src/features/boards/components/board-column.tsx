import { useDroppable } from "@dnd-kit/core";
import { useLayoutEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Party, Status } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { statusGlyphs } from "@/features/commitments/status";
import { useWindowList } from "@/lib/use-window-list";
import { BoardCard } from "./board-card";

type BoardColumnProps = {
  status: Status;
  cards: readonly ResolvedCommitment[];
  party: Party | null;
  onMove: (item: ResolvedCommitment, target: Status, opener: HTMLElement | null) => void;
  /** No drag while a past day is shown. */
  readOnly: boolean;
  /** The card that just moved here, if any: scrolled to and given focus. */
  focusId: string | null;
  onFocused: () => void;
};

/**
 * One status's cards. A long column renders only the cards near the window; each card says its place in the
 * whole column (aria-posinset of aria-setsize), so a screen reader still tells "card 3 of 12,000".
 */
export function BoardColumn({
  status,
  cards,
  party,
  onMove,
  readOnly,
  focusId,
  onFocused,
}: BoardColumnProps) {
  const { t } = useTranslation(["boards", "commitments"]);
  const list = useWindowList<HTMLUListElement>({
    count: cards.length,
    estimateSize: 140,
    renderAllUpTo: 60,
    gap: 8,
    overscan: 4, // ≈600 px either side; each card more renders again on every move (decision 018)
  });
  const focusIndex = focusId ? cards.findIndex((item) => item.commitment.id === focusId) : -1;
  const { renderItem } = list;
  // The moved card must be rendered to take focus (it then scrolls itself into view).
  useLayoutEffect(() => {
    if (focusIndex >= 0) renderItem(focusIndex);
  }, [focusIndex, renderItem]);
  const headingId = `column-${status}`;
  // The whole column takes a drop, including the part of a long column that is not rendered.
  const { setNodeRef, isOver } = useDroppable({ id: status });
  return (
    <section
      ref={setNodeRef}
      className={`board__column status-column--${status}${isOver ? " board__column--over" : ""}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="board__heading">
        <span aria-hidden="true">{statusGlyphs[status]}</span> {t(`commitments:status.${status}`)}
        {party ? t("board.columnSide", { side: t(`commitments:party.${party}`) }) : ""}{" "}
        <span className="board__count">
          {cards.length}
          <span className="visually-hidden"> {t("board.countNoun", { count: cards.length })}</span>
        </span>
      </h2>
      {cards.length === 0 ? (
        <p className="board__empty">{t("board.none")}</p>
      ) : (
        <ul
          className="board__cards"
          ref={list.listRef}
          style={{ paddingTop: list.spaceBefore, paddingBottom: list.spaceAfter }}
        >
          {list.items.map(({ index }) => {
            const item = cards[index] as ResolvedCommitment;
            return (
              <BoardCard
                key={item.commitment.id}
                item={item}
                column={status}
                moveScope={party ? t(`commitments:party.${party}`) : t("board.everySide")}
                onMove={onMove}
                readOnly={readOnly}
                index={index}
                columnSize={cards.length}
                measureRef={list.measureItem}
                takeFocus={item.commitment.id === focusId}
                onFocused={onFocused}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
