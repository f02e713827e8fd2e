// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveCommitment } from "@/features/status/resolve-statuses";
import { buildCommitment } from "@/testing/dataset-builders";
import { StatusBoard } from "./status-board";

// Every card the board renders, by commitment id: the real card, counted.
const cardRenders = vi.hoisted(() => vi.fn<(id: string) => void>());
vi.mock("./board-card", async (importOriginal) => {
  const { memo } = await import("react");
  const actual = await importOriginal<typeof import("./board-card")>();
  // The export is memo(BoardCard): `.type` is the card itself, called here so that its hooks are this one's.
  const card = (actual.BoardCard as unknown as { type: (props: never) => unknown }).type;
  const Counted = memo((props: { item: { commitment: { id: string } } }) => {
    cardRenders(props.item.commitment.id);
    return card(props as never) as never;
  });
  return { BoardCard: Counted };
});

afterEach(cleanup); // Vitest runs without globals, so Testing Library cannot register this itself

const items = ["a", "b", "c"].map((id, index) =>
  resolveCommitment(
    buildCommitment({
      id: `commitment-${id}`,
      title: `Commitment ${id}`,
      statuses: { us: index === 0 ? "done" : "not_started", fr: "not_started" },
    }),
    [],
  ),
);
const onMove = () => [];

describe("StatusBoard", () => {
  it("renders each card once, and not again when the board renders with the same cards", () => {
    const board = () => (
      <MemoryRouter>
        <StatusBoard items={items} party={null} onMove={onMove} />
      </MemoryRouter>
    );
    const { rerender } = render(board());
    expect(screen.getByRole("link", { name: "Commitment a" })).toBeInTheDocument();
    expect(cardRenders).toHaveBeenCalledTimes(items.length);

    cardRenders.mockClear();
    // A render of the board itself (a dialog opening or closing, a drag starting): no card changed. Cards used
    // to render again every time, because dnd-kit got new sensor options and gave every card a new context;
    // with thousands of cards a move took three renders of each card shown.
    rerender(board());
    expect(cardRenders).not.toHaveBeenCalled();
  });
});
