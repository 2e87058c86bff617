import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "The unaccompanied young people who went missing were all Afghan
 * nationals": no count is written beside the nationality, so its count is
 * the group's own went-missing figure in the same file, or nothing.
 */
async function readReply(lines: string[]) {
  const text = ["Wakefield Council - response to your FOI request", ...lines].join("\n");
  const r = await processFile(
    { file: "Wakefield.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return {
    read: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.status} ${n.value} ${n.lower}-${n.upper}`).sort(),
    unknown: r.issues.filter((i) => i.code === "layout_unknown").map((i) => i.message),
  };
}

describe("a nationality every child of the group had, with no count written", () => {
  it("takes the group's exact went-missing figure", async () => {
    const r = await readReply([
      "6. Number of UASC who went missing: 3",
      "9. The unaccompanied young people who went missing were all Afghan nationals.",
    ]);
    expect(r.read).toEqual(["uasc Afghan reported 3 3-3"]);
    expect(r.unknown).toEqual([]);
  });

  it("takes a suppressed went-missing figure's bounds, never an exact count", async () => {
    const r = await readReply([
      "6. Number of UASC who went missing: <5",
      "9. The unaccompanied young people who went missing were all Afghan nationals.",
    ]);
    expect(r.read).toEqual(["uasc Afghan suppressed null 1-4"]);
  });

  it("counts nothing, and says so, when the file gives no figure for the group", async () => {
    const r = await readReply(["9. The unaccompanied young people who went missing were all Afghan nationals."]);
    expect(r.read).toEqual([]);
    expect(r.unknown).toHaveLength(1);
    expect(r.unknown[0]).toMatch(/were all Afghan.*not counted/u);
  });

  it.each([
    "9. The UASC who remain missing are all Vietnamese.",
    "9. Those UASC still missing are all Vietnamese.",
    "9. The UASC who went missing more than once were all Vietnamese.",
    "9. The UASC who were found were all Vietnamese.",
  ])("never gives %j the group's went-missing figure: it speaks of fewer children", async (sentence) => {
    const r = await readReply(["6. Number of UASC who went missing: 3", sentence]);
    expect(r.read).toEqual([]);
    expect(r.unknown.filter((m) => m.includes("Vietnamese"))).toHaveLength(1);
  });

  it.each([
    [["6. Number of UASC who went missing: 3", "7. Number of UASC still missing: 2", "All of them are Vietnamese."]],
    [["6. Number of UASC who went missing: 3", "7. Of these, 2 remain missing. All of them are Vietnamese."]],
    [
      [
        "6. Number of UASC who went missing: 3",
        "7. Some of them went missing more than once.",
        "",
        "They were all Vietnamese.",
      ],
    ],
  ])('never gives %j the group\'s went-missing figure: "them" are the fewer children just named', async (lines) => {
    const r = await readReply(lines);
    expect(r.read).toEqual([]);
    expect(r.unknown.filter((m) => m.includes("Vietnamese"))).toHaveLength(1);
  });

  it('takes the figure when "them" are the children who went missing', async () => {
    const r = await readReply(["6. Number of UASC who went missing: 3", "", "8. Nationality: They were all Afghan."]);
    expect(r.read).toEqual(["uasc Afghan reported 3 3-3"]);
  });

  it.each([
    "7. The suspected trafficked children who went missing were all Vietnamese.",
    "7. Those identified as trafficked who went missing were all Vietnamese.",
  ])("never gives a part of the group (%j) the whole group's went-missing figure", async (sentence) => {
    const r = await readReply(["6. Number of trafficked children who went missing: 5", sentence]);
    expect(r.read).toEqual([]);
    expect(r.unknown.filter((m) => m.includes("Vietnamese"))).toHaveLength(1);
  });

  it("takes the went-missing figure, not the number looked after, when every child looked after was of one nationality", async () => {
    const r = await readReply([
      "5. All 12 UASC we looked after during the period were Afghan.",
      "6. Number of UASC who went missing: 3",
    ]);
    expect(r.read).toEqual(["uasc Afghan reported 3 3-3"]);
  });

  it("reads one number in the sentence as the count, whatever the file's figure", async () => {
    const r = await readReply([
      "6. Number of UASC who went missing: 3",
      "9. All three unaccompanied young people who went missing were Eritrean.",
    ]);
    expect(r.read).toEqual(["uasc Eritrean reported 3 3-3"]);
  });
});
