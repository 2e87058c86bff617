import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { findTextTables } from "../../src/read/findTextTables.js";
import { readDocx } from "../../src/read/readDocx.js";
import { readEml } from "../../src/read/readEml.js";
import { readText } from "../../src/read/readText.js";
import { buildDocx, para } from "../support/buildDocx.js";
import { knowledge } from "../support/knowledge.js";

/** Each line's role as "prose" or its cells joined by " | ". */
function roles(lines: string[]): string[] {
  return findTextTables(lines).map((r) => (r.kind === "prose" ? "prose" : (r.cells ?? []).join(" | ")));
}

describe("findTextTables", () => {
  it.each<[string, string[], string[]]>([
    [
      "a one-line header over right-aligned figures",
      [
        "The figures are:",
        "                          Trafficked   UASC",
        "  Looked after                    29    187",
        "  Went missing                    12     38",
      ],
      ["prose", " | Trafficked | UASC", "Looked after | 29 | 187", "Went missing | 12 | 38"],
    ],
    [
      "a header stacked over three lines and a ruling line",
      [
        "                               Trafficked    UASC",
        "                               (identified",
        "                               or suspected)",
        "  ------------------------------------------------",
        "  Looked after in the period         29        187",
        "  Went missing at least once         12         38",
        "  ------------------------------------------------",
      ],
      [
        "",
        "",
        "",
        " | Trafficked (identified or suspected) | UASC",
        "Looked after in the period | 29 | 187",
        "Went missing at least once | 12 | 38",
        "prose",
      ],
    ],
    [
      'a title over the question-number and label columns ("Question" over "1 / 5" and the label)',
      [
        "  Question                                     Trafficked     UASC",
        "  -------------------------------------------  ----------     ----",
        "  1 / 5  Looked after in the period                14          61",
        "  2 / 6  Went missing at least once                 4           8",
      ],
      [
        "",
        "Question |  | Trafficked | UASC",
        "1 / 5 | Looked after in the period | 14 | 61",
        "2 / 6 | Went missing at least once | 4 | 8",
      ],
    ],
    [
      "a title over a label column and a column of figures stays unplaced (no header)",
      [
        "  Looked after in the period and missing",
        "  Trafficked                 14          61",
        "  UASC                        4           8",
      ],
      ["prose", "Trafficked | 14 | 61", "UASC | 4 | 8"],
    ],
    [
      'a header of question numbers whose last, "4", reads as a figure, over a ruling line',
      [
        "Period                  1a  1b  1c   4",
        "--------------------------------------",
        "2021                     9   2  10   2",
        "1 Jan – 30 Apr 2024      8   4   3   0",
      ],
      ["", "Period | 1a | 1b | 1c | 4", "2021 | 9 | 2 | 10 | 2", "1 Jan – 30 Apr 2024 | 8 | 4 | 3 | 0"],
    ],
    [
      "columns lined up with tabs",
      ["Group\tGirls\tBoys", "UASC\t4\t9", "Traff.\t2\t3"],
      ["Group | Girls | Boys", "UASC | 4 | 9", "Traff. | 2 | 3"],
    ],
    [
      "sentences with two spaces after a full stop (prose)",
      [
        "We looked after 29 children.  Of these 12 went missing in the period.",
        "There were 41 episodes.  Three children remain missing at the date of this letter.",
      ],
      ["prose", "prose"],
    ],
    [
      "one answer typed with two spaces among answers with one (prose)",
      ["1. How many were looked after?", "Response:  5 ", "2. How many went missing?", "Response: 0", "Response: 0"],
      ["prose", "prose", "prose", "prose", "prose"],
    ],
    [
      'numbered answers, each number with its stop ("4.", "5.") two spaces before its answer (prose, not a column of figures)',
      [
        "1a.  2018 – 0, 2019 – 0, 2020 – fewer than five",
        "4.  2018 – 0, 2019 – 0, 2020 – 0",
        "5.  No breakdown can be given because of the very small numbers.",
      ],
      ["prose", "prose", "prose"],
    ],
    [
      'numbered answers "2  1", "3  2" straight after the lettered part before ("1b 2"): prose, not two columns of figures',
      ["1a 1", "1b 2", "2  1", "3  2", "4  None", "5  6"],
      ["prose", "prose", "prose", "prose", "prose", "prose"],
    ],
    [
      "the same lines with no lettered question above them stay a table (an age band's counts)",
      ["Children by age:", "14  3", "15  5", "16  8"],
      ["prose", "14 | 3", "15 | 5", "16 | 8"],
    ],
    [
      "an address block beside a reference (no figures: prose)",
      ["Civic Offices        Our ref: FOI 8841", "New Road             Date: 4 January 2016"],
      ["prose", "prose"],
    ],
  ])("%s", (_how, lines, want) => {
    expect(roles(lines)).toEqual(want);
  });

  it("keeps a line whose figure sits between two columns as prose, never in a column", () => {
    const got = roles([
      "                     Trafficked      UASC",
      "  Looked after               29       187",
      "  Went missing                  12        ",
      "  Episodes                   41       102",
    ]);
    expect(got[2]).toBe("prose");
    expect(got[3]).toBe("Episodes | 41 | 102");
  });
});

