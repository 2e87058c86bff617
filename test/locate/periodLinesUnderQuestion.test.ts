import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { expandContainer } from "../../src/discover/expandContainers.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";
import { buildEml } from "../support/buildEml.js";
import { kinshipRequest, knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A letter answers a question asked for several periods with one line a
 * period under it. Typed letters and e-mails leave a blank line after
 * every line, and a pdf's two-column "Financial year | Number" table that
 * is not read as a table comes out as "2022/23 41", with no separator.
 */
const k = kinshipRequest();

const facts = async (lines: string[]) => {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    k,
  );
  return r.facts;
};

const read = async (lines: string[]) =>
  (await facts(lines))
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();

const CHILDREN = ["kinship_children 2022/23 reported 41", "kinship_children 2023/24 reported 47"];

describe("one line a period under a question", () => {
  it.each<[string, string[], string[]]>([
    [
      "a blank line between every line",
      ["1) Children placed with kinship carers", "", "2022/23: 41", "", "2023/24: 47"],
      CHILDREN,
    ],
    [
      "no separator between period and figure",
      ["1) Children placed with kinship carers", "2022/23 41", "2023/24 47"],
      CHILDREN,
    ],
    [
      "no separator, and blank lines",
      ["1) Children placed with kinship carers", "", "", "2022/23 41", "", "2023/24 47"],
      CHILDREN,
    ],
    [
      "a 'Financial year Number' header line between the question and its lines",
      ["1) Children placed with kinship carers", "Financial year Number", "2022/23 41", "2023/24 47"],
      CHILDREN,
    ],
    [
      "a two-column table typed as text under the question",
      ["1) Children placed with kinship carers", "Financial year    Number", "2022/23    41", "2023/24    47"],
      CHILDREN,
    ],
    [
      "bulleted lines",
      ["1) Children placed with kinship carers", "", "\u2022 2022/23: 41", "", "\u2022 2023/24: 47"],
      CHILDREN,
    ],
    [
      "lines that say 'Financial year'",
      ["1) Children placed with kinship carers", "Financial year 2022/23 – 41", "Financial year 2023/24 – 47"],
      ["kinship_children Financial year 2022/23 reported 41", "kinship_children Financial year 2023/24 reported 47"],
    ],
    // The shapes fix29's reader took under a question, now under one set of
    // rules with lines19's: blank lines between them no longer end them.
    [
      "'In 2022/23: 41', a blank line between",
      ["1) Children placed with kinship carers", "", "In 2022/23: 41", "", "In 2023/24: 47"],
      ["kinship_children In 2022/23 reported 41", "kinship_children In 2023/24 reported 47"],
    ],
    [
      "'During 2022/23 - 41' over '2023/24: 47', mixed",
      ["1) Children placed with kinship carers", "During 2022/23 - 41", "", "2023/24: 47"],
      ["kinship_children 2023/24 reported 47", "kinship_children During 2022/23 reported 41"],
    ],
    [
      "the first period on the question's number line",
      ["2. 2022/23 9", "", "2023/24 12"],
      ["kinship_approvals 2022/23 reported 9", "kinship_approvals 2023/24 reported 12"],
    ],
    [
      "two questions one after the other, each with its lines",
      [
        "1) Children placed with kinship carers",
        "",
        "2022/23 41",
        "",
        "2023/24 47",
        "",
        "2) Kinship approvals",
        "",
        "2022/23 9",
        "",
        "2023/24 12",
      ],
      [
        "kinship_approvals 2022/23 reported 9",
        "kinship_approvals 2023/24 reported 12",
        "kinship_children 2022/23 reported 41",
        "kinship_children 2023/24 reported 47",
      ],
    ],
  ])("%s", async (_name, lines, expected) => {
    expect(await read(lines)).toEqual(expected);
  });

  it("an approximate answer on a line of its own is flagged on its measure and period, never exact", async () => {
    const got = await facts(["1) Children placed with kinship carers", "2022/23: approximately 40", "2023/24: 47"]);
    const children = got
      .filter((f) => f.measure === "kinship_children")
      .map((f) => `${f.periodText} ${f.status} ${f.value ?? ""}`.trim())
      .sort();
    expect(children).toEqual(["2022/23 not_answered", "2023/24 reported 47"]);
    const r = await processFile(
      {
        file: "reply.txt",
        bytes: new TextEncoder().encode(
          "1) Children placed with kinship carers\n2022/23: approximately 40\n2023/24: 47\n",
        ),
        manifestCode: "E06000038",
      },
      k,
    );
    expect(r.issues.filter((i) => i.code === "value_approximate").map((i) => i.measure)).toEqual(["kinship_children"]);
  });

  it("a question restated with a colon, and a suppressed answer in words: the question is answered", async () => {
    const got = await facts([
      "1. Could you please tell us the number of children placed with kinship carers, by financial year:",
      "",
      "",
      "2022/23 0",
      "",
      "2023/24 number is under 5",
    ]);
    const children = got
      .filter((f) => f.measure === "kinship_children")
      .map((f) => `${f.periodText} ${f.status} ${f.lower}-${f.upper}`)
      .sort();
    expect(children).toEqual(["2022/23 reported 0-0", "2023/24 suppressed 1-4"]);
  });
});

