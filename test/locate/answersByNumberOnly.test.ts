import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const run = (lines: string[]): Promise<FileResult> =>
  processFile(
    { file: "Anytown FOI 2015-77.txt", bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), manifestCode: null },
    knowledge(),
  );

describe("bare numbered answers read by the request's numbering alone", () => {
  it("are read, and the reply is told so once (info)", async () => {
    const r = await run(["ANYTOWN COUNCIL - FOI RESPONSE", "", "5. 15", "6. 3", "7. 5", "8. 0"]);
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.value).toBe(15);
    const notes = r.issues.filter((i) => i.code === "label_from_question_number");
    expect(notes).toHaveLength(1);
    expect(notes[0]?.severity).toBe("info");
    expect(notes[0]?.raw).toBe("5, 6, 7, 8");
  });

  it("are not noted where the reply restates its questions", async () => {
    const r = await run([
      "5. How many unaccompanied asylum seeking children were looked after? 15",
      "6. How many of them went missing? 3",
    ]);
    expect(r.issues.filter((i) => i.code === "label_from_question_number")).toEqual([]);
  });
});
