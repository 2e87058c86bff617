import { describe, expect, it } from "vitest";
import { expandContainer } from "../../src/discover/expandContainers.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildEml } from "../support/buildEml.js";
import { knowledge } from "../support/knowledge.js";

/**
 * Notes that change what a council's figures count, wherever they are: a
 * shared service's figures for two councils, a wider group ("including those
 * who moved out of the area"), a figure marked approximate in a footnote,
 * and a note in the covering e-mail that sent the figures as an attachment.
 */

const read = (file: string, text: string, container?: Parameters<typeof processFile>[0]["container"]) =>
  processFile(
    { file, bytes: new TextEncoder().encode(text), manifestCode: "E06000038", ...(container ? { container } : {}) },
    knowledge(),
  );

/** The measures each code names with an error or warning, sorted. */
async function flagged(
  file: string,
  text: string,
  code: string,
  container?: Parameters<typeof processFile>[0]["container"],
): Promise<string[]> {
  const r = await read(file, text, container);
  return [
    ...new Set(
      r.issues
        .filter((i) => i.code === code && i.measure && (i.severity === "warning" || i.severity === "error"))
        .map((i) => i.measure as string),
    ),
  ].sort();
}

/** A note as one csv cell, as a spreadsheet saves a sentence with commas in it. */
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

const TABLE = ["Measure,Trafficked,UASC", "Looked after,5,27", "Went missing,1,4", "Not found,0,1"];
const EVERY = [
  "trafficked_looked_after",
  "trafficked_not_found",
  "trafficked_went_missing",
  "uasc_looked_after",
  "uasc_not_found",
  "uasc_went_missing",
];
/** The measures the request's question 6 asks for (went missing, of the UASC looked after). */
const question = (n: string) => [...(knowledge().request.questions.find((q) => q.number === n)?.measures ?? [])].sort();

describe("a note that the figures cover another council too warns on every figure of the reply", () => {
  it.each([
    "Please note: children's social care in Kingston and Richmond is delivered by Achieving for Children on behalf of both councils. The figures above are for Achieving for Children as a whole and cover both boroughs; we are unable to separate them by borough.",
    "These figures relate to both councils, as the service is shared.",
    "The service is run jointly with Windsor and Maidenhead and we cannot split the figures by local authority.",
    "Note: these numbers also include children from our partner authority.",
    "We submit a joint return with our neighbouring council.",
    "The data is combined for the two authorities.",
    "Kingston and Richmond's figures are reported jointly through Achieving for Children.",
    // Shared services word it many ways: the area in a preposition, or the records that cannot tell boroughs apart.
    "The figures below are for all AfC fostering households across both boroughs (Kingston and Richmond combined).",
    "These are figures for both councils, as the trust serves the two areas.",
    "Our case records do not identify which borough a child is resident in.",
    "The service cannot say which council a referral came from.",
    "The figures given are for the shared children's service.",
  ])("%s", async (note) => {
    expect(await flagged("shared.csv", [...TABLE, "", quoted(note)].join("\n"), "label_outside_request")).toEqual(
      EVERY,
    );
  });

  it.each([
    "These figures do not include other boroughs' children.",
    "The figures are for Reading Borough Council only.",
    "We hold this information for both of the years you asked about.",
    // The council's own children, placed or living elsewhere, are no other council's.
    "(a) includes children placed with other authorities",
    "This includes children living in other boroughs.",
    "We can identify which borough placed each child; these are our own.",
    "Figures for both years are given below.",
    // A child transferred in under the National Transfer Scheme is now this council's own looked-after child.
    "This includes UASC transferred from other local authorities under the National Transfer Scheme.",
    "These figures include children received from other local authorities through the NTS.",
    "UASC figures include those accepted from other authorities.",
    "The figures include young people who arrived from other councils.",
  ])("not: %s", async (note) => {
    expect(await flagged("own.csv", [...TABLE, "", quoted(note)].join("\n"), "label_outside_request")).toEqual([]);
  });
});

describe("a note that a figure counts children who moved away warns on the figures it covers", () => {
  it.each([
    "Please note: the figures for question 6 include all children removed from the register, including those who moved out of the area.",
    "The figure at question 6 includes children who have left the area.",
    "Question 6 also counts young people who moved to another local authority.",
    "Figures for question 6 include children who moved away or abroad.",
  ])("%s", async (note) => {
    expect(await flagged("moved.csv", [...TABLE, "", quoted(note)].join("\n"), "label_outside_request")).toEqual(
      question("6"),
    );
  });

  it("not when the note leaves them out", async () => {
    const note = "The figures for question 6 do not include children who moved out of the area.";
    expect(await flagged("moved.csv", [...TABLE, "", quoted(note)].join("\n"), "label_outside_request")).toEqual([]);
  });
});

