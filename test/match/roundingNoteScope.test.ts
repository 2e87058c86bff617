import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A rounding note whose subject names a metric ("episode figures have been
 * rounded…") covers that metric's figures only: the children counted beside
 * them stay exact. A note with no metric in its subject, or one naming a
 * metric only in its reason ("…to protect children who went missing", or
 * "To protect children who went missing, all figures …"), still covers the whole file, nationality figures included.
 */
async function read(note: string) {
  const rows = [
    "Kent County Council - FOI 9876",
    "Measure,Trafficked,UASC",
    "Looked after,12,30",
    "Went missing,4,10",
    "Missing episodes,10,25",
    "Nationality of UASC who went missing,,",
    "Syrian,,10",
    "",
    // One cell of the csv, commas and all.
    `"${note}"`,
  ];
  const r = await processFile(
    { file: "Kent.csv", bytes: new TextEncoder().encode(rows.join("\n")), manifestCode: null },
    knowledge(),
  );
  const status = (measure: string) => r.facts.find((f) => f.measure === measure)?.status ?? "none";
  return {
    looked: status("uasc_looked_after"),
    missing: status("uasc_went_missing"),
    episodes: status("uasc_missing_incidents"),
    nationality: r.nationalities.find((n) => n.nationality === "Syrian")?.status ?? "none",
  };
}

describe("a rounding note covers the metrics its subject names", () => {
  it.each([
    {
      note: "Note: episode figures have been rounded to the nearest 5.",
      want: { looked: "reported", missing: "reported", episodes: "suppressed", nationality: "reported" },
    },
    {
      note: "Incident numbers are rounded to the nearest five.",
      want: { looked: "reported", missing: "reported", episodes: "suppressed", nationality: "reported" },
    },
    {
      note: "Figures for children who went missing are rounded to the nearest 5.",
      want: { looked: "reported", missing: "suppressed", episodes: "reported", nationality: "suppressed" },
    },
    {
      note: "All figures have been rounded to the nearest 5.",
      want: { looked: "suppressed", missing: "suppressed", episodes: "suppressed", nationality: "suppressed" },
    },
    {
      note: "Figures are rounded to the nearest 5 to protect children who went missing.",
      want: { looked: "suppressed", missing: "suppressed", episodes: "suppressed", nationality: "suppressed" },
    },
    {
      note: "To protect the identity of children who went missing, all figures have been rounded to the nearest 5.",
      want: { looked: "suppressed", missing: "suppressed", episodes: "suppressed", nationality: "suppressed" },
    },
    // A reason or purpose clause names the children the note protects, not the figures it covers.
    {
      note: "To ensure that no individual can be identified, all numbers in this table have been rounded to the nearest 5. A 0 is a true zero.",
      want: { looked: "suppressed", missing: "suppressed", episodes: "suppressed", nationality: "suppressed" },
    },
    {
      note: "All figures are rounded to the nearest 5 so that no child who was trafficked can be identified.",
      want: { looked: "suppressed", missing: "suppressed", episodes: "suppressed", nationality: "suppressed" },
    },
    {
      note: "UASC figures are rounded to the nearest 5 so that no child who was trafficked can be identified.",
      want: { looked: "suppressed", missing: "suppressed", episodes: "suppressed", nationality: "suppressed" },
    },
    {
      note: "Trafficked figures are rounded to the nearest 5 to protect the identity of unaccompanied children.",
      want: { looked: "reported", missing: "reported", episodes: "reported", nationality: "reported" },
    },
  ])("$note", async ({ note, want }) => {
    expect(await read(note)).toEqual(want);
  });
});
