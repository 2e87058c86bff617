import { describe, expect, it } from "vitest";
import { warnPredecessorArea } from "../../src/check/predecessorArea.js";
import type { ReferenceAuthority } from "../../src/domain/authorityReference.js";
import type { Return } from "../../src/domain/returns.js";
import { loadAuthorityReference } from "../../src/knowledge/authorityReference.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { type Figure, fakeReturn } from "../aggregate/fakeReturns.js";

/**
 * Figures for periods before a council began come from its predecessors'
 * records: warned, per figure, where the reorganisation changed the area.
 */
describe("figures from before a council began, when its area was another council's", () => {
  const reference = loadAuthorityReference(KNOWLEDGE_DIR);
  const as = (code: string): ReferenceAuthority => {
    const a = reference.find((r) => r.gss_code === code);
    if (!a) throw new Error(`no ${code} in the reference`);
    return a;
  };
  // A return from the given council, with a reported figure and a "not held" (which needs no warning).
  const returnOf = (code: string): Return => {
    const { start_date: _s, end_date: _e, successors: _n, ...authority } = as(code);
    return {
      ...fakeReturn("E06000028", { uasc_looked_after: 14, uasc_went_missing: { status: "not_held" } }),
      authority,
    };
  };
  const warned = (code: string, start: string) =>
    warnPredecessorArea([returnOf(code)], { start, label: "2021" }, reference)[0]?.issues.filter(
      (i) => i.code === "authority_predecessor_area",
    ) ?? [];

  it("warns each figure of a county split in two, for a period before the split (Cumberland, 2021)", () => {
    const [issue, ...more] = warned("E06000063", "2021-01-01");
    expect(more).toEqual([]);
    expect(issue?.measure).toBe("uasc_looked_after");
    expect(issue?.related).toBeUndefined();
    expect(issue?.message).toContain("Cumbria");
  });

  it("warns a period that began before the council did and ended after (Cumberland, 2023)", () => {
    expect(warned("E06000063", "2023-01-01")).toHaveLength(1);
  });

  it("warns a council made of several (BCP, 2018)", () => {
    expect(warned("E06000058", "2018-01-01")).toHaveLength(1);
  });

  it.each([
    ["a period after the council began", "E06000063", "2024-01-01"],
    ["a new code for the same council (Fife)", "S12000047", "2018-01-01"],
    ["a county become a unitary council over the same area (North Yorkshire)", "E06000065", "2021-01-01"],
    ["a council that never changed (Hartlepool)", "E06000001", "2021-01-01"],
  ])("does not warn %s", (_what, code, start) => {
    expect(warned(code, start)).toEqual([]);
  });
});

describe("figures from before a council began, when it took over its predecessor's whole area", () => {
  const reference = loadAuthorityReference(KNOWLEDGE_DIR);
  const returnOf = (code: string, answer: Figure): Return => {
    const found = reference.find((r) => r.gss_code === code);
    if (!found) throw new Error(`no ${code} in the reference`);
    const { start_date: _s, end_date: _e, successors: _n, ...authority } = found;
    return { ...fakeReturn("E06000028", { uasc_looked_after: answer }), authority };
  };
  const noted = (code: string, start: string, answer: Figure = 14) =>
    warnPredecessorArea([returnOf(code, answer)], { start, label: "2021" }, reference)[0]?.issues.filter(
      (i) => i.code === "authority_predecessor_same_area",
    ) ?? [];

  it("notes, once, a county become a unitary council, for a period before it began (North Yorkshire, 2021)", () => {
    const [issue, ...more] = noted("E06000065", "2021-01-01");
    expect(more).toEqual([]);
    expect(issue?.severity).toBe("info");
    expect(issue?.message).toContain("North Yorkshire County Council");
  });

  it.each([
    ["a period after the council began", "E06000065", "2024-01-01"],
    ["a new code for the same council (Fife)", "S12000047", "2018-01-01"],
    ["a county split in two (Cumberland), which is warned instead", "E06000063", "2021-01-01"],
    ["a council that never changed (Hartlepool)", "E06000001", "2021-01-01"],
  ])("does not note %s", (_what, code, start) => {
    expect(noted(code, start)).toEqual([]);
  });

  it("does not note a return with no figure", () => {
    expect(noted("E06000066", "2021-01-01", { status: "not_held" })).toEqual([]);
  });
});
