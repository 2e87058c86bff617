import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A correction that restates one nationality's figure ("the Somali figure
 * should read 2") changes that figure in the earlier reply's list and
 * leaves the rest of the list standing; the sentence's group, or else the
 * earlier list, says whose it is; a nationality it cannot place is
 * reported, never guessed.
 */
describe("a correction of one nationality's figure", () => {
  const k = knowledge();
  const original = [
    "Somerset County Council",
    "Date: 9 December 2015",
    "2. Trafficked children who went missing: 3",
    "6. UASC who went missing: 7",
    "9. Nationalities of the UASC who went missing: Somali 4, Guinean 2, Iranian 1.",
    "Nationalities of the trafficked children who went missing: Albanian 2, Iranian 1.",
  ].join("\n");
  const correction = (sentence: string) =>
    [
      "Subject: correction to our response of 9 December 2015",
      "We found an error in our response.",
      sentence,
      "All other answers are unchanged.",
    ].join("\n");
  const read = (file: string, text: string): Promise<FileResult> =>
    processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E10000027" }, k);

  it.each([
    [
      "the group from the list",
      "Two children were wrongly recorded, so the Somali figure in Q9 should read 2.",
      ["uasc Somali 2", "uasc Guinean 2"],
      1,
    ],
    [
      "figures from and to",
      "The number of Guinean children changes from 2 to 3.",
      ["uasc Somali 4", "uasc Guinean 3"],
      1,
    ],
    [
      "the group named in the sentence",
      "For the trafficked children, the Iranian figure should be 0.",
      ["uasc Iranian 1", "trafficked Iranian 0"],
      1,
    ],
    [
      "a nationality in both lists, no group named: not applied",
      "The Iranian figure should read 2.",
      ["uasc Iranian 1", "trafficked Iranian 1"],
      1,
    ],
    [
      "two nationalities in the sentence: not read",
      "The Somali and Guinean figures should read 3.",
      ["uasc Somali 4", "uasc Guinean 2"],
      0,
    ],
  ])("%s", async (_what, sentence, want, warnings) => {
    const files = [await read("a reply.txt", original), await read("b correction.txt", correction(sentence))];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    const got = ret?.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`) ?? [];
    for (const w of want) expect(got).toContain(w);
    expect(got).toHaveLength(5);
    expect(
      ret?.issues.filter((i) => i.code === "duplicate_conflict" && /Somali|Guinean|Iranian/u.test(i.message)),
    ).toHaveLength(warnings);
  });

  // A correction that restates the whole corrected list and also says which
  // figure changed gives that figure once: the sentence is the list's own.
  it.each([
    ["after the earlier reply", true],
    ["with no earlier reply", false],
  ])("a correction whose own list gives the figure counts it once, %s", async (_what, withOriginal) => {
    const restated = [
      "Subject: correction to our response of 9 December 2015",
      "9. Nationalities of the UASC who went missing: Somali 2, Guinean 2, Iranian 1.",
      "For the UASC, the Somali figure should read 2 (previously 4).",
    ].join("\n");
    const files = [
      ...(withOriginal ? [await read("a reply.txt", original)] : []),
      await read("b correction.txt", restated),
    ];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    const somali = ret?.nationalities.filter((n) => n.group === "uasc" && n.nationality === "Somali") ?? [];
    expect(somali.map((n) => n.value)).toEqual([2]);
  });

  it("a correction whose own list disagrees with its sentence keeps the list and says so", async () => {
    const restated = [
      "Subject: correction to our response of 9 December 2015",
      "9. Nationalities of the UASC who went missing: Somali 3, Guinean 2, Iranian 1.",
      "For the UASC, the Somali figure should read 2.",
    ].join("\n");
    const files = [await read("a reply.txt", original), await read("b correction.txt", restated)];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    const somali = ret?.nationalities.filter((n) => n.group === "uasc" && n.nationality === "Somali") ?? [];
    expect(somali.map((n) => n.value)).toEqual([3]);
    expect(ret?.issues.some((i) => i.code === "duplicate_conflict" && /its own list gives 3/u.test(i.message))).toBe(
      true,
    );
  });

  // A corrected figure whose sentence names a nationality is that
  // nationality's, never the group's whole figure, whether the sentence
  // names the measure's words or the question's number.
  it.each([
    "The figure for Somali UASC who went missing should read 2.",
    "In our answer to question 6, the figure for Somali children should read 2.",
  ])("%s corrects the nationality, not the group total", async (sentence) => {
    const files = [await read("a reply.txt", original), await read("b correction.txt", correction(sentence))];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    const missing = ret?.values.find((v) => v.measure === "uasc_went_missing");
    expect(missing?.value).toBe(7);
    const somali = ret?.nationalities.filter((n) => n.group === "uasc" && n.nationality === "Somali") ?? [];
    expect(somali.map((n) => n.value)).toEqual([2]);
  });
});

/**
 * "The answer to question 9 should therefore read: Albanian (2), Afghan (2),
 * Eritrean (1).": a whole list restated replaces the earlier list, names
 * it left out going and names it adds counted, in the earlier list's group
 * when the sentence names none; with two groups' lists before it, whose the
 * new list is cannot be told, and it is reported, not applied.
 */
describe("a correction restating the whole nationality list", () => {
  const k = knowledge();
  const read = (file: string, text: string): Promise<FileResult> =>
    processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E10000027" }, k);
  const correction = [
    "Subject: correction to our response of 9 December 2015",
    "The answer to question 6 should have been 5, not 3.",
    "The answer to question 9 should therefore read: Albanian (2), Afghan (2), Eritrean (1).",
  ].join("\n");
  const nationalitiesOf = async (original: string[]) => {
    const files = [await read("a reply.txt", original.join("\n")), await read("b correction.txt", correction)];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    return {
      got: (ret?.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`) ?? []).sort(),
      warned: ret?.issues.some((i) => i.code === "duplicate_conflict" && /Eritrean|list/u.test(i.message)) ?? false,
      // The restated list is the earlier list's: never also reported as a list of no group.
      unplaced: ret?.issues.filter((i) => i.code === "layout_unknown").length ?? 0,
    };
  };

  it("replaces the one group's earlier list", async () => {
    const { got, warned, unplaced } = await nationalitiesOf([
      "Somerset County Council",
      "Date: 9 December 2015",
      "6. UASC who went missing: 3",
      "9. Nationalities of the UASC who went missing: Albanian (2), Afghan (1)",
    ]);
    expect(got).toEqual(["uasc Afghan 2", "uasc Albanian 2", "uasc Eritrean 1"]);
    expect(warned).toBe(true);
    expect(unplaced).toBe(0);
  });

  // Round 109's Somerset: "5. The nationality breakdown for 2b should now read: Afghan 4, …" is read with
  // its group (2b's), as the reply's own list, which replaces the earlier list of that group only.
  it("read with its group, replaces that group's list only", async () => {
    const files = [
      await read(
        "a reply.txt",
        [
          "Somerset County Council",
          "Date: 9 December 2015",
          "2. Trafficked children who went missing: 2",
          "6. UASC who went missing: 3",
          "9. Nationalities of the UASC who went missing: Albanian (2), Afghan (1)",
          "Nationalities of the trafficked children who went missing: Albanian 2.",
        ].join("\n"),
      ),
      await read(
        "b correction.txt",
        [
          "Subject: correction to our response of 9 December 2015",
          "6. UASC who went missing: 5 (not 3 as previously stated)",
          "9. The nationality breakdown of the UASC who went missing should now read: Albanian 2, Afghan 2, Eritrean 1.",
        ].join("\n"),
      ),
    ];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    expect((ret?.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`) ?? []).sort()).toEqual([
      "trafficked Albanian 2",
      "uasc Afghan 2",
      "uasc Albanian 2",
      "uasc Eritrean 1",
    ]);
  });

  it("with both groups' lists before it, is reported and not applied", async () => {
    const { got, warned } = await nationalitiesOf([
      "Somerset County Council",
      "Date: 9 December 2015",
      "2. Trafficked children who went missing: 2",
      "6. UASC who went missing: 3",
      "9. Nationalities of the UASC who went missing: Albanian (2), Afghan (1)",
      "Nationalities of the trafficked children who went missing: Albanian 2.",
    ]);
    expect(got).toEqual(["trafficked Albanian 2", "uasc Afghan 1", "uasc Albanian 2"]);
    expect(warned).toBe(true);
  });
});

/**
 * "Question 5: the young person was Iraqi; please add Iraqi 1 to the UASC
 * nationality breakdown." (round 119's Hartlepool): one child added to the
 * earlier list, which stands; never a list of one child in its place.
 */
describe("a correction adding a child to the nationality list", () => {
  const k = knowledge();
  const read = (file: string, text: string): Promise<FileResult> =>
    processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E10000027" }, k);
  const original = [
    "Somerset County Council",
    "Date: 9 December 2015",
    "6. UASC who went missing: 5",
    "9. Nationalities of the UASC who went missing: Eritrean (3), Iraqi (1), Sudanese (1)",
  ].join("\n");

  it.each([
    [
      "a nationality the list did not have",
      "Iranian 1",
      ["uasc Eritrean 3", "uasc Iranian 1", "uasc Iraqi 1", "uasc Sudanese 1"],
    ],
    ["one more of a nationality it had", "Iraqi 1", ["uasc Eritrean 3", "uasc Iraqi 2", "uasc Sudanese 1"]],
  ])("%s", async (_what, added, want) => {
    const correction = [
      "Subject: correction to our response of 9 December 2015",
      "Question 6 should read 6, not 5.",
      `Question 9: the young person was ${added.split(" ")[0]}; please add ${added} to the UASC nationality breakdown.`,
    ].join("\n");
    const files = [await read("a reply.txt", original), await read("b correction.txt", correction)];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    expect((ret?.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`) ?? []).sort()).toEqual(want);
    expect(ret?.issues.some((i) => i.code === "duplicate_conflict" && /correction/u.test(i.message))).toBe(true);
  });
});

