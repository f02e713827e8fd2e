import { describe, expect, it } from "vitest";
import { viewOfAddress, viewOfPath } from "./paths";

describe("viewOfPath", () => {
  it("finds the view of each kind of address", () => {
    expect(viewOfPath("/")).toBe("overview");
    expect(viewOfPath("")).toBe("overview");
    expect(viewOfPath("/commitments")).toBe("commitments");
    expect(viewOfPath("/commitments/")).toBe("commitments");
    expect(viewOfPath("/commitments/space-sco")).toBe("commitment");
    expect(viewOfPath("/initiatives/space-cooperation")).toBe("initiative");
    expect(viewOfPath("/updates")).toBe("updates");
  });

  it("guesses nothing for an address no view has", () => {
    expect(viewOfPath("/initiatives")).toBeNull();
    expect(viewOfPath("/nowhere/at/all")).toBeNull();
  });
});

describe("viewOfAddress", () => {
  it("reads the path below the build's base", () => {
    expect(viewOfAddress("/", "/")).toBe("overview");
    expect(viewOfAddress("/tracker/", "/tracker/")).toBe("overview");
    expect(viewOfAddress("/tracker/commitments/space-sco", "/tracker/")).toBe("commitment");
    expect(viewOfAddress("/tracker/nowhere", "/tracker/")).toBeNull();
  });
});
