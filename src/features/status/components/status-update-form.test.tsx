// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildCommitment } from "@/testing/dataset-builders";
import { resolveCommitment } from "../resolve-statuses";
import { activeStatusEvents } from "../update-events";
import { useUpdatesStore } from "../updates-store";
import { StatusUpdateForm } from "./status-update-form";

function renderForm(parties: ("us" | "fr")[] = ["us", "fr"]) {
  const statuses = Object.fromEntries(parties.map((party) => [party, "not_started"]));
  const item = resolveCommitment(buildCommitment({ parties, statuses }), []);
  const onSaved = vi.fn();
  render(<StatusUpdateForm item={item} onSaved={onSaved} />);
  return { onSaved, user: userEvent.setup() };
}

afterEach(cleanup); // Vitest runs without globals, so Testing Library cannot register this itself

describe("StatusUpdateForm", () => {
  beforeEach(() => {
    localStorage.clear();
    useUpdatesStore.setState({ events: [], authorName: "" });
  });

  it("has one labelled status control per side of the commitment", () => {
    renderForm(["us"]);
    expect(screen.getByLabelText("Status — United States")).toHaveValue("not_started");
    expect(screen.queryByLabelText("Status — France")).not.toBeInTheDocument();
  });

  it("records one event per changed side, with the note and name, and says what it saved", async () => {
    const { onSaved, user } = renderForm();
    await user.selectOptions(screen.getByLabelText("Status — France"), "Done");
    await user.type(screen.getByLabelText("Note (optional)"), "  Signed in Paris. ");
    await user.type(screen.getByLabelText("Your name (optional, remembered in this browser)"), "Claire");
    await user.click(screen.getByRole("button", { name: "Save update" }));

    const events = activeStatusEvents(useUpdatesStore.getState().events);
    expect(events).toEqual([
      expect.objectContaining({ party: "fr", status: "done", note: "Signed in Paris.", author: "Claire" }),
    ]);
    expect(onSaved).toHaveBeenCalledWith({ batchId: events[0]?.batchId, message: "Saved: France → Done." });
    expect(screen.getByLabelText("Note (optional)")).toHaveValue("");
  });

  it("saves nothing when no status changed, and says what to do instead", async () => {
    const { onSaved, user } = renderForm();
    await user.type(screen.getByLabelText("Note (optional)"), "Only a note");
    expect(screen.getByRole("button", { name: "Save update" })).toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(useUpdatesStore.getState().events).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Nothing to save: choose a new status for a side first.",
    );
  });
});
