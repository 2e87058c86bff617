import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * Replies to a round asked for several years often give one table per
 * year, each under a line naming its year, with rows numbered as the
 * questions were ("2a. Identified or suspected trafficked").
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function read(file: string, body: string): Promise<{ facts: string[]; codes: string[] }> {
  const r = await processFile({ file, bytes: text(body), manifestCode: null }, knowledge);
  return {
    facts: r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value} [${f.periodText ?? ""}]`),
    codes: r.issues.map((i) => i.code),
  };
}

describe("a table per period, each under a line naming its period", () => {
  const table = (a: number, b: number, c: number) =>
    [
      "Question,Number",
      `1a. Identified as trafficked / victim of modern slavery,${a}`,
      `2a. Identified or suspected trafficked / modern slavery,${b}`,
      `2b. UASC or separated child,${c}`,
    ].join("\n");
  const body = ["2021", table(8, 4, 7), "2022", table(7, 5, 6), "1 January – 30 April 2024", table(3, 2, 1)].join("\n");

  it.each([
    ["trafficked_identified", "2021", 8],
    ["trafficked_went_missing", "2021", 4],
    ["uasc_went_missing", "2021", 7],
    ["trafficked_identified", "2022", 7],
    ["uasc_went_missing", "2022", 6],
    ["trafficked_went_missing", "1 January – 30 April 2024", 2],
    ["uasc_went_missing", "1 January – 30 April 2024", 1],
  ])("reads %s for %s as %i", async (measure, period, value) => {
    const { facts } = await read("reply.csv", body);
    expect(facts.filter((f) => f.startsWith(`${measure}=`) && f.includes(period))).toEqual([
      expect.stringContaining(`${measure}=${value} [`),
    ]);
  });

  it("never sets aside a table for one of the round's periods that is part of a year", async () => {
    const { codes } = await read("reply.csv", body);
    expect(codes).not.toContain("figure_set_aside");
    expect(codes).not.toContain("figure_other_period");
  });
});

describe("a table typed with dotted leaders in a plain-text letter", () => {
  const body = [
    "Thank you for your request dated 2 May 2024. Fife Council holds some of the information requested, and the",
    "figures below are for calendar years, as requested in your letter, for each of the years you asked about.",
    "",
    "1 January 2021 - 31 December 2021",
    "  Looked after children identified or suspected as trafficked ..... 4",
    "    went missing .................................................. 1",
    "    missing episodes .............................................. 5",
    "  Unaccompanied asylum seeking children (UASC) looked after ....... 9",
    "    went missing .................................................. 2",
  ].join("\n");

  it.each([
    ["trafficked_looked_after", 4],
    ["trafficked_went_missing", 1],
    ["trafficked_missing_incidents", 5],
    ["uasc_looked_after", 9],
    ["uasc_went_missing", 2],
  ])("reads %s as %i, each line on its own", async (measure, value) => {
    const { facts } = await read("reply.txt", body);
    expect(facts.filter((f) => f.startsWith(`${measure}=`))).toEqual([
      expect.stringContaining(`${measure}=${value} [`),
    ]);
  });
});

describe("a letter's per-year answers and numbered rows", () => {
  it.each([
    [
      "a list of periods broken after its commas, under a bare question number",
      [
        "Response",
        "1.",
        "a. 2021 – 3,",
        "2022 – 4,",
        "2023 – 7,",
        "2024 up to 30/4/24 – 6",
        "b. 2021 – 4,",
        "2022 – 5",
      ],
      ["trafficked_identified=3 [2021]", "trafficked_identified=4 [2022]", "trafficked_identified=7 [2023]"],
    ],
    [
      "periods given with equals signs, under 'Question 1'",
      ["Question 1", "a) Looked after children identified as trafficked: 2021 = 9, 2022 = 11, 2023 = 8."],
      ["trafficked_identified=9 [2021]", "trafficked_identified=11 [2022]", "trafficked_identified=8 [2023]"],
    ],
    [
      "one period and its figure a line, under the question they answer",
      ["Response", "1a) Looked after children identified as trafficked", "2021 – 8", "2022 – 9", "2023 – 5"],
      ["trafficked_identified=8 [2021]", "trafficked_identified=9 [2022]", "trafficked_identified=5 [2023]"],
    ],
    [
      "a part-year named by its dates among the years, after a dash",
      [
        "Question 1",
        "a) Looked after children identified as trafficked: 2021 - 9; 2022 - 11; 1 January to 30 April 2024 - 4.",
      ],
      [
        "trafficked_identified=9 [2021]",
        "trafficked_identified=11 [2022]",
        "trafficked_identified=4 [1 January to 30 April 2024]",
      ],
    ],
    [
      "a part-year named by numeric dates, with nil for nought",
      ["Question 1", "a) Looked after children identified as trafficked: 2021 - 9; 01/01/2024 to 30/04/2024 - nil"],
      ["trafficked_identified=9 [2021]", "trafficked_identified=0 [01/01/2024 to 30/04/2024]"],
    ],
    [
      "a question, then (past a blank line) one period and its figure a line, spaced apart",
      [
        "Q1 How many looked after children were identified as trafficked?",
        "    2021    8",
        "    2022    9",
        "    1 January to 30 April 2024    5",
        "",
        "Q2 How many trafficked looked after children went missing?",
        "",
        "    2021    3",
        "    2022    4",
      ],
      [
        "trafficked_identified=8 [2021]",
        "trafficked_identified=9 [2022]",
        "trafficked_identified=5 [1 January to 30 April 2024]",
        "trafficked_went_missing=3 [2021]",
        "trafficked_went_missing=4 [2022]",
      ],
    ],
    [
      "a question, then 'In 2021: 8' a line, the part-year as 'Between … and …'",
      [
        "Question 1: How many looked after children were identified as trafficked?",
        "In 2021: 8",
        "In 2022: 9",
        "Between 1 January and 30 April 2024: 5",
      ],
      [
        "trafficked_identified=8 [In 2021]",
        "trafficked_identified=9 [In 2022]",
        "trafficked_identified=5 [Between 1 January and 30 April 2024]",
      ],
    ],
    [
      "one period and its figure a line, the last a part-year named by its dates",
      [
        "Response",
        "1a) Looked after children identified as trafficked",
        "2021 – 8",
        "2022 – 9",
        "1 January to 30 April 2024 – 5",
      ],
      [
        "trafficked_identified=8 [2021]",
        "trafficked_identified=9 [2022]",
        "trafficked_identified=5 [1 January to 30 April 2024]",
      ],
    ],
    [
      "a bullet list under the question, one period named by its dates an item",
      [
        "Response",
        "2b) Unaccompanied asylum-seeking children who went missing",
        "\u2022 1 January 2021 to 31 December 2021: 6",
        "\u2022 1 January 2022 to 31 December 2022: 3",
        "- 1 January 2024 to 30 April 2024: 2",
      ],
      [
        "uasc_went_missing=6 [1 January 2021 to 31 December 2021]",
        "uasc_went_missing=3 [1 January 2022 to 31 December 2022]",
        "uasc_went_missing=2 [1 January 2024 to 30 April 2024]",
      ],
    ],
  ])("reads %s", async (_what, lines, expected) => {
    const { facts } = await read("reply.txt", lines.join("\n"));
    for (const e of expected) expect(facts).toContain(e);
  });
});

describe("rows that name the request's questions by number", () => {
  const body = (label: string) => ["Question,2021,2022", `${label},24,30`].join("\n");
  it.each([
    ["1a + 1b total", "trafficked_looked_after"],
    ["1a and 1b", "trafficked_looked_after"],
    ["2b. UASC or separated child", "uasc_went_missing"],
    ["3a Missing/absent episodes – trafficked", "trafficked_missing_incidents"],
    // A single word and a spaced slash opening the label qualify the words after them, as a tight slash does.
    ["3b. Absent / missing episodes", "uasc_missing_incidents"],
    ["3b. Missing / absent episodes", "uasc_missing_incidents"],
  ])("reads '%s' as %s", async (label, measure) => {
    const { facts } = await read("reply.csv", body(label));
    expect(facts.map((f) => f.split("=")[0])).toEqual([measure, measure]);
  });

  it("reads 'Missing / absent episodes' under a heading row naming the group", async () => {
    const rows = [
      "Measure,2021,2022",
      "Trafficked children (identified or suspected),,",
      "Missing / absent episodes,7,9",
    ];
    const { facts } = await read("reply.csv", rows.join("\n"));
    expect(facts.map((f) => f.split("=")[0])).toEqual(["trafficked_missing_incidents", "trafficked_missing_incidents"]);
  });

  it.each(["went missing / missing episodes (2a)", "Children / episodes who went missing (2b)"])(
    "flags '%s', whose slash offers two different counts",
    async (label) => {
      const r = await processFile({ file: "reply.csv", bytes: text(body(label)), manifestCode: null }, knowledge);
      expect(r.facts.filter((f) => f.status === "reported")).toEqual([]);
      expect(r.issues.map((i) => i.code)).toContain("label_ambiguous");
    },
  );

  it("flags a sum of two questions that are not the parts of one count", async () => {
    const r = await processFile({ file: "reply.csv", bytes: text(body("1c + 2a")), manifestCode: null }, knowledge);
    expect(r.facts.filter((f) => f.status === "reported")).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("label_ambiguous");
  });
});

describe("a header line left above a table rebuilt from a PDF", () => {
  it("splits a line ending in as many years as the rows below have figures into the table's header", async () => {
    const { splitHeaderLines } = await import("../../src/locate/splitHeaderLines.js");
    const sheet = {
      name: "page 1",
      merges: [],
      rows: [["Looked after children 2021 2022 2023"], ["1a Identified as trafficked", "18", "22", "25"]],
      lines: [
        { kind: "prose" as const, place: "page 1 line 6" },
        { kind: "table" as const, place: "page 1 table 1 row 1" },
      ],
    };
    expect(splitHeaderLines(sheet, "pdf").rows[0]).toEqual(["Looked after children", "2021", "2022", "2023"]);
    // A table with a row that lost a cell gets no header: its figures would fall under the wrong years.
    const ragged = {
      ...sheet,
      rows: [...sheet.rows, ["1c UASC or separated child 40", "55", "66"]],
      lines: [...sheet.lines, { kind: "table" as const, place: "page 1 table 1 row 2" }],
    };
    expect(splitHeaderLines(ragged, "pdf").rows[0]).toEqual(["Looked after children 2021 2022 2023"]);
    // "2024 (Jan–Apr)" is a year as a header writes it.
    const part = { ...sheet, rows: [["2021 2022 2024 (Jan–Apr)"], ["1a Identified", "1", "2", "3"]] };
    expect(splitHeaderLines(part, "pdf").rows[0]).toEqual(["", "2021", "2022", "2024 (Jan–Apr)"]);
    // Two years over a row of three figures head nothing.
    const three = { ...sheet, rows: [["Children 2021 2022"], sheet.rows[1] ?? []] };
    expect(splitHeaderLines(three, "pdf").rows[0]).toEqual(["Children 2021 2022"]);
  });
});

describe("a letter's tables, each under a line that is only its period", () => {
  it("takes each table's period from the line above it, past a header typed as a line, and never from a sentence", async () => {
    const { buildDocx, para, table } = await import("../support/buildDocx.js");
    const bytes = await buildDocx({
      body: [
        para("Request for information – trafficked and unaccompanied children, 2021 to 2023"),
        para("Please find our response below."),
        para("1 January 2021 to 31 December 2021"),
        para("Question Number of children"),
        table([
          ["1a", "13"],
          ["2b", "8"],
        ]),
        para("1 January 2022 to 31 December 2022"),
        para("Question Number of children"),
        table([
          ["1a", "18"],
          ["2b", "12"],
        ]),
      ].join(""),
    });
    const r = await processFile({ file: "reply.docx", bytes, manifestCode: null }, knowledge);
    const facts = r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure}=${f.value} [${f.periodText}]`);
    expect(facts).toEqual([
      "trafficked_identified=13 [1 January 2021 to 31 December 2021]",
      "uasc_went_missing=8 [1 January 2021 to 31 December 2021]",
      "trafficked_identified=18 [1 January 2022 to 31 December 2022]",
      "uasc_went_missing=12 [1 January 2022 to 31 December 2022]",
    ]);
  });
});

