import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { makeIssue } from "../../src/domain/issues.js";
import { lendByLetter } from "../../src/pipeline/lendContainerAuthority.js";
import { runIngest } from "../../src/pipeline/runIngest.js";

const letter = (file: string, code: string, text: string): FileResult =>
  ({
    file,
    ingested: true,
    authority: { code, how: "content" },
    facts: [],
    issues: [],
    letterLines: [{ text, source: { file, format: "txt", sheet: "", row: 1, col: 1 } }],
  }) as unknown as FileResult;
const nameless = (file: string): FileResult =>
  ({
    file,
    ingested: true,
    authority: null,
    facts: [],
    issues: [makeIssue("authority_unidentified", { message: "names no authority", file })],
  }) as unknown as FileResult;

describe("lendByLetter: a file naming no council, named by a letter beside it", () => {
  it("lends the letter's authority", () => {
    const got = lendByLetter([
      letter("Trafford FOI 5521 letter.docx", "E08000009", "set out in the attached spreadsheet (FOI 5521 data.xlsx)."),
      nameless("FOI 5521 data.xlsx"),
    ]);
    expect(got.get("FOI 5521 data.xlsx")?.code).toBe("E08000009");
  });

  it.each([
    [
      "a shared reference number alone (another council's FOI 4471)",
      [letter("Kirklees FOI 4471.docx", "E08000034", "Our ref: FOI 4471"), nameless("FOI_CRO_2018_4471_export.csv")],
    ],
    [
      "letters of two councils that both name it",
      [
        letter("Kent FOI 5521.docx", "E10000016", "see FOI 5521 data.xlsx"),
        letter("Devon FOI 5521.docx", "E10000008", "see FOI 5521 data.xlsx"),
        nameless("FOI 5521 data.xlsx"),
      ],
    ],
    [
      "a name too short to be its own",
      [letter("Kent letter.docx", "E10000016", "see data1.xlsx"), nameless("data1.xlsx")],
    ],
  ])("lends nothing: %s", (_name, results) => {
    expect(lendByLetter(results).size).toBe(0);
  });
});

describe("a covering letter in the folder reaches the spreadsheet of its reference", () => {
  let scratch: string;
  let quality: string;
  let values: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "foi-agg-letter-ref-"));
    const folder = join(scratch, "returns");
    await mkdir(folder);
    await writeFile(
      join(folder, "FOI 5521 data.csv"),
      ["Question,Answer", "UASC looked after,31", "UASC who went missing at least once,7", ""].join("\n"),
    );
    await writeFile(
      join(folder, "Trafford FOI 5521 covering letter.txt"),
      [
        "Trafford Council",
        "Our ref: FOI 5521",
        "Dear Requester,",
        "The information is set out in the attached spreadsheet (FOI 5521 data.csv).",
        "The number of unaccompanied asylum seeking children looked after is as at 31 March 2015, taken from our SSDA903 return.",
        "Yours sincerely,",
        "Trafford Council",
      ].join("\n"),
    );
    await runIngest({ folder, out: join(scratch, "out"), strict: false, jobs: 1 });
    quality = await readFile(join(scratch, "out", "quality.csv"), "utf8");
    values = await readFile(join(scratch, "out", "values.csv"), "utf8");
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it("reads the spreadsheet as the letter's council's, and warns on the one-day count it names", () => {
    expect(values).toMatch(/^E08000009,Trafford,.*,uasc_looked_after,reported,31,/mu);
    const warned = quality
      .split("\n")
      .filter((l) => l.includes("FOI 5521 data.csv") && l.includes("period_approximate"));
    expect(warned.map((l) => l.includes("uasc_looked_after"))).toEqual([true]);
    // The file itself still names no one, said as information.
    expect(quality).toMatch(/FOI 5521 data\.csv,.*,info,authority_unidentified,/u);
  });
});
