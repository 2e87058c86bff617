import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    { file: "Anytown Council reply.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null },
    knowledge(),
  );
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

/** A letter that answers only the UASC questions (the trafficked ones are refused in general words). */
const letter = (uascMissing: string, list: string) => [
  "Trafficked children (questions 1 to 4)",
  "",
  "Our case management system does not hold a field for trafficking, so to answer questions 1 to 4 we would have to read the case notes of every child looked after during the period, around 330 children. At a minimum of 15 minutes per file this would take more than 80 hours, which is well over the appropriate limit of 18 hours under section 12 of the Freedom of Information Act 2000. We are therefore not obliged to answer questions 1 to 4.",
  "",
  "Unaccompanied asylum seeking children (questions 5 to 8)",
  "",
  `We looked after 6 unaccompanied asylum seeking children during the period. ${uascMissing} of them went missing at least once.`,
  "",
  "Question 9",
  "",
  list,
];

describe("a nationality list naming no group, whose count in words is the one group's went-missing figure", () => {
  it("is read as that group's", async () => {
    const r = await run(letter("Two", "The two young people who went missing were Afghan and Eritrean."));
    expect(read(r)).toEqual(["uasc Afghan 1", "uasc Eritrean 1"]);
  });

  it("is not given the group when the counts differ, and says so", async () => {
    const r = await run(letter("Three", "The two young people who went missing were Afghan and Eritrean."));
    expect(read(r)).toEqual([]);
    expect(r.issues.some((i) => i.code === "layout_unknown" && /do not say whether/u.test(i.message))).toBe(true);
  });
});
