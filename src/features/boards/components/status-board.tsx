import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocalize } from "@/features/commitments/components/localized";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { partyChangesForMove, statusOf } from "@/features/commitments/status";
import { type Party, type Status, statusIds } from "@/features/commitments/status-event-schema";
import type { StatusChange } from "@/features/status/build-changes";
import type { ChangeProblem } from "@/features/status/change-rules";
import { ensureIdentity } from "@/features/status/identity-prompt";
import type { Say } from "@/features/status/say";
import { focusMainHeading } from "@/lib/focus-main-heading";
import { columnAfterKey, columnName, dragHandleId, dragWords } from "../drag-columns";
import { groupByBoardStatus } from "../progress";
import { BoardColumn } from "./board-column";
import { MoveDialog, type MoveWords } from "./move-dialog";

export type MoveRequest = { item: ResolvedCommitment; target: Status; changes: StatusChange[] } & MoveWords;

type StatusBoardProps = {
  items: readonly ResolvedCommitment[];
  /** When the view is narrowed to one side, columns are that side's statuses. */
  party: Party | null;
  /** Records a move; returns the problems that stopped it, if any. */
  onMove: (request: MoveRequest) => readonly ChangeProblem[];
  /** A past day is shown (as-of): no card can be dragged. The AsOfLock fieldset does not stop dnd-kit. */
  readOnly?: boolean;
};

/** What a dragged card carries, for the announcements and the drop. */
type CardData = { item: ResolvedCommitment; column: Status; title: string };

type PendingMove = {
  item: ResolvedCommitment;
  target: Status;
  changes: StatusChange[];
  opener: HTMLElement | null;
};

// Pointer drags use where the pointer is; keyboard drags, where the card's rectangle is.
const collision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

/**
 * A column per status. Cards move with "Move to…" or by drag and drop (mouse, touch, or keyboard: Space to pick
 * up, arrows to choose a column); either way a dialog asks why before anything is recorded. After a move,
 * focus follows the card to its new column, once.
 */
export function StatusBoard({ items, party, onMove, readOnly = false }: StatusBoardProps) {
  const columns = useMemo(() => groupByBoardStatus(items, party), [items, party]);
  const [moved, setMoved] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [dragged, setDragged] = useState<CardData | null>(null);

  // Narrowed to one side, a move sets that side's status; otherwise every side's that is not dropped, so that
  // the card lands in the column it was moved to.
  const changesFor = useCallback(
    (item: ResolvedCommitment, target: Status): StatusChange[] => {
      const parties = party ? [party] : partyChangesForMove(item.commitment.parties, item.statuses, target);
      return parties
        .filter((p) => item.commitment.parties.includes(p))
        .map((p) => ({
          commitmentId: item.commitment.id,
          party: p,
          from: statusOf(item.statuses, p),
          status: target,
        }));
    },
    [party],
  );

  const requestMove = useCallback(
    async (item: ResolvedCommitment, target: Status, opener: HTMLElement | null) => {
      const changes = changesFor(item, target);
      if (changes.length === 0) return;
      if (!(await ensureIdentity())) {
        opener?.focus();
        return;
      }
      setPending({ item, target, changes, opener });
    },
    [changesFor],
  );

  const focused = useCallback(() => setMoved(null), []);
  // A moved card that the filters now hide is in no column: focus the page's heading instead.
  useEffect(() => {
    if (moved && !items.some((item) => item.commitment.id === moved)) {
      setMoved(null);
      focusMainHeading();
    }
  }, [moved, items]);

  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );
  const { t } = useTranslation(["team", "boards", "commitments"]);
  const localize = useLocalize();
  const say = useCallback<Say>((key, values) => String(t(key as never, values as never)), [t]);
  const words = useMemo(() => dragWords(say, party), [say, party]);
  // A picked-up card is over its own column at once: saying so would cut off "Picked up …".
  const leftItsColumn = useRef(false);
  const announcements = useMemo<Announcements>(() => {
    const data = (active: { data: { current?: unknown } }) => active.data.current as CardData;
    const column = (over: { id: unknown } | null) => (over ? (over.id as Status) : null);
    return {
      onDragStart: ({ active }) => {
        leftItsColumn.current = false;
        return words.start(data(active).title, data(active).column);
      },
      onDragOver: ({ active, over }) => {
        const target = column(over);
        if (target === data(active).column && !leftItsColumn.current) return undefined;
        leftItsColumn.current = true;
        return words.over(data(active).title, target);
      },
      onDragEnd: ({ active, over }) => words.end(data(active).title, data(active).column, column(over)),
      onDragCancel: ({ active }) => words.cancel(data(active).title, data(active).column),
    };
  }, [words]);

  const dragStarted = ({ active }: DragStartEvent) => setDragged(active.data.current as CardData);
  const dropped = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const card = active.data.current as CardData;
    const target = over?.id as Status | undefined;
    if (!target || target === card.column) return;
    // The handle kept focus through a keyboard drag: Cancel returns there.
    const handle = document.getElementById(dragHandleId(card.item.commitment.id));
    void requestMove(card.item, target, handle);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      accessibility={{ announcements, screenReaderInstructions: { draggable: words.instructions } }}
      onDragStart={dragStarted}
      onDragEnd={dropped}
      onDragCancel={() => setDragged(null)}
    >
      <div className="board">
        {statusIds.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            cards={columns[status]}
            party={party}
            onMove={requestMove}
            readOnly={readOnly}
            focusId={moved}
            onFocused={focused}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <div className="card board-card board-card--overlay">
            <p className="board-card__title">{dragged.title}</p>
          </div>
        )}
      </DragOverlay>
      {pending && (
        <MoveDialog
          title={localize(pending.item.commitment.title)}
          columnName={columnName(say, pending.target, party)}
          target={pending.target}
          changes={pending.changes}
          onCancel={() => {
            const { opener } = pending;
            setPending(null);
            opener?.focus();
          }}
          onConfirm={(moveWords) => {
            const problems = onMove({ ...pending, ...moveWords });
            if (problems.length === 0) {
              setPending(null);
              setMoved(pending.item.commitment.id);
            }
            return problems;
          }}
        />
      )}
    </DndContext>
  );
}

/** The arrow keys move a dragged card to the next or previous column (not by pixels). */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const current = (context.over?.id ?? (context.active?.data.current as CardData | undefined)?.column) as
    | Status
    | undefined;
  if (!current) return undefined;
  const next = columnAfterKey(statusIds, current, event.code);
  if (!next) return event.code.startsWith("Arrow") ? currentCoordinates : undefined;
  const rect = context.droppableRects.get(next);
  if (!rect) return currentCoordinates;
  event.preventDefault();
  return { x: rect.left + 8, y: rect.top + 40 };
};

// Made once: dnd-kit compares options by identity, and new ones re-render every card (decision 018).
// A click stays a click; on a touch screen a short press picks a card up, so a swipe still scrolls.
const MOUSE = { activationConstraint: { distance: 6 } };
const TOUCH = { activationConstraint: { delay: 250, tolerance: 6 } };
const KEYBOARD = { coordinateGetter: columnCoordinates };
