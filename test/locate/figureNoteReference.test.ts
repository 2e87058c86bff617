import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const read = async (lines: string[]) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000038" },
    knowledge(),
  );
  return r;
};

/** "9 (3)" for an answer, and "(3) Episodes are dated by …" below: the "(3)" points to a numbered note. */
describe("a figure followed by a numbered note's reference", () => {
  const reply = (note: string) => [
    "Question,Answer",
    "1. Looked after children identified as trafficked,5",
    "2. Of these how many went missing,3",
    "3. Number of missing episodes,9 (3)",
    "",
    note,
  ];
  it("is read as the figure, and its note weighed as the figure's footnote", async () => {
    const r = await read(reply('"(3) Episodes are dated by the day the child was found to be absent from placement."'));
    const f = r.facts.find((x) => x.measure === "trafficked_missing_incidents");
    expect(f?.status).toBe("reported");
    expect(f?.value).toBe(9);
    expect(r.issues.some((i) => i.measure === "trafficked_missing_incidents" && i.severity !== "info")).toBe(true);
  });
  it("is left unread where no note has that number", async () => {
    const r = await read(reply('"(4) Episodes are dated by the day the child was found to be absent from placement."'));
    const f = r.facts.find((x) => x.measure === "trafficked_missing_incidents" && x.status === "reported");
    expect(f).toBeUndefined();
  });
});

/** '"Went missing" is the number of missing episodes …': a note that quotes a heading and says what it counts. */
describe("a note that defines a quoted column heading", () => {
  const reply = (note: string) => ["Group,Looked after,Went missing", "Trafficked,6,5", "UASC,20,13", "", note];
  it("warns every figure under the heading, with the note's words", async () => {
    const r = await read(
      reply('"Note 1: ""Went missing"" is the count of episodes logged during the year, not of children."'),
    );
    const warned = r.issues
      .filter((i) => i.code === "note_not_understood" && i.severity === "warning")
      .map((i) => i.measure)
      .sort();
    expect(warned).toEqual(["trafficked_went_missing", "uasc_went_missing"]);
  });
  it("leaves figures alone when the quoted words are no heading of the file", async () => {
    const r = await read(reply('"Note 1: ""Absconded"" is the count of episodes logged during the year."'));
    expect(r.issues.filter((i) => i.code === "note_not_understood" && i.message.includes("defines"))).toEqual([]);
  });
});

/**
 * "Went missing - episodes (2)" over a column of figures, and under the table "(2) Episodes here means the number
 * of young people who had at least one episode": the "(2)" on the heading points to the numbered note, and the
 * note redefines what the column counts, so no figure under it is kept as the heading's count unwarned.
 */
describe("a column heading followed by a numbered note's reference", () => {
  const reply = (note: string) => [
    "Group,Looked after,Episodes of missing (2)",
    "Trafficked,6,4",
    "UASC,20,5",
    "",
    note,
  ];
  it("carries the note's mark, so every figure under it is warned or moved", async () => {
    const r = await read(
      reply(
        '"(2) Episodes of missing: the number of young people with at least one missing episode during the year. A young person is counted once however often they went missing."',
      ),
    );
    const kept = r.facts.filter((x) => x.measure === "trafficked_missing_incidents" && x.status === "reported");
    const warned = r.issues.some((i) => i.measure === "trafficked_missing_incidents" && i.severity !== "info");
    expect(kept.length === 0 || warned).toBe(true);
    expect(r.facts.some((x) => x.measure === "trafficked_looked_after" && x.value === 6)).toBe(true);
  });
  it("is no name with a count in brackets, nor a heading whose note defines nothing it says", async () => {
    const list = await read([
      "Nationality of the unaccompanied children who went missing",
      "Sudanese (2),Eritrean (1)",
      "",
      '"(2) Sudanese: children whose nationality was recorded at their first placement."',
    ]);
    expect(list.issues.map((i) => i.message).join(" ")).not.toMatch(/numbered note's reference/u);
    const other = await read(
      reply('"(2) Figures: the number of young people with at least one missing episode during the year."'),
    );
    expect(other.issues.map((i) => i.message).join(" ")).not.toMatch(/numbered note's reference/u);
  });
  it("is left as it was where no note has that number", async () => {
    const r = await read(
      reply('"(5) Episodes of missing: the number of young people with at least one missing episode during the year."'),
    );
    expect(r.issues.filter((i) => i.measure === "trafficked_missing_incidents" && i.severity !== "info")).toEqual([]);
  });
});
