import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Question 4: No child in any of these groups remains missing; all children
 * who went missing in the periods above have been found.": one nil answer
 * that says it covers every period the table above gave. With no period of
 * its own it answered none of them and was not used.
 */
describe("a nil answer for 'the periods above'", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url)),
  });
  const keyed = async (answer: string): Promise<string[]> => {
    const body = ["Dear Requester", `Question 4: ${answer}`, "Yours sincerely"].join("\n");
    const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: "E06000055" }, knowledge);
    return keyPeriods([result], knowledge.request, knowledge.labels.everyPeriod).flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.status === "reported").map((f) => `${period.id} ${f.measure}=${f.value}`),
      ),
    );
  };

  it("is the answer for each period", async () => {
    const got = await keyed(
      "No child in any of these groups remains missing; all children who went missing in the periods above have been found.",
    );
    expect(got.sort()).toEqual([
      "2021 not_found=0",
      "2022 not_found=0",
      "2023 not_found=0",
      "2024-01-01_2024-04-30 not_found=0",
    ]);
  });

  it("while one naming no period is still no period's", async () => {
    expect(await keyed("No child in any of these groups remains missing.")).toEqual([]);
  });
});