async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Thurrock Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) {
    if (f.status === "not_answered") continue;
    out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  }
  return out;
}

describe("a letter with a table typed in spaces", () => {
  it("reads each figure from its row and column, with the line as its place", async () => {
    const r = await readLetter([
      "The period covered is 1 October 2014 to 30 September 2015.",
      "",
      "                                        Trafficked    UASC",
      "                                        (identified",
      "                                        or suspected)",
      "  ----------------------------------------------------------",
      "  Q1/Q5  Looked after during period          29        187",
      "  Q2/Q6  Went missing at least once          12         38",
      "  Q3/Q7  Number of missing episodes          41        102",
      "  Q4/Q8  Not found at 30/09/2015              3          0",
      "  ----------------------------------------------------------",
    ]);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "29@letter.txt#line 9 (table 1 row 2) col 3",
      uasc_looked_after: "187@letter.txt#line 9 (table 1 row 2) col 4",
      trafficked_went_missing: "12@letter.txt#line 10 (table 1 row 3) col 3",
      uasc_went_missing: "38@letter.txt#line 10 (table 1 row 3) col 4",
      trafficked_missing_incidents: "41@letter.txt#line 11 (table 1 row 4) col 3",
      uasc_missing_incidents: "102@letter.txt#line 11 (table 1 row 4) col 4",
      trafficked_not_found: "3@letter.txt#line 12 (table 1 row 5) col 3",
      uasc_not_found: "0@letter.txt#line 12 (table 1 row 5) col 4",
    });
    // "Q1/Q5" numbers two questions; it is not the first quarter of the year.
    expect(r.issues.filter((i) => i.code === "figure_other_period")).toEqual([]);
  });

  it("keeps lines opening with their question's number as prose, a bare '3' included, and reads each answer after its dash", async () => {
    const lines = [
      "Our answers are below.",
      "",
      "1a  Looked after children identified as trafficked - nil",
      "1b  Looked after children suspected of being trafficked - 2",
      "2a  Trafficked children who went missing - nil",
      "3   Trafficked children not found - no cases.",
      "4   Nationalities - none to report.",
    ];
    expect(roles(lines).every((r) => r === "prose")).toBe(true);
    const r = await readLetter(lines);
    expect(figures(r)).toMatchObject({
      trafficked_went_missing: "0@letter.txt:7",
      trafficked_not_found: "0@letter.txt:8",
    });
  });

  it("keeps a letter with no table line for line, as before", async () => {
    const r = await readLetter(["We looked after 29 unaccompanied asylum seeking children in the period."]);
    expect(figures(r)).toEqual({ uasc_looked_after: "29@letter.txt:3" });
  });
});

/** Each line's table number and cells ("prose" for a line outside any table). */
function numbered(lines: string[]): string[] {
  return findTextTables(lines).map((r) =>
    r.kind === "prose" ? "prose" : `${r.table}: ${(r.cells ?? []).join(" | ")}`,
  );
}

