import { useDraggable } from "@dnd-kit/core";
import {
  type KeyboardEvent,
  type MouseEvent,
  memo,
  type TouchEvent,
  useCallback,
  useEffect,
  useRef,
} from "react";
import { useTranslation } from "react-i18next";
import { paths } from "@/config/paths";
import { Localized, useLocalize } from "@/features/commitments/components/localized";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import type { Status } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { StaleFlag } from "@/features/status/components/stale-flag";
import { dragHandleId } from "../drag-columns";
import { MoveToMenu } from "./move-to-menu";

type BoardCardProps = {
  item: ResolvedCommitment;
  column: Status;
  /** Whose status a move sets, for the menu to say: "every side" or one side's name. */
  moveScope: string;
  onMove: (item: ResolvedCommitment, status: Status, opener: HTMLElement | null) => void;
  /** A past day is shown: the card cannot be dragged (a disabled fieldset does not stop dnd-kit's listeners). */
  readOnly: boolean;
  /** Where the card is in its whole column (from 0), which may be longer than what is rendered. */
  index: number;
  columnSize: number;
  measureRef: ((card: HTMLLIElement | null) => void) | undefined;
  /** The card just moved here: focus follows it. */
  takeFocus: boolean;
  onFocused: () => void;
};

/**
 * A card of the board: its place in the column and what drags it. Memoised: with thousands of cards, only
 * those whose commitment or place changed render again, and a change of place alone (every card after a
 * moved one, and every card of both columns, whose size changed) leaves the card's content alone.
 */
export const BoardCard = memo(function BoardCard({
  item,
  column,
  moveScope,
  onMove,
  readOnly,
  index,
  columnSize,
  measureRef,
  takeFocus,
  onFocused,
}: BoardCardProps) {
  const title = useLocalize()(item.commitment.title);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: item.commitment.id,
    data: { item, column, title },
    disabled: readOnly,
  });
  const ref = useCallback(
    (card: HTMLLIElement | null) => {
      setNodeRef(card);
      measureRef?.(card);
    },
    [setNodeRef, measureRef],
  );
  // The mouse drags the whole card; the keyboard, its handle (Space on a link or a button inside the card
  // keeps its own meaning). Not from inside the open "Move to…" menu.
  const fromMenu = (target: EventTarget) => target instanceof Element && target.closest("[popover]") !== null;
  const mouseDown = (event: MouseEvent<HTMLLIElement>) => {
    if (readOnly || fromMenu(event.target)) return;
    listeners?.onMouseDown?.(event); // first: dnd-kit ignores a press whose default is prevented
    // Pressing on the card's text starts a drag, not a text selection; links and buttons keep their press.
    if (event.target instanceof Element && !event.target.closest("a, button")) event.preventDefault();
  };
  const touchStart = (event: TouchEvent<HTMLLIElement>) => {
    if (!fromMenu(event.target)) listeners?.onTouchStart?.(event);
  };
  return (
    <li
      className={`card board-card${isDragging ? " board-card--dragging" : ""}`}
      aria-posinset={index + 1}
      aria-setsize={columnSize}
      ref={ref}
      data-index={index}
      onMouseDown={mouseDown}
      onTouchStart={touchStart}
    >
      <BoardCardContent
        item={item}
        column={column}
        title={title}
        moveScope={moveScope}
        onMove={onMove}
        handle={attributes}
        handleListeners={listeners}
        setHandleRef={setActivatorNodeRef}
        takeFocus={takeFocus}
        onFocused={onFocused}
      />
    </li>
  );
});

type Draggable = ReturnType<typeof useDraggable>;

type BoardCardContentProps = Pick<
  BoardCardProps,
  "item" | "column" | "moveScope" | "onMove" | "takeFocus" | "onFocused"
> & {
  title: string;
  /** The drag handle's attributes and keyboard listener, from dnd-kit (the same objects until they change). */
  handle: Draggable["attributes"];
  handleListeners: Draggable["listeners"];
  setHandleRef: (element: HTMLElement | null) => void;
};

/**
 * What a card shows: rendered again when its commitment, the language or the menu's scope changed, when it
 * is to take focus, and when dnd-kit's handle props change (a drag of this card, a past day shown) — not
 * when only its place in the column changed.
 */
const BoardCardContent = memo(function BoardCardContent({
  item,
  column,
  title,
  moveScope,
  onMove,
  handle,
  handleListeners,
  setHandleRef,
  takeFocus,
  onFocused,
}: BoardCardContentProps) {
  const { t } = useTranslation(["commitments", "team"]);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!takeFocus || !link.current) return;
    link.current.focus({ preventScroll: true });
    link.current.scrollIntoView({ block: "center" });
    onFocused();
  }, [takeFocus, onFocused]);
  return (
    <>
      <button
        type="button"
        {...handle}
        id={dragHandleId(item.commitment.id)}
        ref={setHandleRef}
        className="drag-handle"
        aria-label={t("team:board.dragHandle", { title })}
        onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => handleListeners?.onKeyDown?.(event)}
      >
        <span aria-hidden="true">⠿</span>
      </button>
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
        onMove={(target, opener) => onMove(item, target, opener)}
      />
    </>
  );
});
