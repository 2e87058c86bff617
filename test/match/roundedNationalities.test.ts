import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "All figures are rounded to the nearest 5" covers a file's nationality
 * breakdown as well as its counts: a rounded "Afghan 5" is 3–7 children,
 * never an exact 5 in the national nationality totals.
 */
async function read(note: string) {
  const text = [
    "Surrey County Council - response to FOI 1234",
    "UASC looked after,40",
    "UASC who went missing,10",
    "Nationality of UASC who went missing,",
    "Afghan,5",
    "Eritrean,5",
    "",
    note,
  ].join("\n");
  return processFile({ file: "Surrey.csv", bytes: new TextEncoder().encode(text), manifestCode: null }, knowledge());
}

describe("a rounding note covers the nationality figures too", () => {
  it.each([
    [
      "a note on the whole file",
      "Note: all figures are rounded to the nearest 5.",
      ["suppressed 3–7", "suppressed 3–7"],
    ],
    ["no note", "Note: figures are from our case system.", ["reported 5", "reported 5"]],
  ])("%s", async (_, note, expected) => {
    const r = await read(note);
    const nats = r.nationalities.map((n) =>
      n.status === "reported" ? `reported ${n.value}` : `${n.status} ${n.lower}–${n.upper}`,
    );
    expect(nats).toEqual(expected);
    const warned = r.issues.some((i) => i.code === "value_rounded" && /nationality figures \(uasc\)/u.test(i.message));
    expect(warned).toBe(expected[0]?.startsWith("suppressed") ?? false);
  });
});

describe("a nationality figure the note's step does not divide", () => {
  it("stays exact, and a warning says the note covers it but it cannot be rounded", async () => {
    const text = [
      "Surrey County Council - response to FOI 1234",
      "UASC looked after,40",
      "UASC who went missing,10",
      "Nationality of UASC who went missing,",
      "Afghan,7",
      "Eritrean,3",
      "",
      "Note: all figures are rounded to the nearest 5.",
    ].join("\n");
    const r = await processFile(
      { file: "Surrey.csv", bytes: new TextEncoder().encode(text), manifestCode: null },
      knowledge(),
    );
    expect(r.nationalities.map((n) => `${n.nationality} ${n.status} ${n.value}`)).toEqual([
      "Afghan reported 7",
      "Eritrean reported 3",
    ]);
    const unclear = r.issues.filter((i) => i.code === "value_rounding_unclear");
    expect(unclear).toHaveLength(1);
    expect(unclear[0]?.severity).toBe("warning");
    expect(unclear[0]?.message).toMatch(/2 nationality figures \(uasc: Afghan 7, Eritrean 3\)/u);
  });
});
