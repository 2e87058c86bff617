import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

const reply = (list: string, note: string, trafficked = "3", uasc = "4") =>
  csv([
    ["Anytown Council FOI 2015/55", "", ""],
    ["Question", "Response", "Comments"],
    ["1. Trafficked children looked after", "5", ""],
    ["2. Trafficked children who went missing", trafficked, "1 Oct 2014 - 30 Sep 2015"],
    ["5. UASC looked after", "20", "As at 31 March 2015"],
    ["6. UASC who went missing", uasc, ""],
    ["9. Nationalities of those who went missing", list, note],
  ]);

describe("a nationality list beside its question, with a remark in a notes column", () => {
  it("the remark names the list's group", async () => {
    const r = await run("Anytown FOI 2015-55.csv", reply("Vietnamese 2, Albanian 1", "trafficked children only"));
    expect(natsOf(r)).toEqual(["trafficked Albanian 1", "trafficked Vietnamese 2"]);
  });

  it("a remark naming no group: the list is reported, not dropped without a word", async () => {
    const r = await run("Anytown FOI 2015-56.csv", reply("Afghan 2, Eritrean 2", "As above"));
    expect(natsOf(r)).toEqual([]);
    expect(r.issues.some((i) => i.code === "layout_unknown" && /Afghan 2, Eritrean 2/u.test(i.message))).toBe(true);
  });
});

describe("one child's nationality with its group in brackets", () => {
  it.each([
    ["Syrian (1 young person - UASC)", "uasc Syrian 1"],
    ["Afghan (2 children, unaccompanied)", "uasc Afghan 2"],
    ["The young person who went missing was Albanian (suspected trafficking).", "trafficked Albanian 1"],
  ])("%s", async (list, expected) => {
    const r = await run("Anytown FOI 2015-57.csv", reply(list, ""));
    expect(natsOf(r)).toEqual([expected]);
  });
});

describe("a list of every looked-after child's nationality is not the request's breakdown", () => {
  it.each([
    ["For context, nationality of all looked after children reported missing", "British 23, Polish 2, Eritrean 1"],
    ["Nationalities of all children in our care who went missing", "British 12, Irish 1"],
  ])("%s", async (question, list) => {
    const r = await run(
      "Anytown FOI 2015-58.csv",
      csv([
        ["Anytown Council FOI 2015/58", ""],
        ["6. UASC who went missing", "1"],
        ["9. Nationality of the UASC who went missing", "Eritrean 1"],
        [question, list],
      ]),
    );
    expect(natsOf(r)).toEqual(["uasc Eritrean 1"]);
    expect(r.issues.some((i) => i.code === "label_outside_request" && i.raw?.includes(list))).toBe(true);
  });

  it("all of one group's children is that group's list", async () => {
    const r = await run("Anytown FOI 2015-59.csv", reply("Afghan 2, Eritrean 2", "all UASC"));
    expect(natsOf(r)).toEqual(["uasc Afghan 2", "uasc Eritrean 2"]);
  });
});
