import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { expandContainer } from "../../src/discover/expandContainers.js";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readCorrectedFigures } from "../../src/match/readCorrection.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildEml } from "../support/buildEml.js";

/** The 2018–20 request: questions with lettered parts ("2b"), one measure each, and three calendar years. */
const k = loadKnowledge({ request: join("src", "knowledge", "request-when-harm-remains-2018-2020.json") });

const letter = (lines: string[]): Workbook => ({
  file: "reply.txt",
  format: "txt",
  sheets: [{ name: "reply.txt", rows: lines.map((l) => [l]), merges: [] }],
});
const sourceAt = (_s: number, row: number, col: number): Source => ({
  file: "reply.txt",
  format: "txt",
  sheet: "reply.txt",
  row,
  col,
});

function corrected(lines: string[]) {
  const { facts } = readCorrectedFigures(
    letter(lines),
    k.labels,
    k.request.questions,
    sourceAt,
    k.request.periods,
    k.request,
    k.nationalities,
  );
  return facts.map((f) => ({ measure: f.measure, value: f.value, periodText: f.periodText }));
}

describe("readCorrectedFigures: a note in the letter that corrects a figure it gives", () => {
  it("ties 'the figure given for 2b in 2019 (16) … The correct figure for 2019 is 12' to part 2b, 2019", () => {
    expect(
      corrected([
        "2b Identified as UASC or separated child and have gone missing or absent 3 16 11",
        "Please note: the figure given for 2b in 2019 (16) includes four young people who were later age-",
        "assessed as adults and who should not have been counted. The correct figure for 2019 is 12.",
      ]),
    ).toEqual([{ measure: "uasc_went_missing", value: 12, periodText: "The correct figure for 2019 is 12." }]);
  });

  it("reads 'The response gave 1 missing incident for … in 2019; this should read 7' after the question it names", () => {
    expect(
      corrected([
        "Further to our response of 8 October 2021, I am afraid we initially gave you the wrong figure for question 3a in 2019. The response gave 1 missing incident for trafficked children in 2019; this should read 7.",
      ]),
    ).toEqual([
      expect.objectContaining({ measure: "trafficked_missing_incidents", value: 7 }) as unknown as {
        measure: string;
      },
    ]);
  });

  it("takes 'the figure for … excludes X. Including those young people, the number for 2020 is 9' for the measure its words name", () => {
    expect(
      corrected([
        "Question 2 - trafficked children who went missing or absent: 2018 – 8; 2019 – 0; 2020 – 11. Unaccompanied or separated children who went missing or absent: 2018 – 23; 2019 – 1; 2020 – 5.",
        "Please note that the 2020 figure for unaccompanied children who went missing excludes young people transferred under the National Transfer Scheme from October 2020. Including those young people, the number for 2020 is 9.",
      ]),
    ).toEqual([
      {
        measure: "uasc_went_missing",
        value: 9,
        periodText: "Including those young people, the number for 2020 is 9.",
      },
    ]);
  });

  it("takes no figure from a note that names a part but gives no corrected figure", () => {
    expect(
      corrected(["Please note that the figures at 3a and 3b are counts of incidents and not of children."]),
    ).toEqual([]);
  });
});

describe("a covering e-mail that corrects its own attachment", () => {
  it("uses the e-mail's figure and says the reply gives two (value_conflict), not that two replies disagree", async () => {
    const body = [
      "Dear Requester,",
      "Please find attached the County Council's response to your request.",
      "Please note there is a typing error in the attached letter. The figure for question 1c in 2019 should read 118, not 181.",
      "Kind regards",
      "Hampshire County Council",
    ].join("\n");
    const csv = ["Question,2018,2019,2020", "1c Identified as an unaccompanied asylum seeking child,173,181,104"].join(
      "\n",
    );
    const eml = buildEml({
      from: "Hampshire County Council <info.compliance@hants.gov.uk>",
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: body },
          { type: "text/csv", content: csv, filename: "response.csv", encoding: "base64" },
        ],
      },
    });
    const expanded = expandContainer("reply.eml", eml);
    const results = await Promise.all(
      [
        { file: "reply.eml", bytes: eml },
        ...expanded.children
          .filter((c) => c.file.includes("#"))
          .map((c) => ({ file: c.file, bytes: c.bytes, container: c.context })),
      ].map((input) => processFile({ ...input, manifestCode: "E10000014" }, k)),
    );
    const keyed = keyPeriods(results, k.request, k.labels.everyPeriod, k.values.dashWords);
    const year = keyed.find((p) => p.period.id === "2019")?.results ?? [];
    const r = assembleReturns(year, k).returns.find((x) => x.authority.gss_code === "E10000014");
    const v = r?.values.find((x) => x.measure === "uasc_looked_after");
    const codes = r?.issues.filter((i) => i.measure === "uasc_looked_after" && i.code.endsWith("conflict"));
    expect({ status: v?.status, value: v?.value }).toEqual({ status: "reported", value: 118 });
    expect(codes?.map((i) => i.code)).toEqual(["value_conflict"]);
  });
});
