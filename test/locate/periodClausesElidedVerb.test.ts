import { describe, expect, it } from "vitest";
import { compilePatterns } from "../../src/knowledge/compilePatterns.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadLabels } from "../../src/knowledge/labels.js";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const qualified = compilePatterns(loadLabels(KNOWLEDGE_DIR).episodes.sheetNoteQualified, "iu");
const read = (text: string) =>
  readPeriodSentences(text, [], "", qualified).map((i) => `${i.label}|${i.period}|${i.raw}`);

describe("clauses led by their own period, the later ones leaving out the first one's verb", () => {
  it.each([
    // Round 144 (Bradford): "in 2022, 4 children on 12 occasions" says what the first clause did ("went
    // missing") by leaving it out; the sentence, under a lettered group heading, was left unread.
    [
      "Trafficked (identified or suspected): in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions; and in 2023, 1 child on 3 occasions.",
      [
        "Trafficked (identified or suspected): children went missing|2021|2",
        "Trafficked (identified or suspected): children went missing on occasions|2021|7",
        "Trafficked (identified or suspected): children went missing|2022|4",
        "Trafficked (identified or suspected): children went missing on occasions|2022|12",
        "Trafficked (identified or suspected): children went missing|2023|1",
        "Trafficked (identified or suspected): children went missing on occasions|2023|3",
      ],
    ],
    // The last period a span of months in a year, written "between … and …".
    [
      "UASC: in 2023, 24 children went missing on 71 occasions; and between 1 January and 30 April 2024, 13 children on 30 occasions.",
      [
        "UASC: children went missing|2023|24",
        "UASC: children went missing on occasions|2023|71",
        "UASC: children went missing|1 January to 30 April 2024|13",
        "UASC: children went missing on occasions|1 January to 30 April 2024|30",
      ],
    ],
    // Round 145 (Wandsworth): the later clauses name the first's children by their head noun alone, and the
    // last is led by a year still running, whose figures are left unread (no requested period to place them in).
    [
      "In 2021, 7 children identified or suspected as trafficked went missing or were absent on 15 occasions; in 2022, 9 children on 26 occasions; and in 2024 to date, 5 children on 9 occasions.",
      [
        "children identified or suspected as trafficked went missing or were absent|2021|7",
        "children identified or suspected as trafficked went missing or were absent on occasions|2021|15",
        "children identified or suspected as trafficked went missing or were absent|2022|9",
        "children identified or suspected as trafficked went missing or were absent on occasions|2022|26",
      ],
    ],
    // No lead: the clauses alone.
    [
      "in 2021, 5 young people went missing from care; in 2022, 8 young people.",
      ["young people went missing from care|2021|5", "young people went missing from care|2022|8"],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A later clause naming other children than the first's is no elided verb: its words stay its own.
    "in 2021, 2 children went missing on 7 occasions; in 2022, 4 adults on 12 occasions.",
    // A later clause counting something else after its join than the first's: its words stay its own.
    "in 2021, 2 children went missing on 7 occasions; in 2022, 4 children in 12 placements.",
  ])("does not give the first clause's verb to the later one in %s", (text) => {
    expect(read(text).filter((i) => i.includes("|2022|") && i.includes("went missing"))).toEqual([]);
  });

  it.each([
    // A lead that is a sentence of its own, not a heading: not read as the clauses' words.
    "We looked after 40 children: in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions.",
    // A lead leaving a group out names the children the clauses do not count: pasted into their labels it
    // read as that group's figures (UASC went missing 2/4/1, exact).
    "Non-UASC: in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions; in 2023, 1 child on 2 occasions.",
    "Other than UASC: in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions.",
    "Excluding UASC: in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions.",
    "UASC (not trafficked): in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions.",
    "Apart from UASC: in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions.",
  ])("leaves %s unread", (text) => {
    expect(read(text)).toEqual([]);
  });
});
