import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/** The bundled three-year round (2018, 2019, 2020). */
const threeYears = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

describe("a list of years' figures followed by a refusal of another year that cites the cost limit", () => {
  it("reads the list's figures, and the year refused as refused", async () => {
    const text = [
      "Dear Requester",
      "",
      "3b. The total number of individual incidents of looked after children in the care of your authority: b. Identified as an UASC or separated child and that have gone missing or absent.",
      "Response: 2019 – 19, 2020 – 23. For 2018, missing episodes are held only within case notes. To extract them would exceed the appropriate limit of £450 (18 hours). We are therefore applying section 12 of the Freedom of Information Act 2000 to the 2018 figure.",
      "",
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E10000007" },
      threeYears,
    );
    const uasc = r.facts
      .filter((f) => f.measure === "uasc_missing_incidents" && f.status !== "not_answered")
      .map((f) => `${f.status} ${f.value ?? ""}`.trim())
      .sort();
    expect(uasc).toEqual(["refused", "reported 19", "reported 23"]);
  });
});