/**
 * "please add Iraqi 1 to the UASC nationality breakdown" when the earlier
 * reply gave no UASC list (only the trafficked children's): there is no
 * list to add to, and a list of one child would have no period and count in
 * every requested period. The addition is reported and not applied.
 */
describe("a correction adding a child to a list the earlier reply never gave", () => {
  const k = knowledge();
  const read = (file: string, text: string): Promise<FileResult> =>
    processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E10000027" }, k);

  it("is reported, not made a list of its own", async () => {
    const original = [
      "Somerset County Council",
      "Freedom of Information request - response",
      "In 2021, 5 unaccompanied children went missing and 2 trafficked children went missing.",
      "The trafficked children who went missing were Albanian (1) and Vietnamese (1).",
    ].join("\n");
    const correction = [
      "Somerset County Council",
      "Freedom of Information request - correction",
      "Further to our response of 3 May, please add Iraqi 1 to the UASC nationality breakdown.",
    ].join("\n");
    const files = [await read("a response.txt", original), await read("b correction.txt", correction)];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    expect(ret?.nationalities.filter((n) => n.group === "uasc").map((n) => `${n.nationality} ${n.value}`)).toEqual([]);
    expect(ret?.issues.some((i) => i.code === "duplicate_conflict" && /Iraqi/u.test(i.message))).toBe(true);
  });
});
