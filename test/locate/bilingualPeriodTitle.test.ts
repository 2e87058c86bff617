import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

/**
 * A Welsh council's letter: a table per period, each under a title line, the last written in both languages
 * ("1 Ionawr – 30 Ebrill 2024 / 1 January – 30 April 2024"), and after the last table a sentence with a
 * figure that names no period.
 */
const k = loadKnowledge({ request: "src/knowledge/request-until-harm-ends-2021-2024.json" });

const letter = (lastTitle: string) =>
  buildDocx({
    body: [
      para("Dinas a Sir Abertawe / City and County of Swansea"),
      para("Diolch am eich cais am wybodaeth. / Thank you for your request for information."),
      para("2023"),
      table([
        ["UASC wedi mynd ar goll / UASC went missing", "5"],
        ["UASC digwyddiadau / UASC missing episodes", "23"],
      ]),
      para(lastTitle),
      table([
        ["UASC wedi mynd ar goll / UASC went missing", "2"],
        ["UASC digwyddiadau / UASC missing episodes", "7"],
      ]),
      para("Nifer y plant ar eu pen eu hunain sy'n ceisio lloches sy'n dal ar goll / Number of UASC still missing: 1"),
      para("Yours sincerely,"),
    ].join(""),
  });

const read = async (lastTitle: string) => {
  const r = await processFile(
    { file: "Ymateb-Response.docx", bytes: await letter(lastTitle), manifestCode: "W06000011" },
    k,
  );
  return {
    facts: r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.periodText ?? "—"} ${f.value}`)
      .sort(),
  };
};

describe("a period title over a letter's table, in two languages", () => {
  it.each([
    "1 Ionawr – 30 Ebrill 2024 / 1 January – 30 April 2024",
    "1 January – 30 April 2024 / 1 Ionawr – 30 Ebrill 2024",
    "1 January – 30 April 2024",
  ])("%s: heads its table; the sentence after the table names no period", async (title) => {
    const { facts } = await read(title);
    // The sentence after the last table is not that table's period's: it names none (warned on at assembly).
    expect(facts).toEqual([
      "uasc_missing_incidents 1 January – 30 April 2024 7",
      "uasc_missing_incidents 2023 23",
      "uasc_went_missing 1 January – 30 April 2024 2",
      "uasc_went_missing 2023 5",
    ]);
  });

  it("a half with other numbers is no translation of the period: the title is not read", async () => {
    const { facts } = await read("1 Ionawr – 30 Ebrill 2023 / 1 January – 30 April 2024");
    expect(facts.filter((f) => f.includes("2024"))).toEqual([]);
    expect(facts).toContain("uasc_went_missing — 2");
  });
});
