import type { Party, Status } from "@/features/commitments/dataset-schema";
import type { Say } from "@/features/status/say";

// Pure parts of dragging a card between columns: which column the arrow keys go to, and what a screen
// reader is told at each step (dnd-kit speaks these through its own live region).

/** The column the arrow keys lead to from `current`: right/down the next, left/up the previous; none past the ends. */
export function columnAfterKey(order: readonly Status[], current: Status, key: string): Status | null {
  const index = order.indexOf(current);
  if (index < 0) return null;
  const step =
    key === "ArrowRight" || key === "ArrowDown" ? 1 : key === "ArrowLeft" || key === "ArrowUp" ? -1 : 0;
  if (step === 0) return null;
  return order[index + step] ?? null;
}

/** A column's name as the board shows it: "Done", or "Done (France)" when narrowed to one side. */
export function columnName(say: Say, status: Status, party: Party | null): string {
  const side = party ? say("boards:board.columnSide", { side: say(`commitments:party.${party}`) }) : "";
  return `${say(`commitments:status.${status}`)}${side}`;
}

export type DragWords = {
  instructions: string;
  start: (title: string, from: Status) => string;
  over: (title: string, over: Status | null) => string;
  end: (title: string, from: Status, to: Status | null) => string;
  cancel: (title: string, from: Status) => string;
};

/**
 * What is said while a card is dragged, naming the card and the column, worded by `say` (the page's
 * language: dnd-kit speaks them as they happen, so they are worded then).
 */
export function dragWords(say: Say, party: Party | null): DragWords {
  const column = (status: Status) => columnName(say, status, party);
  return {
    instructions: say("team:drag.instructions"),
    start: (title, from) => say("team:drag.start", { title, column: column(from) }),
    over: (title, over) =>
      over ? say("team:drag.over", { title, column: column(over) }) : say("team:drag.notOver", { title }),
    end: (title, from, to) =>
      !to
        ? say("team:drag.outside", { title })
        : to === from
          ? say("team:drag.back", { title, column: column(from) })
          : say("team:drag.dropped", { title, column: column(to) }),
    cancel: (title, from) => say("team:drag.cancel", { title, column: column(from) }),
  };
}

/** The id of a card's drag handle: where focus returns when a dropped card's move is cancelled. */
export const dragHandleId = (commitmentId: string) => `drag-${commitmentId}`;
