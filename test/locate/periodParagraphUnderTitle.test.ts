import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * A letter's paragraph per period that gives several measures (round 72): "1 January 2021 to 31 December
 * 2021" over "During this period 16 unaccompanied … children were looked after by the Council, of whom four
 * were also identified or suspected as trafficked. 0 looked after children were identified as trafficked …
 * and a further 4 were suspected (1a and 1b). 4 trafficked children went missing or absent, in 14
 * incidents; …". The paragraph named its period only by pointing at the title above it; "four" was no
 * count to the clause reader; "a further 4" and ", in 14 incidents" were no clauses, and "(1a and 1b)"
 * read as a breakdown. Each sentence was read whole instead, and its figures collided on one measure.
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

const PARAGRAPH =
  "During this period 16 unaccompanied asylum-seeking or separated children were looked after by the Council, of whom four were also identified or suspected as trafficked. 0 looked after children were identified as trafficked or victims of modern slavery and a further 4 were suspected (1a and 1b). 4 trafficked children went missing or absent, in 14 incidents; 3 unaccompanied children went missing or absent, in 5 incidents.";

describe("the clauses of a paragraph about one period, each count placed by its own words", () => {
  it("reads a count in words, 'a further' with the children before it, and a count joined by 'in'", () => {
    expect(read(PARAGRAPH.replace("During this period", "During 2021,"))).toEqual([
      "unaccompanied asylum-seeking or separated children were looked after by the Council|2021|16",
      "unaccompanied asylum-seeking or separated children were looked after by the Council of whom were also identified or suspected as trafficked|2021|four",
      "looked after children were identified as trafficked or victims of modern slavery|2021|0",
      "looked after children were suspected as trafficked or victims of modern slavery|2021|4",
      "trafficked children went missing or absent|2021|4",
      "trafficked children went missing or absent in incidents|2021|14",
      "unaccompanied children went missing or absent|2021|3",
      "unaccompanied children went missing or absent in incidents|2021|5",
    ]);
  });

  it.each([
    // "a further" with no children named before it says nothing of whom it counts.
    ["In 2021, a further 4 were suspected.", []],
    // A joined count with no clause before it to count the episodes of.
    ["In 2021, in 14 incidents.", []],
    // A bare "(2)" may be a note mark or a figure: the sentence is not split round it.
    ["In 2021, 4 children went missing (2) and 3 children were found.", []],
  ])("gives nothing where a count's measure is not clear: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("splits a 400 kB paragraph in linear time", () => {
    const clauses =
      "4 children were identified as trafficked and a further 2 were suspected (1a and 1b), in 3 incidents; ";
    const long = `In 2021, ${clauses.repeat(Math.ceil(400_000 / clauses.length))}${"(1a, ".repeat(20_000)}.`;
    const started = performance.now();
    read(long);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("a paragraph that points at the period titled above it", () => {
  it("reads every measure of the paragraph for the title's period", async () => {
    expect(await readLetterFacts(untilHarmEnds, ["1 January 2021 to 31 December 2021", PARAGRAPH])).toEqual([
      "trafficked_identified 1 January 2021 to 31 December 2021 reported 0",
      "trafficked_missing_incidents 1 January 2021 to 31 December 2021 reported 14",
      "trafficked_suspected 1 January 2021 to 31 December 2021 reported 4",
      "trafficked_went_missing 1 January 2021 to 31 December 2021 reported 4",
      "uasc_looked_after 1 January 2021 to 31 December 2021 reported 16",
      "uasc_missing_incidents 1 January 2021 to 31 December 2021 reported 5",
      "uasc_trafficked_looked_after 1 January 2021 to 31 December 2021 reported 4",
      "uasc_went_missing 1 January 2021 to 31 December 2021 reported 3",
    ]);
  });

  it("takes no period from a title that is more than a period", async () => {
    const got = await readLetterFacts(untilHarmEnds, ["Figures held for 2021 and earlier years", PARAGRAPH]);
    expect(got.filter((g) => g.startsWith("trafficked_missing_incidents 2021"))).toEqual([]);
  });
});