describe("lines that are not one line a period under a question", () => {
  it.each<[string, string[]]>([
    [
      "a line of years is a header, not a period and its figure",
      ["1) Children placed with kinship carers", "2022/23 2023/24", "41 47"],
    ],
    [
      "a date line ends the question's reach",
      ["1) Children placed with kinship carers", "Date received: 22/10/2015", "2022/23 41", "2023/24 47"],
    ],
    [
      "a sentence that opens with a year ends the question's reach",
      ["1) Children placed with kinship carers", "2022/23 was a year of change for all our carers.", "2023/24 47"],
    ],
    ["the same period twice", ["1) Children placed with kinship carers", "2022/23 41", "2022/23 47"]],
    [
      "lettered answers are each a part of the question, not its figure",
      ["1) Children placed with kinship carers", "2022/23: (a) 41 (b) 3", "2023/24: (a) 47 (b) 2"],
    ],
    [
      "a label with a year in it is not a period",
      ["1) Children placed with kinship carers", "Since April 2022/23: 41", "Since April 2023/24: 47"],
    ],

    ["no question above the lines", ["Please see the figures below.", "", "2022/23 41", "", "2023/24 47"]],
  ])("%s", async (_name, lines) => {
    const got = await read(lines);
    expect(got).not.toContain("kinship_children 2022/23 reported 41");
    expect(got).not.toContain("kinship_children 2023/24 reported 47");
    expect(got.some((f) => / reported 20\d\d$/u.test(f))).toBe(false);
  });

  it("a new question ends the reach of the one before it", async () => {
    const got = await read([
      "1) Children placed with kinship carers",
      "",
      "2) Kinship approvals",
      "",
      "2022/23 9",
      "2023/24 12",
    ]);
    expect(got).toEqual(["kinship_approvals 2022/23 reported 9", "kinship_approvals 2023/24 reported 12"]);
  });
});

describe("one line a period in a Word document and an e-mail", () => {
  const sorted = (facts: { measure: string; periodText?: string | null; status: string; value: number | null }[]) =>
    facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
      .sort();

  it("a two-column 'Financial year | Number' table under each numbered heading of a docx", async () => {
    const bytes = await buildDocx({
      body: [
        para("Dear Requester,"),
        para("1. Children placed with kinship carers"),
        table([
          ["Financial year", "Number"],
          ["2022/23", "41"],
          ["2023/24", "47"],
        ]),
        para("2. Kinship approvals"),
        table([
          ["Financial year", "Approvals"],
          ["2022/23", "9"],
          ["2023/24", "12"],
        ]),
        para("Kind regards,"),
      ].join(""),
    });
    const r = await processFile({ file: "reply.docx", bytes, manifestCode: "E06000038" }, k);
    expect(sorted(r.facts)).toEqual([
      "kinship_approvals 2022/23 reported 9",
      "kinship_approvals 2023/24 reported 12",
      ...CHILDREN,
    ]);
  });

  it("an e-mail's plain-text body, a blank line after every line", async () => {
    const eml = buildEml({
      from: "foi@example.gov.uk",
      body: {
        type: "text/plain",
        content: [
          "Dear Requester,",
          "",
          "1) Children placed with kinship carers",
          "",
          "2022/23 41",
          "",
          "2023/24 47",
          "",
          "Kind regards,",
        ].join("\r\n"),
      },
    });
    const children = expandContainer("reply.eml", eml).children;
    const facts = [];
    for (const c of children) {
      const r = await processFile({ file: c.file, bytes: c.bytes, manifestCode: "E06000038", container: c.context }, k);
      facts.push(...r.facts);
    }
    expect(sorted(facts)).toEqual(CHILDREN);
  });
});

