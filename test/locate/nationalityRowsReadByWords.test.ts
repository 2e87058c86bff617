import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

const letter = (table: string[]) =>
  text(
    [
      "Anytown Borough Council",
      "Reference: FOI 2015-91",
      "Dear Requester",
      "1. Trafficked children looked after: 6",
      "2. Trafficked children who went missing: 4",
      "5. UASC looked after: 30",
      "6. UASC who went missing: 8",
      "",
      "9. Nationalities of the children who went missing",
      "1 October 2014 to 30 September 2015",
      ...table,
      "",
      "Yours sincerely",
      "Information Officer",
    ].join("\n"),
  );

describe("a nationality table whose lines are read by their words (group, nationality, count)", () => {
  it("lines cut into cells in different places, or not at all", async () => {
    const r = await run(
      "Anytown FOI 2015-91 reply.txt",
      letter([
        "Category Country of origin Number",
        "Identified as trafficked Vietnam 2",
        "Suspected trafficked child Albania 1",
        "Suspected trafficked child British 1",
        "Unaccompanied asylum seeking child Afghanistan 5",
        "Unaccompanied asylum seeking child Eritrea 3",
        "Total 12",
      ]),
    );
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 1",
      "trafficked British 1",
      "trafficked Vietnamese 2",
      "uasc Afghan 5",
      "uasc Eritrean 3",
    ]);
  });

  it("a line whose words part into no known nationality is reported and not counted, the rest read", async () => {
    const r = await run(
      "Anytown FOI 2015-92 reply.txt",
      letter(["Group Nationality Children", "UASC Afghan 5", "UASC Ruritanian 2", "Trafficked Vietnamese 3"]),
    );
    expect(natsOf(r)).toEqual(["trafficked Vietnamese 3", "uasc Afghan 5"]);
    expect(r.issues.some((i) => i.code === "layout_unknown" && /UASC Ruritanian 2/u.test(i.message))).toBe(true);
  });
  it("a year leading each line, under 'Year Group Nationality Children', is the line's period", async () => {
    const r = await run(
      "Anytown FOI 2015-94 reply.txt",
      letter([
        "Year Group Nationality Children",
        "2018 Trafficked British 1",
        "2018 UASC Afghan 4",
        "2019 Trafficked Vietnamese 1",
        "2019 UASC Afghan 1",
        "2020 UASC Sudanese 2",
      ]),
    );
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} [${n.periodText}]`).sort()).toEqual([
      "trafficked British 1 [2018]",
      "trafficked Vietnamese 1 [2019]",
      "uasc Afghan 1 [2019]",
      "uasc Afghan 4 [2018]",
      "uasc Sudanese 2 [2020]",
    ]);
    // The lines are nationalities, never a count of children looked after for their year.
    expect(r.facts.some((f) => /British|Afghan/u.test(f.label))).toBe(false);
  });

  it("a year-led header whose count column's title is written out ('Number of children who went missing')", async () => {
    // An annex's header row, one cell of nine words: still column titles, as
    // it opens with "Year", which no title of a list does.
    const r = await run(
      "Anytown FOI 2021-95 reply.txt",
      letter([
        "Year Group Nationality Number of children who went missing",
        "2018 UASC Syrian 4",
        "2018 Trafficked Chinese 4",
        "2019 UASC Kurdish (Iraqi) 1",
        "2020 UASC Egyptian 15",
      ]),
    );
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} [${n.periodText}]`).sort()).toEqual([
      "trafficked Chinese 4 [2018]",
      "uasc Egyptian 15 [2020]",
      "uasc Iraqi 1 [2019]",
      "uasc Syrian 4 [2018]",
    ]);
  });

  it("a year-led table with no group column takes its one group from the title line over it", async () => {
    // "Year Nationality Number of children" under "Nationality of
    // unaccompanied children who went missing (by year):": the lines name no
    // group, the title names exactly one.
    const r = await run(
      "Anytown FOI 2021-96 reply.txt",
      text(
        [
          "Anytown Borough Council",
          "Dear Requester",
          "Nationality of unaccompanied children who went missing or absent (children, by year):",
          "",
          "Year Nationality Number of children",
          "2018 Afghan 4",
          "2018 Eritrean 3",
          "2019 Afghan 8",
          "2020 Syrian 1",
          "We are unable to provide the nationality of trafficked children.",
        ].join("\n"),
      ),
    );
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} [${n.periodText}]`).sort()).toEqual([
      "uasc Afghan 4 [2018]",
      "uasc Afghan 8 [2019]",
      "uasc Eritrean 3 [2018]",
      "uasc Syrian 1 [2020]",
    ]);
  });

  it.each([
    ["Nationality of the trafficked and unaccompanied children who went missing (by year):"],
    ["Children who went missing, by year:"],
  ])(
    "a year-led table with no group column under a title naming both groups or none (%s) is not counted",
    async (title) => {
      const r = await run(
        "Anytown FOI 2021-97 reply.txt",
        text(
          [
            "Anytown Borough Council",
            "Dear Requester",
            title,
            "",
            "Year Nationality Number of children",
            "2018 Afghan 4",
            "2019 Eritrean 3",
          ].join("\n"),
        ),
      );
      expect(r.nationalities).toEqual([]);
    },
  );

  it.each([
    ["Group Nationality Episodes", "episodes"],
    ["Group Nationality Missing incidents", "episodes"],
    ["Group Nationality Looked after", "looked after"],
  ])("a header whose count is no count of missing children (%s) is reported and not counted", async (header) => {
    // The lines read the same as a table of children; only the header says
    // the figures are episodes, or children looked after, and a table of
    // cells says so the same way (label_outside_request).
    const r = await run(
      "Anytown FOI 2015-93 reply.txt",
      letter([header, "UASC Afghan 15", "UASC Eritrean 9", "Trafficked Vietnamese 7"]),
    );
    expect(natsOf(r)).toEqual([]);
    expect(r.issues.some((i) => i.code === "label_outside_request" && i.message.includes(header))).toBe(true);
  });
});
