import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "2b | Identified as an UASC … gone missing | 0 | 56 | 65 | 6 | Episodes
 * recorded for UASC (not individual children)": a remark in a Comments
 * column that the row's figures count episodes, not the children the
 * question asks about. Read as nothing, 56 episodes passed as 56 children.
 */
describe("a remark that a row's figures count episodes, not children", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url)),
  });
  const warned = async (remark: string, label: string): Promise<string[]> => {
    const body = [
      "Q,Question,2021,2022,2023,Comments",
      "1c,Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.,30,46,64,",
      `2b,${label},0,56,65,"${remark}"`,
    ].join("\n");
    const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: "E09000029" }, knowledge);
    return [
      ...new Set(
        r.issues.filter((i) => i.code === "label_outside_request" && i.measure).map((i) => i.measure as string),
      ),
    ];
  };
  const wentMissing = "Identified as an UASC or separated child and that have gone missing or absent.";

  it.each(["Episodes recorded for UASC (not individual children)", "Incidents, rather than individual children"])(
    "flags the children's count beside %s",
    async (remark) => {
      expect(await warned(remark, wentMissing)).toEqual(["uasc_went_missing"]);
    },
  );

  it("leaves a remark that only names episodes beside a count of episodes", async () => {
    expect(
      await warned("Missing and absent episodes", `${wentMissing.replace(/\.$/u, "")} (individual incidents).`),
    ).toEqual([]);
  });
});