describe("a question whose own words read like an answer", () => {
  // "more than 20 miles" names the group asked about; read alone it looks
  // like an answer ("more than 20") that foi-agg cannot take as a figure.
  const distance = knowledgeForRequest({
    id: "distance-test",
    title: "Children placed far from home",
    citation: "our request about distant placements",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [
      { id: "out_of_area", label: "placed out of area", phrasings: ["\\bout of (the )?area\\b"] },
      {
        id: "distant",
        label: "placed more than 20 miles away",
        phrasings: ["\\b(more than|over) (20|twenty) miles\\b"],
      },
    ],
    metrics: [
      { id: "children", label: "children", counts: "children", phrasings: ["\\b(children|child|looked after)\\b"] },
    ],
    relations: [{ kind: "subset", group: "distant", of: "out_of_area" }],
    measures: [
      { id: "out_of_area_children", group: "out_of_area", metric: "children", label: "Children placed out of area" },
      {
        id: "distant_children",
        group: "distant",
        metric: "children",
        label: "Of these, placed more than 20 miles away",
      },
    ],
    questions: [
      {
        number: "1",
        text: "How many looked after children were placed out of area?",
        measures: ["out_of_area_children"],
      },
      {
        number: "2",
        text: "Of those, how many children were placed more than 20 miles from home?",
        measures: ["distant_children"],
      },
    ],
  });

  it("the lines under it answer it, and the words split off it are not its answer", async () => {
    const text = [
      "Dear Requester,",
      "",
      "Q1 Looked after children placed out of area",
      "",
      "2022/23 145",
      "",
      "2023/24 150",
      "",
      "Q2 Of whom placed more than 20 miles from home",
      "",
      "2022/23 85",
      "",
      "2023/24 90",
      "",
      "Kind regards,",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      distance,
    );
    const distant = r.facts
      .filter((f) => f.measure === "distant_children")
      .map((f) => `${f.periodText} ${f.status} ${f.value}`)
      .sort();
    expect(distant).toEqual(["2022/23 reported 85", "2023/24 reported 90"]);
    expect(r.issues.filter((i) => i.code === "value_unparsed")).toEqual([]);
  });
});

describe("a long column of years is walked once", () => {
  // A run not read whole (here one year named over and over) is not tried
  // again from each of its lines: that would be quadratic in its length.
  // Measured as a ratio, not against a clock, so a busy machine does not fail
  // it: four times the lines must cost well under sixteen times the time.
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `2022/23 ${i % 50}`);
  const fastest = async (n: number) => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const got = await read(["1) Children placed with kinship carers", ...lines(n)]);
      best = Math.min(best, performance.now() - started);
      expect(got.filter((f) => f.startsWith("kinship_children"))).toEqual([]);
    }
    return best;
  };

  it("four times the lines of one year and a figure cost about four times the time, not sixteen", async () => {
    await fastest(300); // warm the compiled code first
    const small = await fastest(1_000);
    const large = await fastest(4_000);
    expect(large / small).toBeLessThan(8);
  }, 120_000);
});

describe("a column header between a question and its period lines", () => {
  // Round 21's Milton Keynes pdf: "3. Number of placements" over "Financial year Placements" over
  // "2020/21 5" …: the header line is not a question its lines answer (read so, the lines were dropped
  // after matching, and question 1's figures stood alone as placements).
  it("is the lines' header, never the question they answer", async () => {
    const request = loadKnowledge({ request: "fixtures/holdout21/request.json" });
    const bytes = new Uint8Array(await readFile("fixtures/holdout21/returns/FOI-23-0755 Response.pdf"));
    const r = await processFile({ file: "FOI-23-0755 Response.pdf", bytes, manifestCode: null }, request);
    const placements = r.facts
      .filter((f) => f.measure === "unregistered_placements" && f.status === "reported")
      .map((f) => `${f.periodText} ${f.value}`)
      .sort();
    expect(placements).toEqual(expect.arrayContaining(["2020/21 5", "2021/22 8", "2022/23 13"]));
  });
});