describe("the period a figure is keyed to", () => {
  it("is named by the nearest text that names any: the column's year, not a note above naming two years", async () => {
    const { keyPeriods } = await import("../../src/assemble/keyPeriods.js");
    const body = [
      "Figures for 2021 and January-April 2024 are those of the former county council.",
      "Question,2021,2022",
      "1a. Identified as trafficked / victim of modern slavery,3,4",
    ].join("\n");
    const result = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: null }, knowledge);
    const keyed = keyPeriods([result], knowledge.request).map(
      (p) => `${p.period.id}: ${p.results[0]?.facts.map((f) => f.value).join(",")}`,
    );
    expect(keyed.slice(0, 2)).toEqual(["2021: 3", "2022: 4"]);
  });
});

describe("an answer its words give for every period", () => {
  it.each([
    ["2b. UASC who went missing: none in any year.", ["2021: 0", "2022: 0", "2023: 0"]],
    ["2b. UASC who went missing: none in each of the years asked about.", ["2021: 0", "2022: 0", "2023: 0"]],
    // A nil in words naming no time is nil over the whole span, so nil in each year (keyPeriods nilForWholeSpan).
    ["2b. UASC who went missing: none.", ["2021: 0", "2022: 0", "2023: 0"]],
    // A nil naming some time it does not pin to a requested year: counted for none, and flagged.
    ["2b. UASC who went missing: none last year.", ["2021: ", "2022: ", "2023: "]],
  ])("%s → %j", async (line, expected) => {
    const { keyPeriods } = await import("../../src/assemble/keyPeriods.js");
    const result = await processFile({ file: "reply.txt", bytes: text(line), manifestCode: null }, knowledge);
    const keyed = keyPeriods([result], knowledge.request, knowledge.labels.everyPeriod).map(
      (p) => `${p.period.id}: ${p.results[0]?.facts.map((f) => f.value).join(",")}`,
    );
    expect(keyed.slice(0, 3)).toEqual(expected);
  });
});

describe("a refusal that points at 'this question'", () => {
  it("answers the question above it, whatever the sentences before it name", async () => {
    const body = [
      "Q1 How many looked after children were identified as trafficked?",
      "Our records count referrals rather than children. To count the looked after children identified as trafficked and the missing episodes we would need to read each case file, which would take well over 18 hours. The Council is therefore applying section 12 to this question.",
    ].join("\n");
    const r = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, knowledge);
    expect(r.facts.filter((f) => f.measure === "trafficked_identified").map((f) => f.status)).toContain("refused");
    expect(r.issues.map((i) => i.code)).not.toContain("label_ambiguous");
  });
});