describe("findTextTables: a letter answering question by question, each answer a typed table", () => {
  /** South Tyneside's way: each answer's heading numbered and set apart, its table under it. */
  const LETTER = [
    "1. Looked after children identified or suspected as trafficked",
    "",
    "    Identified     Suspected     Total",
    "    ----------     ---------     -----",
    "        2              3           5",
    "",
    "2. - 4. Missing from care",
    "",
    "    Group          Went missing    Missing episodes    Not found",
    "    ----------     ------------    ----------------    ---------",
    "    Trafficked          1                 2                0",
    "    UASC                5                 8                0",
  ];

  it("ends a table at the next question's numbered heading, so its header is never read as a row of the first", () => {
    expect(numbered(LETTER)).toEqual([
      "prose",
      "prose",
      "1: ",
      "1: Identified | Suspected | Total",
      "1: 2 | 3 | 5",
      "prose",
      "prose",
      "prose",
      "2: ",
      "2: Group | Went missing | Missing episodes | Not found",
      "2: Trafficked | 1 | 2 | 0",
      "2: UASC | 5 | 8 | 0",
    ]);
  });

  it.each<[string, string[]]>([
    ["a numbered heading", ["2. Missing from care"]],
    ["a range of questions", ["2. - 4. Missing from care"]],
    ["a Q number with a bracket", ["Q2) Missing from care"]],
    ["a question word with a colon", ["Question 2: Missing from care"]],
  ])("knows %s set apart by blank lines as the start of the next answer", (_name, heading) => {
    const lines = [...(LETTER.slice(2, 5) as string[]), "", ...heading, "", ...(LETTER.slice(8) as string[])];
    expect(numbered(lines).filter((r) => r.startsWith("1: "))).toEqual([
      "1: ",
      "1: Identified | Suspected | Total",
      "1: 2 | 3 | 5",
    ]);
  });

  it("takes one row of figures as a table only under a ruled header: without the rule it stays prose", () => {
    expect(roles(["    Identified     Suspected     Total", "        2              3           5"])).toEqual([
      "prose",
      "prose",
    ]);
  });
});

/** A table pasted as fixed-width text, as each reader's unit of text gives it. */
const TYPED = [
  "                              Trafficked    UASC",
  "  Looked after in the period          29     187",
  "  Went missing at least once          12      38",
];

/** Each row of a read document as "place: cell | cell". */
function placed(sheet: { rows: string[][]; lines?: { place?: string }[] } | undefined): string[] {
  return (sheet?.rows ?? []).map((row, r) => `${sheet?.lines?.[r]?.place}: ${row.join(" | ")}`);
}

describe("tables typed with spaces in other letters", () => {
  it("reads them in a Word letter, one paragraph a line, placed by paragraph", async () => {
    const bytes = await buildDocx({
      body: [para("Our answer:"), ...TYPED.map((t) => para(t)), para("Yours faithfully")].join(""),
    });
    expect(placed(readDocx("reply.docx", bytes).workbook?.sheets[0])).toEqual([
      "para 1: Our answer:",
      "para 2 (typed table 1 row 1):  | Trafficked | UASC",
      "para 3 (typed table 1 row 2): Looked after in the period | 29 | 187",
      "para 4 (typed table 1 row 3): Went missing at least once | 12 | 38",
      "para 5: Yours faithfully",
    ]);
  });

  it("reads them in the plain-text body of an e-mail, placed by body line", () => {
    const mail = [
      "From: foi@thurrock.gov.uk",
      "To: researcher@example.org",
      "Subject: FOI 8841",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Our answer:",
      "",
      ...TYPED,
      "",
    ].join("\r\n");
    expect(placed(readEml("reply.eml", new TextEncoder().encode(mail)).workbook?.sheets[0])).toEqual([
      "body line 1: Our answer:",
      "body line 3 (table 1 row 1):  | Trafficked | UASC",
      "body line 4 (table 1 row 2): Looked after in the period | 29 | 187",
      "body line 5 (table 1 row 3): Went missing at least once | 12 | 38",
    ]);
  });
});

