import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "30/09/2021 – 198" under a question asked at 30 September each year: a
 * day alone heads a period's line when the request counts on each period's
 * last day and the day is one of those (round 67, Sefton and Wiltshire:
 * every such line was left unread). A day that ends no requested period, or
 * a request counting over its periods, still reads no line so.
 */
const request = (atEnd: boolean) =>
  knowledgeForRequest({
    id: "carers-at-year-end-lines-test",
    title: "Foster carers at 30 September",
    citation: "our request about foster carers",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2021", start: "2020-10-01", end: "2021-09-30", label: "year to 30 September 2021" },
      { id: "2022", start: "2021-10-01", end: "2022-09-30", label: "year to 30 September 2022" },
    ],
    groups: [{ id: "carers", label: "foster carers", phrasings: ["\\bfoster carers?\\b"] }],
    metrics: [
      {
        id: "headcount",
        label: "carers approved",
        counts: "children",
        ...(atEnd ? { at: "period_end" } : {}),
        phrasings: ["\\bcarers?\\b"],
      },
    ],
    measures: [{ id: "carers_headcount", group: "carers", metric: "headcount", label: "Foster carers approved" }],
    questions: [{ number: "1", text: "How many foster carers were approved?", measures: ["carers_headcount"] }],
  });

const read = async (lines: string[], atEnd = true) => {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    request(atEnd),
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.periodText ?? ""} ${f.value}`)
    .sort();
};

const QUESTION = "1. How many foster carers were approved as at 30 September 2021 and 30 September 2022?";

describe("a period's last day heading its line", () => {
  it.each<[string, string[], string[]]>([
    [
      "'30/09/2021 – 198'",
      [QUESTION, "30/09/2021 \u2013 198", "30/09/2022 \u2013 196"],
      ["30/09/2021 198", "30/09/2022 196"],
    ],
    [
      "'As at 30 September 2021 - 263'",
      [QUESTION, "", "As at 30 September 2021 - 263", "", "As at 30 September 2022 - 273"],
      ["As at 30 September 2021 263", "As at 30 September 2022 273"],
    ],
  ])("%s is read a period a line", async (_what, lines, want) => {
    expect(await read(lines)).toEqual(want);
  });

  it("a day that ends no requested period heads no period's line", async () => {
    expect(await read([QUESTION, "31/03/2021 \u2013 198", "31/03/2022 \u2013 196"])).not.toContain("31/03/2021 198");
  });

  it("a request counting over its periods reads no day as one", async () => {
    const got = await read([QUESTION, "30/09/2021 \u2013 198", "30/09/2022 \u2013 196"], false);
    expect(got).not.toContain("30/09/2021 198");
  });
});

describe("a period's last day as a title over its answers", () => {
  const lines = [
    "We did not exist before 2022, so we cannot answer for 30 September 2021.",
    "",
    "At 30 September 2022:",
    "Q1 Foster carers approved: 141",
  ];
  it("'At 30 September 2022:' gives its period to the lines below it", async () => {
    expect(await read(lines)).toEqual(["At 30 September 2022: 141"]);
  });

  it("not for a request counting over its periods", async () => {
    expect(await read(lines, false)).not.toContain("At 30 September 2022: 141");
  });
});

describe("a period's line answered 'Not held' with its reason", () => {
  const lines = [
    QUESTION,
    "30 September 2021 \u2013 Not held. Carers have only been recorded on our system since April 2022.",
    "30 September 2022 \u2013 15",
  ];
  const statuses = async (ls: string[]) => {
    const text = ["Dear Requester,", "", ...ls, "", "Kind regards,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      request(true),
    );
    return r.facts.map((f) => `${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim()).sort();
  };

  it("is that period's not held, and the lines after it are read", async () => {
    expect(await statuses(lines)).toEqual(["30 September 2021 not_held", "30 September 2022 reported 15"]);
  });

  it("a long sentence that is not a not-held is never read so", async () => {
    const got = await statuses([
      QUESTION,
      "30 September 2021 \u2013 We had 12 carers and 3 were on leave that week.",
      "30 September 2022 \u2013 15",
    ]);
    expect(got.some((g) => g.startsWith("30 September 2021 reported"))).toBe(false);
  });
});
