// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { resolveCommitment } from "@/features/status/resolve-statuses";
import { buildCommitment } from "@/testing/dataset-builders";
import { StatusBoard } from "./status-board";

// A card renders its sides' statuses once per render of its own: counting those counts the cards' renders.
const cardRenders = vi.hoisted(() => vi.fn<(id: string) => void>());
vi.mock("@/features/commitments/components/party-statuses", () => ({
  PartyStatuses: ({ item }: { item: ResolvedCommitment }) => {
    cardRenders(item.commitment.id);
    return null;
  },
}));

afterEach(cleanup); // Vitest runs without globals, so Testing Library cannot register this itself

const commitment = (id: string, us: "done" | "not_started") =>
  resolveCommitment(
    buildCommitment({
      id: `commitment-${id}`,
      title: `Commitment ${id}`,
      statuses: { us, fr: "not_started" },
    }),
    [],
  );
const onMove = () => [];
const board = (items: ResolvedCommitment[]) => (
  <MemoryRouter>
    <StatusBoard items={items} party={null} onMove={onMove} />
  </MemoryRouter>
);

describe("StatusBoard", () => {
  beforeEach(() => cardRenders.mockClear());

  it("renders a card again only when its commitment changed, not for every render of the board", () => {
    const items = [commitment("a", "done"), commitment("b", "not_started"), commitment("c", "not_started")];
    const { rerender } = render(board(items));
    expect(screen.getByRole("link", { name: "Commitment a" })).toBeInTheDocument();
    expect(cardRenders).toHaveBeenCalledTimes(items.length);

    // The board renders with the same cards (as when a dialog opens or closes): none renders again. With
    // dnd-kit's sensor options made on every render, every card did (decision 018).
    cardRenders.mockClear();
    rerender(board([...items]));
    expect(cardRenders).not.toHaveBeenCalled();

    // One commitment changed, in place: that card, and only it, renders again.
    const changed = [items[0], commitment("b", "not_started"), items[2]] as ResolvedCommitment[];
    rerender(board(changed));
    expect(cardRenders.mock.calls).toEqual([["commitment-b"]]);
  });

  it("renders only the moved card's content on a move, though the cards around it change places", () => {
    const items = [commitment("a", "done"), commitment("b", "not_started"), commitment("c", "not_started")];
    const { rerender } = render(board(items));
    cardRenders.mockClear();

    // b moves to a's column: c is now first of one in its column, a one of two in its own.
    rerender(board([items[0], commitment("b", "done"), items[2]] as ResolvedCommitment[]));
    expect(cardRenders.mock.calls).toEqual([["commitment-b"]]);
    const card = (id: string) => screen.getByRole("link", { name: `Commitment ${id}` }).closest("li");
    expect(card("a")).toHaveAttribute("aria-setsize", "2");
    expect(card("b")).toHaveAttribute("aria-setsize", "2");
    expect(card("c")).toHaveAttribute("aria-posinset", "1");
    expect(card("c")).toHaveAttribute("aria-setsize", "1");
  });
});
