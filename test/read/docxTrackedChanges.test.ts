import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/read/readDocx.js";
import { buildDocx, run } from "../support/buildDocx.js";

/**
 * A Word reply sent with its tracked changes in it (round 78: "19" deleted
 * beside an inserted "21"). The changed figure is read; that a figure was
 * changed in the draft is said, so a person can check it is final.
 */
const deletion = (text: string) => `<w:del w:id="1" w:author="A"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
const insertion = (text: string) => `<w:ins w:id="2" w:author="A">${run(text)}</w:ins>`;

describe("readDocx: tracked changes to figures", () => {
  it("warns when a deleted run held a figure, quoting the paragraph as read", async () => {
    const bytes = await buildDocx({
      body: `<w:p>${run("1c. Looked after children identified as UASC: ")}${deletion("19")}${insertion("21")}</w:p>`,
    });
    const { issues } = readDocx("reply.docx", bytes);
    const changed = issues.filter((i) => i.code === "figure_set_aside");
    expect(changed).toHaveLength(1);
    expect(changed[0]?.severity).toBe("warning");
    expect(changed[0]?.message).toContain('"1c. Looked after children identified as UASC: 21" (deleted: "19")');
  });

  it("says nothing when only words were changed", async () => {
    const bytes = await buildDocx({
      body: `<w:p>${run("Dear ")}${deletion("Sir")}${insertion("Requester")}</w:p>`,
    });
    expect(readDocx("reply.docx", bytes).issues).toEqual([]);
  });
});
