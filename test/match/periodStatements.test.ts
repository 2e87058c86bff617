import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { applyPeriodStatements, findPeriodStatements } from "../../src/match/applyPeriodStatements.js";
import { processFile } from "../../src/pipeline/processFile.js";

/** The bundled three-year round (2018, 2019, 2020), whose questions come in lettered parts. */
const threeYears = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });
const { request } = threeYears;

const source = { file: "letter.txt", format: "txt" as const, sheet: "letter.txt", row: 1, col: 1 };
const statements = (text: string) =>
  findPeriodStatements([{ text, source }], request, threeYears.labels, threeYears.values).map((s) => ({
    status: s.status,
    periods: s.periods.map((p) => p.id),
    groups: [...new Set(s.measures.map((m) => request.measures.find((x) => x.id === m)?.group))].sort(),
  }));

describe("findPeriodStatements: 'not held' or refused for some of the requested periods", () => {
  it.each([
    [
      "The council was formed in 2019, so the information for 1 January 2018 to 31 December 2018 is not held.",
      [
        {
          status: "not_held",
          periods: ["2018"],
          groups: ["all", "trafficked", "trafficked_identified", "trafficked_suspected", "uasc"],
        },
      ],
    ],
    [
      "Information about trafficking for 2018 is not held, and the 2019 figures are for April to December only.",
      [
        {
          status: "not_held",
          periods: ["2018"],
          groups: ["trafficked", "trafficked_identified", "trafficked_suspected"],
        },
        // The 2019 figures count only nine months: each is flagged (period_part), and still counted.
        {
          status: "part",
          periods: ["2019"],
          groups: ["all", "trafficked", "trafficked_identified", "trafficked_suspected", "uasc"],
        },
      ],
    ],
    [
      "Figures for 2018 and 2019 are withheld under section 12 as the cost limit would be exceeded.",
      [
        {
          status: "refused",
          periods: ["2018", "2019"],
          groups: ["all", "trafficked", "trafficked_identified", "trafficked_suspected", "uasc"],
        },
      ],
    ],
    // "Prior to 2019" is every period that ended before it; the date the record began ("January 2019") is no period.
    [
      "Trafficking and modern slavery were not recorded prior to 2019: the modern slavery flag was added to our case management system in January 2019",
      [
        {
          status: "not_held",
          periods: ["2018"],
          groups: ["trafficked", "trafficked_identified", "trafficked_suspected"],
        },
      ],
    ],
    [
      "Not held before 2019, when the field was introduced.",
      [
        {
          status: "not_held",
          periods: ["2018"],
          groups: ["all", "trafficked", "trafficked_identified", "trafficked_suspected", "uasc"],
        },
      ],
    ],
    [
      "Information about trafficking was not recorded before April 2020.",
      [
        {
          status: "not_held",
          periods: ["2018", "2019"],
          groups: ["trafficked", "trafficked_identified", "trafficked_suspected"],
        },
      ],
    ],
    // A reason names the children the council protects, not the figures it withholds.
    [
      "Figures for 2018 are withheld under section 40(2) so that no trafficked child can be identified.",
      [
        {
          status: "refused",
          periods: ["2018"],
          groups: ["all", "trafficked", "trafficked_identified", "trafficked_suspected", "uasc"],
        },
      ],
    ],
    // A key under a table: "quarters 1 to 3" names the part's quarters, not a count (round 100, Tower Hamlets).
    ...[
      "* 2019 covers 1 January 2019 to 30 September 2019 (quarters 1 to 3) only; the year-end data had not been validated.",
      "* 2019 covers 1 January 2019 to 30 September 2019 (quarters 1-3) only.",
      "The 2019 figures cover January to June 2019 (quarter 1 and 2) only.",
    ].map((text): [string, unknown[]] => [
      text,
      [
        {
          status: "part",
          periods: ["2019"],
          groups: ["all", "trafficked", "trafficked_identified", "trafficked_suspected", "uasc"],
        },
      ],
    ]),
    // A breakdown not held is its parts', not the whole's: the whole's figure for the year stands.
    ...[
      "We do not hold a validated breakdown by age for 2018.",
      "Figures for 2018 broken down by sex are not held.",
      "An age breakdown is not held for 2018.",
    ].map((text): [string, unknown[]] => [
      text,
      [{ status: "not_held", periods: ["2018"], groups: ["trafficked_identified", "trafficked_suspected"] }],
    ]),
  ])("%j", (text, want) => {
    expect(statements(text)).toEqual(want);
  });

  it.each([
    // Every period: the whole return's status, read elsewhere.
    "The information for 2018, 2019 and 2020 is not held.",
    // A count of its own: an answer, read where it stands.
    "For 2018 the figure is not held apart from 4 children who went missing in December.",
    // No period named.
    "This information is not held.",
    // The year a record began bounds time; it is not a period the statement covers.
    "Not held: trafficking has only been recorded as a reportable field since January 2019.",
    // Quarters named with a count beside them: a figure, not a statement.
    "In quarters 1 to 3 of 2019 there were 12 unaccompanied children looked after.",
    // A figure, not a statement.
    "In 2018 there were 12 unaccompanied children looked after.",
  ])("%j is no such statement", (text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe("a letter whose table leaves out a year it says is not held", () => {
  it("reads that year as not held for each measure, and leaves the other years' figures alone", async () => {
    const text = [
      "Surrey County Council",
      "",
      '"Our records begin in 2019, so the information for 2018 is not held."',
      "",
      "Question,2019,2020",
      "1c) Unaccompanied asylum seeking children looked after,21,26",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: null },
      threeYears,
    );
    const uasc = r.facts
      .filter((f) => f.measure === "uasc_looked_after")
      .map((f) => `${f.status}:${f.value ?? ""}:${f.periodText ?? f.label}`)
      .sort();
    expect(uasc.some((u) => u.startsWith("not_held::1 January 2018"))).toBe(true);
    expect(uasc.filter((u) => u.startsWith("reported"))).toHaveLength(2);
    expect(r.issues.filter((i) => i.code === "value_not_held").map((i) => i.measure)).toContain("uasc_looked_after");
  });
});

describe("findPeriodStatements: a period written as a pair of years", () => {
  const twoYears = loadKnowledge({
    request: new URL("../round/school-exclusions.request.json", import.meta.url).pathname,
  });
  const read = (text: string) =>
    findPeriodStatements([{ text, source }], twoYears.request, twoYears.labels, twoYears.values).map((s) => ({
      status: s.status,
      periods: s.periods.map((p) => p.id),
    }));

  it.each([
    // "2022/23" is a period, not a count: the sentence still gives no figure.
    ["The Council does not hold information for 2022/23.", [{ status: "not_held", periods: ["2022-23"] }]],
    // "…, and this is a refusal notice under section 17": the notice that goes with the not-held answer.
    [
      "The Council therefore does not hold information for the 2022/23 year, and this is a refusal notice under section 17 to that extent.",
      [{ status: "not_held", periods: ["2022-23"] }],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a not-held line under a question that names every part of a whole", () => {
  // Round 29's request: children on a plan (the whole) and its five initial categories (the parts).
  const cp = loadKnowledge({ request: join("fixtures", "holdout29", "request.json") });
  it("lands on the parts its words name for the period it names, not on the whole the question resolves to", async () => {
    const text = [
      "Q1 How many children became the subject of a child protection plan in each period?",
      "    2022/23    139",
      "    2023/24    170",
      "    01/04/2024 to 30/09/2024    74",
      "",
      "Q3 Of the children in question 1, how many were made subject to a plan under each initial category of abuse: (a) neglect, (b) emotional abuse, (c) physical abuse, (d) sexual abuse, (e) multiple categories?",
      "Initial category was not recorded as a field before April 2023, so this information is not held for 2022/23.",
      "",
    ].join("\n");
    const r = await processFile({ file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: null }, cp);
    const notHeld = r.issues.filter((i) => i.code === "value_not_held").map((i) => i.measure);
    expect(notHeld).not.toContain("cp_children");
    expect(notHeld).toContain("neglect_children");
    expect(r.facts.filter((f) => f.measure === "cp_children" && f.status === "reported").map((f) => f.value)).toEqual([
      139, 170, 74,
    ]);
  });
});

describe("applyPeriodStatements: a whole whose parts the file gives for the period", () => {
  const fact = (measure: string, value: number) => ({
    measure,
    status: "reported" as const,
    value,
    lower: value,
    upper: value,
    raw: String(value),
    sources: [source],
    label: "",
    periodText: "2018",
  });
  const given = [fact("trafficked_identified", 8), fact("trafficked_suspected", 1)];
  const refusal = (named: boolean) => {
    const [s] = findPeriodStatements(
      [
        {
          text: "We are therefore applying section 12 of the Freedom of Information Act 2000 to the 2018 figure.",
          source,
        },
      ],
      request,
      threeYears.labels,
      threeYears.values,
    );
    if (!s) throw new Error("no statement read");
    return { ...s, named };
  };
  const refused = (named: boolean) =>
    applyPeriodStatements(given, [refusal(named)], request.periods, request)
      .facts.filter((f) => f.status === "refused")
      .map((f) => f.measure);

  it("is not refused by a sentence that names no question: its answer is the parts' sum", () => {
    expect(refusal(false).named).toBe(false);
    expect(refused(false)).not.toContain("trafficked_looked_after");
    expect(refused(false)).toContain("uasc_missing_incidents");
  });

  it("is still refused by a sentence that names it", () => {
    expect(refused(true)).toContain("trafficked_looked_after");
  });
});

describe("findPeriodStatements: a sheet for one period that says only 'not held'", () => {
  const onSheet = (sheet: string, text: string) =>
    findPeriodStatements(
      [{ text, source: { file: "reply.xlsx", format: "xlsx" as const, sheet, row: 4, col: 1 } }],
      request,
      threeYears.labels,
      threeYears.values,
    ).map((s) => ({ status: s.status, periods: s.periods.map((p) => p.id) }));
  const text =
    "Not held. The council's case management system changed in April 2021 and figures before that date are not held in a reportable format.";

  it("takes the period from the sheet's name when the sentence names none", () => {
    // A workbook with a sheet per year: the 2018 sheet holds this sentence and no table.
    expect(onSheet("2018", text)).toContainEqual({ status: "not_held", periods: ["2018"] });
    expect(onSheet("2018", text).every((s) => s.periods.join() === "2018")).toBe(true);
  });

  it("reads nothing from a sheet whose name is no requested period, or names several", () => {
    expect(onSheet("Response", text)).toEqual([]);
    expect(onSheet("2018-2020", text)).toEqual([]);
  });
});

describe("findPeriodStatements: a key to a suppression marker is no statement about a period", () => {
  const onSheet = (text: string) =>
    findPeriodStatements(
      [{ text, source: { file: "reply.ods", format: "ods" as const, sheet: "2018", row: 11, col: 1 } }],
      request,
      threeYears.labels,
      threeYears.values,
    ).map((s) => s.status);

  // The key says why the marked cells are withheld; it refuses no question the sheet leaves blank.
  it.each([
    "* = fewer than 5; withheld under section 40(2) to avoid identifying individual children.",
    "[c] = fewer than five children, withheld under s.40(2).",
    "Key: * = under 5, refused under section 40(2) (personal data)",
  ])("%s", (text) => {
    expect(onSheet(text)).toEqual([]);
  });

  it("still reads a refusal that does not open with a marker's key", () => {
    expect(onSheet("Figures for this year are withheld under section 40(2) to avoid identifying children.")).toEqual([
      "refused",
    ]);
  });
});

/**
 * "~ | Not recorded on our system … before the new recording system was introduced in January 2019" on a
 * notes sheet (round 163, Essex): the line is the key of the cells marked "~", and says nothing of every
 * figure of the year it names (read by the key, match/readZeroKey.ts).
 */
describe("findPeriodStatements: a key's line opened by a marker in the cell before it", () => {
  const text =
    "Trafficking / modern slavery was not recorded as a separate field before the new recording system was introduced in January 2019.";
  it("is no statement about the periods its words name", () => {
    expect(findPeriodStatements([{ text, source, mark: "~" }], request, threeYears.labels, threeYears.values)).toEqual(
      [],
    );
  });
});
