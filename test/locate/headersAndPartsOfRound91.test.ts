import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildEml } from "../support/buildEml.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function reported(file: string, text: string | Uint8Array, measure: string) {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const r = await processFile({ file, bytes, manifestCode: "E09000016" }, severalYears);
  return r.facts
    .filter((f) => f.measure === measure && f.status === "reported")
    .map((f) => `${f.periodText ?? ""} ${f.value}`)
    .sort();
}

/**
 * "Calendar year" merged over 2021–2023 and "2024" alone over the column
 * the row under it heads "(to 30/04)" (round 91's Havering table): the upper
 * row's one year was read as a count labelled "Calendar year", and the
 * column under it named no year at all, so its figures went uncounted.
 */
describe("a year over a bracket in a two-row header", () => {
  it("heads its column with both halves", async () => {
    const csv = [
      ",Calendar year,,,2024,",
      "Question,2021,2022,2023,(to 30/04),Total 2021-2024",
      "1c UASC / separated,36,49,54,15,154",
    ].join("\n");
    expect(await reported("LBH FOI 1.csv", csv, "uasc_looked_after")).toEqual([
      "2021 36",
      "2022 49",
      "2023 54",
      "2024 (to 30/04) 15",
      "Total 2021-2024 154",
    ]);
  });
});

/**
 * "> 3)  a. The total number of individual incidents … a. Identified or
 * suspected as having been trafficked …" over its answer, then ">     b. …
 * Identified as an UASC …" over its own (round 91's Rochdale e-mail): the
 * first line is part a of question 3, not question 3's stem. Read as the
 * stem, part b took its words too and named both groups, so its figures
 * were set aside as counting both together.
 */
describe("a question's number and a part's letter on one line", () => {
  it("is that part, and the next part stands on its own", async () => {
    const letter = [
      "Dear Ms Okafor,",
      "",
      "> 2b) The total number of looked after children in the care of your authority: b. Identified as an UASC or separated child and that have gone missing or absent.",
      "",
      "2021: 3, 2022: 4, 2023: 5, Jan-Apr 2024: 2",
      "",
      "> 3)  a. The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "",
      "2021: 14, 2022: 1, 2023: 14, Jan-Apr 2024: 7",
      "",
      ">     b. The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children in the care of your authority: b. Identified as an UASC or separated child and that have gone missing or absent.",
      "",
      "2021: 8, 2022: 9, 2023: 13, Jan-Apr 2024: 4",
      "",
      "Kind regards",
    ].join("\r\n");
    const eml = buildEml({
      from: "foi@rochdale.gov.uk",
      subject: "RE: Freedom of Information Request - FOI 8093",
      body: { type: "text/plain", content: letter, encoding: "quoted-printable" },
    });
    expect(await reported("reply.eml", eml, "uasc_missing_incidents")).toEqual([
      "2021 8",
      "2022 9",
      "2023 13",
      "Jan-Apr 2024 4",
    ]);
  });
});
