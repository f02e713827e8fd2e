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
    useUpdatesStore.setState({ events: [], authorName: "Claire", authorSide: "fr" });
  });

  it("has one labelled status control per side of the commitment", () => {
    renderForm(["us"]);
    expect(screen.getByLabelText("Status — United States")).toHaveValue("not_started");
    expect(screen.queryByLabelText("Status — France")).not.toBeInTheDocument();
  });

  it("puts the person's own side first", () => {
    renderForm();
    const labels = screen.getAllByRole("combobox").map((select) => select.id);
    expect(screen.getByLabelText(/Status — France/).id).toBe(labels[0]);
  });

  it("records one event per changed side, with the reason, name, side and status before", async () => {
    const { onSaved, user } = renderForm();
    await user.selectOptions(screen.getByLabelText(/Status — France/), "Done");
    expect(screen.getByLabelText(/^Reason/)).toHaveAccessibleName(/required for this status/);
    await user.type(screen.getByLabelText(/^Reason/), "  Signed in Paris. ");
    await user.type(screen.getByLabelText(/^Evidence link/), "https://example.org/signed");
    await user.click(screen.getByRole("button", { name: "Save update" }));

    const events = activeStatusEvents(useUpdatesStore.getState().events);
    expect(events).toEqual([
      expect.objectContaining({
        party: "fr",
        from: "not_started",
        status: "done",
        note: "Signed in Paris.",
        evidenceUrl: "https://example.org/signed",
        author: "Claire",
        authorSide: "fr",
      }),
    ]);
    expect(onSaved).toHaveBeenCalledWith({
      batchId: events[0]?.batchId,
      message: "Saved: France → Done.",
      changes: [expect.objectContaining({ party: "fr", from: "not_started", status: "done" })],
    });
    expect(screen.getByLabelText(/^Reason/)).toHaveValue("");
  });

  it("refuses Done without a reason, saying why next to the field", async () => {
    const { onSaved, user } = renderForm();
    await user.selectOptions(screen.getByLabelText(/Status — France/), "Done");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(useUpdatesStore.getState().events).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
    const reason = screen.getByLabelText(/^Reason/);
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason).toHaveAccessibleDescription(
      "Give a reason: one is required for Done, At risk, and Dropped.",
    );
  });

  it("refuses an evidence link that is not http(s)", async () => {
    const { onSaved, user } = renderForm();
    await user.selectOptions(screen.getByLabelText(/Status — France/), "In progress");
    await user.type(screen.getByLabelText(/^Evidence link/), "javascript:alert(1)");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Evidence link/)).toHaveAccessibleDescription(
      "The evidence link must be a web address starting with http:// or https://.",
    );
  });

  it("saves nothing when no status changed, and says what to do instead", async () => {
    const { onSaved, user } = renderForm();
    await user.type(screen.getByLabelText(/^Reason/), "Only a reason");
    expect(screen.getByRole("button", { name: "Save update" })).toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(useUpdatesStore.getState().events).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Nothing to save: choose a new status for a side first.",
    );
  });
});
