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
