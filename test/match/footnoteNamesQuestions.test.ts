import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, run } from "../support/buildDocx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "¹ 1a and 1b count all young people … including care leavers aged 18 to
 * 25": a footnote whose mark stands on the 1a figure alone, but whose words
 * name both questions. Read by its mark only, the 1b figure was kept exact
 * with no warning though the note says it counts care leavers too.
 */
describe("a footnote naming the questions it is about", () => {
  it("covers every question it names, not only the figure its mark is on", async () => {
    const bytes = await buildDocx({
      body: [
        para("Merton Council"),
        `<w:p>${run("1a. Identified as trafficked: 2")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
        para("1b. Suspected of having been trafficked: 3"),
        para("5. Unaccompanied asylum seeking children looked after: 40"),
      ].join(""),
      footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run(" 1a and 1b count all young people open to Children's Social Care with a trafficking flag, including care leavers aged 18 to 25 as well as children looked after.")}</w:p></w:footnote>`,
    });
    const r = await processFile({ file: "Merton FOI 1.docx", bytes, manifestCode: "E09000024" }, knowledge());
    const warned = new Set(r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.measure));
    expect(warned.has("trafficked_identified")).toBe(true);
    expect(warned.has("trafficked_suspected")).toBe(true);
    expect(warned.has("uasc_looked_after")).toBe(false);
  });
});
