import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import type { FileResult } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { nilCoversQuestions } from "../../src/locate/nilCoversQuestions.js";
import { readSectionAnswer } from "../../src/locate/readScopedStatement.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { parseValue } from "../../src/parse/parseValue.js";
import { processFile } from "../../src/pipeline/processFile.js";

/** The 2021–2024 round: questions 1a to 4 over four periods, trafficked questions lettered a and UASC b. */
const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const knowledge = () => k;
/** The 2018–2020 round: the same questions over three calendar years. */
const threeYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

/** A letter as a council writes it, run through the whole per-file pipeline. */
async function readLetter(lines: string[], round = k): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Sample Islands Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, round);
}

/** measure → the values read for it, in the order read. */
function valuesOf(r: FileResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of r.facts) {
    if (f.status === "not_answered") continue;
    out[f.measure] = [...(out[f.measure] ?? []), String(f.value ?? f.status)];
  }
  return out;
}

const parse = (text: string) => parseValue(text, knowledge().values, 5);

describe("a heading over a block of questions, and a nil said of the children they ask about", () => {
  it.each<[string[], boolean]>([
    [["No looked after child was identified or suspected as trafficked at any time during 2021, 2022 or 2023."], true],
    [["No unaccompanied children went missing in the period."], true],
    // A count beside the nil, in digits or in words: the section answers with figures.
    [["No child was identified as trafficked in 2021; 3 were in 2022."], false],
    [["No child was identified as trafficked in 2021, but three were in 2022."], false],
    // A nil and a refusal together: no one answer.
    [
      [
        "No looked after child was identified as trafficked.",
        "Information on suspected trafficking is exempt under section 40(2) of the Act.",
      ],
      false,
    ],
    // A nil turned by a contrast, or bounded to a place, in its own paragraph.
    [
      ["No looked after child was identified as trafficked between 2021 and 2024, but a small number were suspected."],
      false,
    ],
    [
      [
        "No trafficked child went missing between 2021 and 2024 within the county; a small number of children placed out of area were.",
      ],
      false,
    ],
    [["No trafficked child went missing between 2021 and 2024 while placed in the county."], false],
    // A later paragraph speaking of children again.
    [
      [
        "No looked after child was identified as trafficked between 1 January 2021 and 30 April 2024.",
        "However, a child was suspected of having been trafficked in 2023 and went missing twice.",
      ],
      false,
    ],
    [
      [
        "No trafficked child went missing between 2021 and 2024.",
        "However, a child placed out of area went missing on several occasions in 2023.",
      ],
      false,
    ],
  ])("%j is one nil said of children: %s", (body, nil) => {
    expect(readSectionAnswer(body, parse)?.ofChildren === true).toBe(nil);
  });

  const { request, labels } = knowledge();
  it.each<[string, string[], boolean]>([
    // Trafficked children: their questions, 1a and 1b being its parts; going missing and its episodes nest in looked after.
    ["No looked after child was identified or suspected as trafficked.", ["1a", "1b", "2a", "3a"], true],
    // Another group's question under the heading.
    ["No looked after child was identified or suspected as trafficked.", ["1a", "1b", "1c", "2a"], false],
    // A nil of going missing says nothing of how many were looked after.
    ["No trafficked child went missing.", ["1a", "1b", "2a", "3a"], false],
    ["No trafficked child went missing.", ["2a", "3a"], true],
    // A nil naming no group.
    ["No looked after child went missing.", ["2a", "3a"], false],
    // A nil naming no metric, its verb no part's cue: it says nothing of the questions' counts.
    [
      "No trafficked child was placed in secure accommodation between 1 January 2021 and 30 April 2024.",
      ["1a", "1b", "2a", "3a"],
      false,
    ],
    // A nil of one part of the group covers neither the other part nor the whole.
    [
      "No looked after child was identified as trafficked during the period 1 January 2021 to 30 April 2024.",
      ["1a", "1b", "2a", "3a"],
      false,
    ],
    [
      "No looked after child was confirmed as a victim of trafficking (a positive conclusive grounds decision).",
      ["1a", "1b", "2a", "3a"],
      false,
    ],
    ["No looked after child was identified as trafficked.", ["1b"], false],
    ["No looked after child was identified as trafficked.", ["2a", "3a"], false],
  ])("%j covers questions %j: %s", (said, numbers, covers) => {
    expect(nilCoversQuestions(matchLabel(said, labels), numbers, request, labels)).toBe(covers);
  });

  it("reads each question under the heading as 0, the periods left to the span the sentence names", async () => {
    const r = await readLetter([
      "Questions 1a, 1b, 2a and 3a (trafficked children)",
      "No looked after child in the care of the Council was identified or suspected as having been trafficked or a victim of modern slavery at any time between 1 January 2021 and 30 April 2024.",
      "",
      "Question 1c (unaccompanied asylum seeking children looked after)",
      "2021: 12",
      "2022: 14",
      "2023: 9",
      "2024: 3",
    ]);
    const got = valuesOf(r);
    for (const m of [
      "trafficked_identified",
      "trafficked_suspected",
      "trafficked_went_missing",
      "trafficked_missing_incidents",
    ])
      expect(got[m], m).toEqual(["0"]);
    expect(got.uasc_looked_after).toEqual(["12", "14", "9", "3"]);
  });

  it.each<[string, string[]]>([
    [
      "No trafficked child was placed in secure accommodation between 1 January 2021 and 30 April 2024.",
      ["trafficked_identified", "trafficked_suspected", "trafficked_went_missing", "trafficked_missing_incidents"],
    ],
    // The identified part's own nil may answer 1a; never the suspected part or the whole.
    [
      "No looked after child was identified as trafficked during the period 1 January 2021 to 30 April 2024.",
      ["trafficked_suspected", "trafficked_went_missing", "trafficked_missing_incidents"],
    ],
    [
      "No looked after child was identified as trafficked between 1 January 2021 and 30 April 2024, but a small number were suspected.",
      ["trafficked_suspected", "trafficked_went_missing", "trafficked_missing_incidents"],
    ],
    [
      "No trafficked child went missing between 1 January 2021 and 30 April 2024 while placed in the county.",
      ["trafficked_identified", "trafficked_suspected", "trafficked_missing_incidents"],
    ],
  ])("reads no question under the heading as 0 from %j", async (said, unread) => {
    const r = await readLetter(["Questions 1a, 1b, 2a and 3a (trafficked children)", said]);
    const got = valuesOf(r);
    for (const m of unread) expect(got[m] ?? [], m).not.toContain("0");
  });

  it.each<[string[], string[]]>([
    [
      [
        "No looked after child was identified as trafficked between 1 January 2021 and 30 April 2024.",
        "However, a child was suspected of having been trafficked in 2023 and went missing twice.",
      ],
      ["trafficked_suspected", "trafficked_went_missing", "trafficked_missing_incidents"],
    ],
    [
      [
        "No trafficked child went missing between 1 January 2021 and 30 April 2024.",
        "However, a child placed out of area went missing on several occasions in 2023.",
      ],
      ["trafficked_identified", "trafficked_suspected", "trafficked_missing_incidents"],
    ],
  ])("reads no question as 0 when a later paragraph admits a child: %j", async (body, unread) => {
    const r = await readLetter(["Questions 1a, 1b, 2a and 3a (trafficked children)", ...body]);
    const got = valuesOf(r);
    for (const m of unread) expect(got[m] ?? [], m).not.toContain("0");
  });

  /** The figures read for a measure, keyed to the request's periods, as "period value". */
  const keyedOf = (r: FileResult, round: typeof k, measure: string) =>
    keyPeriods(
      [r],
      round.request,
      round.labels.everyPeriod,
      round.values.dashWords,
      round.labels.everyListedPeriod,
    ).flatMap(({ period, results }) =>
      results.flatMap((x) => x.facts.filter((f) => f.measure === measure).map((f) => `${period.id} ${f.value}`)),
    );

  it("gives the nil to every period when it is said over a span of dates covering them", async () => {
    const r = await readLetter([
      "Questions 1a, 1b, 2a and 3a (trafficked children)",
      "No looked after child in the care of the Council was identified or suspected as trafficked at any time between 1 January 2021 and 30 April 2024.",
    ]);
    expect(keyedOf(r, k, "trafficked_went_missing")).toEqual(["2021 0", "2022 0", "2023 0", "2024-01-01_2024-04-30 0"]);
  });

  it("gives the nil to every period when it is said 'at any time during' a list of them all", async () => {
    const r = await readLetter(
      [
        "Questions 1a, 1b, 2a and 3a (trafficked children)",
        "No looked after child in the care of the Council was identified or suspected as having been",
        "trafficked or a victim of modern slavery at any time during 2018, 2019 or 2020.",
      ],
      threeYears,
    );
    expect(keyedOf(r, threeYears, "trafficked_missing_incidents")).toEqual(["2018 0", "2019 0", "2020 0"]);
  });

  it("gives the nil to no period when the list leaves one out", async () => {
    const r = await readLetter(
      [
        "Questions 1a, 1b, 2a and 3a (trafficked children)",
        "No looked after child in the care of the Council was identified or suspected as trafficked at any time during 2018 or 2019.",
      ],
      threeYears,
    );
    expect(keyedOf(r, threeYears, "trafficked_missing_incidents").filter((f) => f.endsWith(" 0"))).toEqual([]);
  });
});