describe("tables whose cells are parted by tabs or pipes", () => {
  it.each<[string, string[], string[]]>([
    [
      "a table pasted from a spreadsheet: one tab a cell, whatever the tab stops show",
      ["2. By category of abuse:", "Category\t2022/23\t2023/24", "Neglect\t20\t22", "Emotional abuse\t10\t11"],
      ["prose", "Category | 2022/23 | 2023/24", "Neglect | 20 | 22", "Emotional abuse | 10 | 11"],
    ],
    [
      "an empty cell pasted as two tabs keeps its column",
      ["\tTrafficked\tUASC", "Looked after\t\t187", "Went missing\t12\t38"],
      [" | Trafficked | UASC", "Looked after |  | 187", "Went missing | 12 | 38"],
    ],
    [
      "tabs typed to line figures up by eye: several tabs are one boundary",
      ["Looked after\t\t29\t\t187", "Went missing\t12\t\t38"],
      ["Looked after | 29 | 187", "Went missing | 12 | 38"],
    ],
    [
      "a header with no corner cell has its titles over the figures",
      ["2022/23\t2023/24", "Neglect\t20\t22", "Physical abuse\t5\t6"],
      [" | 2022/23 | 2023/24", "Neglect | 20 | 22", "Physical abuse | 5 | 6"],
    ],
    [
      "a table drawn with pipes and a ruling line",
      ["| Category | 2022/23 |", "|---|---|", "| Neglect | 20 |", "| Sexual abuse | <5 |"],
      ["", "Category | 2022/23", "Neglect | 20", "Sexual abuse | <5"],
    ],
    [
      "a table drawn with pipes keeps an empty last cell: its closing pipe ends it",
      ["| | Trafficked | UASC |", "| Looked after | 3 | 29 |", "| Went missing | | 12 |", "| Not found | 0 | |"],
      [" | Trafficked | UASC", "Looked after | 3 | 29", "Went missing |  | 12", "Not found | 0 | "],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(roles(lines)).toEqual(expected);
  });

  it("leaves rows whose cells do not agree in number to the other readers, never guessed into columns", () => {
    // Split one tab a boundary, the figure rows have 3 and 4 cells; collapsed, 2 and 3.
    expect(roles(["Looked after\t29\t\t187", "Went missing\t\t12\t38\t4"])).not.toContain("Looked after | 29 | 187");
  });

  it("never lets a header with no corner cell stand over rows whose empty cells were collapsed away", () => {
    // "Looked after" has no Trafficked figure and "Went missing" no UASC one: one tab a
    // boundary, the rows have 3 and 2 cells; collapsed, 187 and 12 both sit under "UASC".
    const got = roles(["Trafficked\tUASC", "Looked after\t\t187", "Went missing\t12"]);
    expect(got).not.toContain("Went missing | 12");
    expect(got).not.toContain(" | Trafficked | UASC");
  });

  it("needs two rows of figures: one tabbed line in a letter stays a line", () => {
    expect(roles(["Dear Sir", "Our ref:\tFOI 2015-0912", "Looked after\t29"])).toEqual(["prose", "prose", "prose"]);
  });

  it("reads tab-parted rows in a Word letter, where tab positions mean nothing", async () => {
    const bytes = await buildDocx({
      body: [para("Our answer:"), para("Looked after\t\t29"), para("Went missing\t12"), para("Yours")].join(""),
    });
    expect(placed(readDocx("reply.docx", bytes).workbook?.sheets[0])).toEqual([
      "para 1: Our answer:",
      "para 2 (typed table 1 row 1): Looked after | 29",
      "para 3 (typed table 1 row 2): Went missing | 12",
      "para 4: Yours",
    ]);
  });
});

describe("readText: a typed table is named for a person to check", () => {
  it("raises layout_typed_table (info) with the lines read by character position", () => {
    const text = [
      "Dear Sir",
      "",
      "                          Trafficked   UASC",
      "  Looked after                    29    187",
      "  Went missing                    12     38",
      "",
      "Regards",
    ].join("\n");
    const r = readText("Anytown reply.txt", new TextEncoder().encode(text));
    const typed = r.issues.filter((i) => i.code === "layout_typed_table");
    expect(typed).toHaveLength(1);
    expect(typed[0]?.severity).toBe("info");
    expect(typed[0]?.message).toContain("lines 3–5");
  });

  it("says nothing of a letter without one", () => {
    const r = readText("Anytown reply.txt", new TextEncoder().encode("Dear Sir\n\n1. 4\n2. 3\n"));
    expect(r.issues.filter((i) => i.code === "layout_typed_table")).toEqual([]);
  });
});

describe("findTextTables: a row answered once for every column ('fewer than 5 in every period')", () => {
  /** Rutland's way: the periods as columns, and rows whose one answer holds for all of them. */
  const TABLE = [
    "1. Looked after children",
    "",
    "                                      2021      2022      2023    Jan-Apr 2024",
    "  a. Identified trafficked          fewer than 5 in every period",
    "  b. Suspected trafficked           fewer than 5 in every period",
    "  c. UASC / separated                  9        14        17        16",
    "  d. UASC also trafficked           nil in each year",
  ];

  it("spreads the one answer into each column, so the row of figures beside it is still a table", () => {
    expect(numbered(TABLE)).toEqual([
      "prose",
      "prose",
      "1:  | 2021 | 2022 | 2023 | Jan-Apr 2024",
      "1: a. Identified trafficked | fewer than 5 | fewer than 5 | fewer than 5 | fewer than 5",
      "1: b. Suspected trafficked | fewer than 5 | fewer than 5 | fewer than 5 | fewer than 5",
      "1: c. UASC / separated | 9 | 14 | 17 | 16",
      "1: d. UASC also trafficked | nil | nil | nil | nil",
    ]);
  });

  it("names the spread answer in the row's place, so a reader sees it was one answer for every column", () => {
    const roles = findTextTables(TABLE);
    expect(roles[3]?.place).toBe("line 4 (table 1 row 2, one answer for every column)");
    expect(roles[5]?.place).toBe("line 6 (table 1 row 4)");
  });

  it("spreads a nil spoken of all the periods, but never a figure for all of them together", () => {
    const rows = numbered([
      "                                      2018      2019      2020",
      "  a. Identified trafficked              7         9        11",
      "  b. Suspected trafficked          12 across all the years",
      "  c. UASC looked after                 30        35        40",
      "  d. UASC also trafficked           nil in all years",
    ]);
    expect(rows[2]).toBe("prose");
    expect(rows[4]).toBe("1: d. UASC also trafficked | nil | nil | nil");
  });

  it.each<[string, string[]]>([
    ["a sentence with no gap before its answer", ["  Identified trafficked: fewer than 5 in every period"]],
    [
      "a spread row with no row of figures near it",
      ["  a. Identified trafficked          fewer than 5 in every period"],
    ],
    [
      "a long remark, not an answer",
      ["  a. Identified          we could not say which children were trafficked in any period"],
    ],
  ])("leaves %s as prose", (_name, lines) => {
    expect(roles(lines)).toEqual(lines.map(() => "prose"));
  });
});

describe("answers whose figures are parted by slashes under a header of periods parted the same way", () => {
  it.each<[string, string[], string[]]>([
    [
      "a boxed answer: the periods in brackets after a heading, one question a line",
      [
        "Our answers are in the box that follows.",
        "ANSWERS (2021 / 2022 / 2023 / 1 Jan – 30 Apr 2024)",
        "1a: 6 / 2 / 8 / 1",
        "1b: fewer than 5 / 3 / 0 / 0",
        "Total of 1a and 1b: 9 / 5 / 8 / 1",
        "Yours sincerely",
      ],
      [
        "prose",
        "ANSWERS | 2021 | 2022 | 2023 | 1 Jan – 30 Apr 2024",
        "1a | 6 | 2 | 8 | 1",
        "1b | fewer than 5 | 3 | 0 | 0",
        "Total of 1a and 1b | 9 | 5 | 8 | 1",
        "prose",
      ],
    ],
    [
      "the periods after a colon, the answers after a dash",
      ["Year: 2019/20 / 2020/21 / 2021/22", "Trafficked – 4 / 7 / 2", "UASC – 12 / 15 / 9"],
      ["Year | 2019/20 | 2020/21 | 2021/22", "Trafficked | 4 | 7 | 2", "UASC | 12 | 15 | 9"],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(roles(lines)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ["lines of figures with no header to say what each is", ["1a: 6 / 2 / 8 / 1", "1b: 4 / 3 / 0 / 0"]],
    [
      "a header whose periods do not match the figures in number",
      ["Figures (2021 / 2022 / 2023)", "1a: 6 / 2 / 8 / 1", "1b: 4 / 3 / 0 / 0"],
    ],
    ["a bilingual reply's words, not figures", ["Ateb / Answer", "1a: Dim / None", "1b: Dim / None"]],
    ["one line of figures", ["Figures (2021 / 2022)", "1a: 6 / 2", "Yours sincerely"]],
  ])("leaves %s as prose", (_name, lines) => {
    expect(roles(lines)).toEqual(lines.map(() => "prose"));
  });
});