describe("a figure marked approximate in a footnote is not counted as exact", () => {
  /** The table with UASC looked after marked by the note's own symbol ("40*", "40†"). */
  const marked = (symbol: string) => [
    "Measure,Trafficked,UASC",
    `Looked after,5,40${symbol}`,
    "Went missing,1,4",
    "Not found,0,1",
  ];
  it.each([
    "* approximate figure",
    "* = estimate",
    "* This figure is an estimate.",
    "*Estimated",
    "* figure estimated",
    "† Figures are approximate",
  ])("%s", async (note) => {
    const r = await read("approx.csv", [...marked(note.charAt(0)), "", quoted(note)].join("\n"));
    const f = r.facts.find((x) => x.measure === "uasc_looked_after");
    expect(f?.value).toBeNull();
    expect(f?.approximate).toBe(40);
    expect(
      r.issues.filter((i) => i.code === "value_approximate" && i.severity === "warning").map((i) => i.measure),
    ).toEqual(["uasc_looked_after"]);
    // The unmarked figures stay exact.
    expect(r.facts.find((x) => x.measure === "uasc_went_missing")?.value).toBe(4);
  });

  it("all figures approximate covers every figure", async () => {
    expect(
      await flagged("all.csv", [...TABLE, "", "All figures given are approximate."].join("\n"), "value_approximate"),
    ).toEqual(EVERY);
  });

  it("a cost estimate approximates no figure", async () => {
    const note = "It is estimated that it would take more than 18 hours to answer question 6.";
    const r = await read("cost.csv", [...TABLE, "", quoted(note)].join("\n"));
    expect(r.issues.filter((i) => i.code === "value_approximate")).toEqual([]);
    expect(r.facts.find((x) => x.measure === "uasc_went_missing")?.value).toBe(4);
  });
});

describe("a covering e-mail's note reaches the figures of its attachment", () => {
  const csv = TABLE.join("\n");
  const body = [
    "Hello,",
    "Please find attached our response to your request.",
    "Please note: the figures for question 6 include all children removed from the register, including those who moved out of the area, as we are not always told where a child has gone.",
    "Kind regards,",
    "Reading Borough Council",
  ].join("\n");
  const eml = buildEml({
    from: "Information Governance <foi@reading.gov.uk>",
    body: {
      multipart: "mixed",
      parts: [
        { type: "text/plain", content: body },
        { type: "text/csv", content: csv, filename: "FOI 25-0311.csv", encoding: "base64" },
      ],
    },
  });

  it("the attachment is given the e-mail's body as its covering letter", () => {
    const child = expandContainer("reply.eml", eml).children.find((c) => c.file === "reply.eml#FOI 25-0311.csv");
    expect(child?.context.covering?.file).toBe("reply.eml");
    expect(child?.context.covering?.lines.some((l) => /moved out of the area/u.test(l.text))).toBe(true);
  });

  it("the note warns on the measures it names, pointing at the e-mail", async () => {
    const child = expandContainer("reply.eml", eml).children.find((c) => c.file === "reply.eml#FOI 25-0311.csv");
    const r = await processFile(
      {
        file: child?.file ?? "",
        bytes: child?.bytes ?? new Uint8Array(),
        manifestCode: "E06000038",
        container: child?.context,
      },
      knowledge(),
    );
    const warned = r.issues.filter((i) => i.code === "label_outside_request" && i.measure);
    expect([...new Set(warned.map((i) => i.measure))].sort()).toEqual(question("6"));
    expect(warned[0]?.message).toContain("in the letter it came with (reply.eml, line");
  });

  it("without the covering letter the same csv gives no warning", async () => {
    expect(await flagged("FOI 25-0311.csv", csv, "label_outside_request")).toEqual([]);
  });
});

describe("a note that the figures include young people older than asked warns on every question it names", () => {
  it.each([
    // "questions 1 and 2" names both; the ages are past any the request asks about.
    [
      "Please note: the figures for questions 1 and 2 include young people aged 21 and over who remained with their former foster carers.",
      [...question("1"), ...question("2")],
    ],
    ["The figures for Q1-Q2 include those aged over 21.", [...question("1"), ...question("2")]],
    [
      "Questions 5, 6 and 8 include young people aged 19 or older.",
      [...question("5"), ...question("6"), ...question("8")],
    ],
  ])("%s", async (note, want) => {
    expect(await flagged("older.csv", [...TABLE, "", quoted(note)].join("\n"), "label_outside_request")).toEqual(
      [...want].sort(),
    );
  });

  it.each([
    "The figures for questions 1 and 2 do not include young people aged 21 and over.",
    "Young people aged 21 and over are not included in questions 1 and 2.",
  ])("%s warns on nothing", async (note) => {
    expect(await flagged("older.csv", [...TABLE, "", quoted(note)].join("\n"), "label_outside_request")).toEqual([]);
  });
});
