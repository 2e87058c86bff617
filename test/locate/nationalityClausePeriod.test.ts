import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";

/**
 * "In 2019, the trafficked children who went missing were Eritrean (3) and
 * the unaccompanied children who went missing were Somali (1). In 2020, …
 * Somali (1) …": a sentence naming its year once, then each group's list in
 * its own clause. The year was read for the first clause only, so every
 * unaccompanied list was taken as one list for 2018–2020, and the two Somali
 * children (one in 2019, one in 2020) were counted once, with no warning
 * (round 127).
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

async function nationalitiesOf(sentence: string): Promise<string[]> {
  const text = ["Dear Requester,", "", sentence, "", "Kind regards"].join("\n");
  const read = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "W06000010" },
    knowledge,
  );
  const { returns } = settlePeriods([read], knowledge, null);
  return returns
    .flatMap((r) => r.nationalities.map((n) => `${n.period} ${n.group} ${n.nationality} ${n.value}`))
    .sort();
}

describe("a year named once before two groups' clauses", () => {
  it.each([
    [
      "In 2018, the trafficked children who went missing were Chinese (1) and the unaccompanied children who went missing were Albanian (2). In 2019, the trafficked children who went missing were Eritrean (3) and the unaccompanied children who went missing were Somali (1). In 2020, the trafficked children who went missing were British (1), Nigerian (1) and the unaccompanied children who went missing were Afghan (1), Somali (1).",
      [
        "2018 trafficked Chinese 1",
        "2018 uasc Albanian 2",
        "2019 trafficked Eritrean 3",
        "2019 uasc Somali 1",
        "2020 trafficked British 1",
        "2020 trafficked Nigerian 1",
        "2020 uasc Afghan 1",
        "2020 uasc Somali 1",
      ],
    ],
  ])("gives each clause the sentence's year: %s", async (sentence, expected) => {
    expect(await nationalitiesOf(sentence)).toEqual(expected);
  });
});

/**
 * "… and the unaccompanied children who went missing across all the years
 * were Eritrean (4) …": a clause naming its own span in words borrowed the
 * year of the clause before, and its list was put in 2021 alone.
 */
describe("a clause naming the whole span in words", () => {
  // The second row was found in review (session 43): a year before a semicolon had begun to date every clause
  // after it, "over the four years" included, and its list went into 2019 with no warning.
  it.each([
    "In 2019 the trafficked children who went missing were Albanian (2) and Vietnamese (1), and the unaccompanied children who went missing across all the years were Eritrean (4) and Sudanese (2).",
    "2019: trafficked - Albanian 2, Vietnamese 1; UASC over the three years - Eritrean 4, Sudanese 2.",
  ])("keeps its own span, not the year of the clause before: %s", async (sentence) => {
    const got = await nationalitiesOf(sentence);
    expect(got.filter((g) => g.includes(" uasc ") && g.startsWith("2019"))).toEqual([]);
    expect(got.filter((g) => g.startsWith("2019 trafficked"))).toEqual([
      "2019 trafficked Albanian 2",
      "2019 trafficked Vietnamese 1",
    ]);
  });
});

/**
 * "2018: trafficked - Albanian 1; UASC - Eritrean 2" a year a line: the
 * semicolon parts two clauses of one line, and the line's year is both
 * groups'. The UASC clause was read on its own, named no year, and its
 * lists were taken for the whole span (round 134).
 */
describe("a line's year before two groups' clauses parted by a semicolon", () => {
  it("gives both clauses the line's year; a full stop ends it", async () => {
    const got = await nationalitiesOf(
      [
        "5) Nationality of the children who went missing:",
        "    2018: trafficked - Albanian 1, Vietnamese 1; UASC - Albanian 2, Eritrean 2",
        "    2019: trafficked - British 1; UASC - Afghan 2, Syrian 2",
      ].join("\n"),
    );
    expect(got).toEqual([
      "2018 trafficked Albanian 1",
      "2018 trafficked Vietnamese 1",
      "2018 uasc Albanian 2",
      "2018 uasc Eritrean 2",
      "2019 trafficked British 1",
      "2019 uasc Afghan 2",
      "2019 uasc Syrian 2",
    ]);
  });
});

/**
 * "2018: trafficked children who went missing – 1 Albanian and 1 British.
 * UASC who went missing – 1 Albanian, 1 Eritrean and 1 Vietnamese." (round
 * 140): a line opened by its year and a colon answers for that year, every
 * sentence on it. The second sentence named no year and its list was taken
 * for the whole span asked about.
 */
describe("a line opened by its year and a colon, several sentences on it", () => {
  it("gives each sentence on the line the line's year", async () => {
    const text = [
      "Dear Requester,",
      "",
      "2018: trafficked children who went missing – 1 Albanian and 1 British. UASC who went missing – 1 Albanian, 1 Eritrean and 1 Vietnamese.",
      "2020: trafficked children who went missing – 1 Albanian. UASC who went missing – 3 Eritrean, 2 Iraqi and 2 Sudanese.",
      "",
      "Kind regards",
    ].join("\n");
    const read = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "W06000010" },
      knowledge,
    );
    const { returns } = settlePeriods([read], knowledge, null);
    expect(
      returns.flatMap((r) => r.nationalities.map((n) => `${n.period} ${n.group} ${n.nationality} ${n.value}`)).sort(),
    ).toEqual([
      "2018 trafficked Albanian 1",
      "2018 trafficked British 1",
      "2018 uasc Albanian 1",
      "2018 uasc Eritrean 1",
      "2018 uasc Vietnamese 1",
      "2020 trafficked Albanian 1",
      "2020 uasc Eritrean 3",
      "2020 uasc Iraqi 2",
      "2020 uasc Sudanese 2",
    ]);
  });
});
