import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A request with a whole ("given travel assistance") and two parts, where
 * appeals are asked of one part only (pupils with SEND). Replies label their
 * appeal rows with what the appeals are against ("Reviews lodged against the
 * council's refusal of SEND travel support"), head the sheet with the whole's
 * name, and restate the questions several to a line.
 */
const k = knowledgeForRequest({
  id: "travel-appeals-test",
  title: "Travel assistance and appeals",
  citation: "our request about travel assistance",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [
    { id: "2022-23", start: "2022-09-01", end: "2023-08-31", label: "2022/23" },
    { id: "2023-24", start: "2023-09-01", end: "2024-08-31", label: "2023/24" },
  ],
  groups: [
    { id: "assisted", label: "given travel assistance", phrasings: ["\\btravel (assistance|support)\\b"] },
    { id: "walk", label: "eligible on distance grounds", phrasings: ["\\bdistance\\b"] },
    { id: "sen", label: "eligible because of SEND", phrasings: ["\\bsend\\b", "\\behcp\\b"] },
  ],
  metrics: [
    {
      id: "pupils",
      label: "pupils",
      counts: "children",
      phrasings: ["^(?!.*\\b(appeals?|reviews?|upheld)\\b).*\\bpupils?\\b"],
    },
    {
      id: "appeals",
      label: "appeals",
      counts: "episodes",
      phrasings: ["^(?!.*\\bupheld\\b).*\\b(appeals?|reviews?)\\b"],
    },
    { id: "upheld", label: "appeals upheld", counts: "episodes", phrasings: ["\\bupheld\\b"] },
  ],
  relations: [{ kind: "parts", whole: "assisted", parts: ["walk", "sen"] }],
  measures: [
    { id: "assisted_pupils", group: "assisted", metric: "pupils", label: "Pupils given travel assistance" },
    { id: "walk_pupils", group: "walk", metric: "pupils", label: "Eligible on distance grounds" },
    { id: "sen_pupils", group: "sen", metric: "pupils", label: "Eligible because of SEND" },
    { id: "sen_appeals", group: "sen", metric: "appeals", label: "SEND travel appeals" },
    { id: "sen_upheld", group: "sen", metric: "upheld", label: "SEND travel appeals upheld" },
  ],
  questions: [
    { number: "1", text: "How many pupils were given travel assistance?", measures: ["assisted_pupils"] },
    { number: "2", text: "How many appeals against a refusal of SEND travel assistance?", measures: ["sen_appeals"] },
    { number: "3", text: "Of the appeals in question 2, how many were upheld?", measures: ["sen_upheld"] },
  ],
});

const facts = async (file: string, bytes: Uint8Array) =>
  (await processFile({ file, bytes, manifestCode: "E06000038" }, k)).facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();

describe("appeal rows in a reply about travel assistance", () => {
  it("reads a label about appeals against refusals as a label, and an upheld row under the whole's heading as the part's", async () => {
    const bytes = await buildXlsx([
      {
        name: "Reply",
        rows: [
          ["Travel assistance"],
          [],
          ["", "2022/23", "2023/24"],
          ["Pupils given travel assistance", 900, 950],
          ["Reviews lodged against the council's refusal of SEND travel support", 41, 50],
          ["Appeals upheld", 11, 10],
        ],
      },
    ]);
    expect(await facts("reply.xlsx", bytes)).toEqual([
      "assisted_pupils 2022/23 reported 900",
      "assisted_pupils 2023/24 reported 950",
      "sen_appeals 2022/23 reported 41",
      "sen_appeals 2023/24 reported 50",
      "sen_upheld 2022/23 reported 11",
      "sen_upheld 2023/24 reported 10",
    ]);
  });

  it("still reads a refusal to answer as a refusal", async () => {
    const bytes = await buildXlsx([
      {
        name: "Reply",
        rows: [
          ["", "2022/23", "2023/24"],
          ["SEND travel appeals", "Refused under section 12", "Refused under section 12"],
        ],
      },
    ]);
    expect(await facts("reply.xlsx", bytes)).toEqual(["sen_appeals 2022/23 refused", "sen_appeals 2023/24 refused"]);
  });

  it("reads the next question's number after a restated question, though the line is cut, as no answer", async () => {
    const text = [
      "Dear Requester,",
      "You asked: 2. How many appeals against a decision to refuse SEND travel assistance? 3. Of the appeals in",
      "question 2, how many were upheld?",
      "Kind regards,",
    ].join("\n");
    const got = await facts("reply.txt", new TextEncoder().encode(text));
    // Neither "3" as its answer nor "refuse" as a refusal of it.
    expect(got.filter((g) => /reported|refused/u.test(g))).toEqual([]);
  });

  it("reads part rows under their whole's row as counting what the whole's row counts", async () => {
    const bytes = await buildXlsx([
      {
        name: "Reply",
        rows: [
          ["", "2022/23", "2023/24"],
          ["Pupils given travel assistance", 900, 950],
          ["of which: qualifying under the statutory distance or unsafe route rules", 600, 610],
          ["of which: qualifying because of an EHCP or a statement of needs", 300, 340],
          ["SEND travel appeals", 41, 50],
        ],
      },
    ]);
    expect(await facts("reply.xlsx", bytes)).toEqual([
      "assisted_pupils 2022/23 reported 900",
      "assisted_pupils 2023/24 reported 950",
      "sen_appeals 2022/23 reported 41",
      "sen_appeals 2023/24 reported 50",
      "sen_pupils 2022/23 reported 300",
      "sen_pupils 2023/24 reported 340",
      "walk_pupils 2022/23 reported 600",
      "walk_pupils 2023/24 reported 610",
    ]);
  });

  it("leaves a part row under a row of appeals unread, never as pupils", async () => {
    const bytes = await buildXlsx([
      {
        name: "Reply",
        rows: [
          ["", "2022/23", "2023/24"],
          ["Reviews lodged about travel assistance", 60, 70],
          ["of which: qualifying because of an EHCP, distance and other reasons", 41, 50],
        ],
      },
    ]);
    const got = await facts("reply.xlsx", bytes);
    expect(got.filter((g) => g.startsWith("sen_pupils") || g.startsWith("walk_pupils"))).toEqual([]);
  });
});
