import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function read(answer: string, question = "Q6. Of these, how many went missing at least once?") {
  const text = [
    "Dear Requester,",
    "",
    "Q5. How many unaccompanied asylum seeking children were looked after?",
    "44",
    "",
    question,
    answer,
    "",
    "Yours sincerely,",
  ].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge(),
  );
  return {
    facts: r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`),
    flagged: r.issues.filter((i) => i.code === "label_ambiguous").map((i) => i.measure),
  };
}

describe("a figure whose own remark says it counts something else", () => {
  it.each([
    "14 - please note that this figure is the number of missing episodes rather than the number of individual children, as our recording system counts each missing episode separately.",
    "14 – this is a count of missing incidents rather than of individual children.",
    "14 - the figure given is missing episodes as opposed to young people.",
    // The contrast first, then what the figure counts: the words after the denied count say what it is.
    "14 - please note this is not the number of children but the number of missing episodes.",
    "14 - rather than the number of children, this figure is the number of missing episodes.",
  ])("%s", async (answer) => {
    expect(await read(answer)).toEqual({ facts: ["uasc_looked_after=44"], flagged: ["uasc_went_missing"] });
  });

  it.each([
    "14 - counted by date reported rather than date returned.",
    "14 - the number of children, not the number of episodes, which was 30.",
  ])("keeps a figure whose remark contrasts nothing else it counts: %s", async (answer) => {
    expect((await read(answer)).flagged).toEqual([]);
  });

  it("keeps a figure whose remark contrasts nothing it counts", async () => {
    expect(await read("14 - counted by date reported rather than date returned.")).toEqual({
      facts: ["uasc_looked_after=44", "uasc_went_missing=14"],
      flagged: [],
    });
  });
});

describe("a figure marked with a footnote symbol whose footnote says it counts something else", () => {
  async function marked(answer: string, footnote: string) {
    const text = ["Q5 - 12", `Q6 - ${answer}`, "", footnote, "", "Regards"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000019" },
      knowledge(),
    );
    return {
      facts: r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`),
      flagged: r.issues.filter((i) => i.code === "label_ambiguous").map((i) => i.measure),
    };
  }

  it.each([
    "* Please note that this is the number of missing episodes for unaccompanied young people, not the number of individual young people.",
    "† This figure is the number of missing incidents rather than the number of children.",
  ])("%s", async (footnote) => {
    const symbol = footnote.startsWith("†") ? "†" : "*";
    expect(await marked(`9${symbol}`, footnote)).toEqual({
      facts: ["uasc_looked_after=12"],
      flagged: ["uasc_went_missing"],
    });
  });

  it("keeps the figure when its footnote contrasts nothing it counts", async () => {
    expect(await marked("9*", "* Counted by date reported rather than date returned.")).toEqual({
      facts: ["uasc_looked_after=12", "uasc_went_missing=9"],
      flagged: [],
    });
  });
});

describe("a figure written with the noun of another unit than its question counts", () => {
  const k2017 = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });
  async function numbered(missing: string, incidents = "14") {
    const text = [
      "Please see our answers below.",
      "",
      "1a. 4",
      "1b. 2",
      "1c. 22",
      "2a. 5",
      `2b. ${missing}`,
      "3a. 9",
      `3b. ${incidents}`,
      "4. 1",
      "",
      "Kind regards",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000024" },
      k2017,
    );
    return {
      missing: r.facts
        .filter((f) => f.status === "reported" && f.measure.endsWith("went_missing"))
        .map((f) => `${f.measure}=${f.value}`),
      flagged: r.issues.filter((i) => i.code === "label_ambiguous").map((i) => i.measure),
    };
  }

  it.each(["14 missing episodes", "14 episodes", "14 missing incidents."])("sets aside 2b. %s", async (answer) => {
    expect(await numbered(answer)).toEqual({ missing: ["trafficked_went_missing=5"], flagged: ["uasc_went_missing"] });
  });

  it.each(["14 children", "14 young people", "14", "14 children (from our missing log)"])(
    "keeps 2b. %s",
    async (answer) => {
      expect(await numbered(answer)).toEqual({
        missing: ["trafficked_went_missing=5", "uasc_went_missing=14"],
        flagged: [],
      });
    },
  );

  // Round 142, Calderdale: the noun, then a bracketed reason, answering a restated question; it was kept as
  // the children's count, unwarned.
  it("sets aside a noun of another unit followed by a bracketed reason", async () => {
    const text = [
      "Please find our answers below each of your questions.",
      "> 2. The total number of looked after children in the care of your authority:",
      "> a. Identified or suspected as having been trafficked and that have gone missing or absent.",
      "Answer: 5",
      "> b. Identified as an UASC or separated child and that have gone missing or absent.",
      "Answer: 14 missing episodes (we are unable to count the number of individual children from our missing log)",
      "",
      "Kind regards",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000024" },
      k2017,
    );
    const reported = r.facts.filter((f) => f.status === "reported").map((f) => f.measure);
    expect(reported).not.toContain("uasc_went_missing");
    expect(r.issues.filter((i) => i.code === "label_ambiguous").map((i) => i.measure)).toContain("uasc_went_missing");
  });

  it("keeps episodes given where episodes were asked", async () => {
    expect((await numbered("14", "30 missing episodes")).flagged).toEqual([]);
  });
});
