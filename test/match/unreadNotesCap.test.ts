import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A reply with more unread notes than are listed one by one (review of session 41, /tmp/r41/notes3): a
 * note naming a question comes before notes that name none, so it is never the one left out behind five
 * general "Note: … only …" lines, and the notes left out are said in one whole-return warning, never
 * dropped silently.
 */
const k = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

const GENERAL = [
  "Note: our records only hold this for children with a closed case.",
  "Note: these figures only relate to children placed in Kent.",
  "Note: figures from 2022 onwards include a new recording method.",
  "Note: the figures only cover children with a social worker.",
  "Note: the figures only show children known to the MASH.",
  "Note: the figures only count children seen by the duty team.",
];
const NAMED = "Note: question 2 figures only include children with a conclusive grounds decision.";

async function unread(notes: string[]) {
  const csv = [
    "Question,2017",
    "Number of UASC who went missing,10",
    "Number of trafficked children who went missing,3",
    ",",
    ...notes.map((n) => `"${n}",`),
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E10000016" },
    k,
  );
  return r.issues
    .filter((i) => i.code === "note_not_understood")
    .map((i) => ({ measures: [i.measure, ...(i.related ?? [])].filter(Boolean).sort(), message: i.message }));
}

describe("more unread notes than are listed", () => {
  it.each([
    ["after five general notes", [...GENERAL.slice(0, 5), NAMED]],
    ["after six general notes", [...GENERAL, NAMED]],
    ["first", [NAMED, ...GENERAL]],
  ])("a note naming a question is warned on its measures when it comes %s", async (_, notes) => {
    const got = await unread(notes);
    expect(got.map((g) => g.measures)).toContainEqual(["trafficked_went_missing", "uasc_went_missing"]);
  });

  it("says in one whole-return warning how many notes were not listed", async () => {
    const got = await unread([...GENERAL, NAMED]);
    const more = got.filter((g) => /more notes?\b.*not listed/u.test(g.message));
    expect(more).toHaveLength(1);
    expect(more[0]?.measures).toEqual([]);
    expect(more[0]?.message).toContain("2 more notes");
    // Five listed one by one, and the sentence for the rest.
    expect(got).toHaveLength(6);
  });

  it("counts one note left out as one", async () => {
    const got = await unread([...GENERAL.slice(0, 5), NAMED]);
    expect(got.filter((g) => g.message.startsWith("1 more note in "))).toHaveLength(1);
  });

  it("adds no such warning when every note is listed", async () => {
    const got = await unread([NAMED, ...GENERAL.slice(0, 4)]);
    expect(got).toHaveLength(5);
    expect(got.some((g) => /not listed/u.test(g.message))).toBe(false);
  });
});
