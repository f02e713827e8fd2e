import type { Party, Status } from "@/features/commitments/dataset-schema";
import { commitments } from "@/locales/en/commitments";

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
export function columnName(status: Status, party: Party | null): string {
  return `${commitments.status[status]}${party ? ` (${commitments.party[party]})` : ""}`;
}

export type DragWords = {
  start: (title: string, from: Status) => string;
  over: (title: string, over: Status | null) => string;
  end: (title: string, from: Status, to: Status | null) => string;
  cancel: (title: string, from: Status) => string;
};

/** What is said while a card is dragged, naming the card and the column. */
export function dragWords(party: Party | null): DragWords {
  const name = (status: Status) => columnName(status, party);
  return {
    start: (title, from) =>
      `Picked up “${title}” from the ${name(from)} column. Use the arrow keys to choose a column, Space or Enter to drop, Escape to cancel.`,
    over: (title, over) =>
      over ? `“${title}” is over the ${name(over)} column.` : `“${title}” is not over a column.`,
    end: (title, from, to) =>
      !to
        ? `“${title}” was dropped outside the columns: nothing changed.`
        : to === from
          ? `“${title}” was dropped back on the ${name(from)} column: nothing changed.`
          : `“${title}” was dropped on the ${name(to)} column. Give a reason to confirm the move.`,
    cancel: (title, from) => `Move cancelled: “${title}” stays in the ${name(from)} column.`,
  };
}

export const dragInstructions =
  "To move this card to another column, press Space or Enter to pick it up, the arrow keys to choose a column, then Space or Enter to drop it. Escape cancels.";

/** The id of a card's drag handle: where focus returns when a dropped card's move is cancelled. */
export const dragHandleId = (commitmentId: string) => `drag-${commitmentId}`;
