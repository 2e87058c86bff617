import { describe, expect, it } from "vitest";
import { loadOtherBodies, validateOtherBodies } from "../../src/knowledge/authorityReference.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";

const row = (over: Record<string, string>) => ({
  name: "X",
  kind: "district council",
  gss_code: "",
  end_date: "",
  alt_names: "",
  ...over,
});

describe("other-bodies.csv", () => {
  it.each([
    ["a police force", { name: "Police Scotland", kind: "police force" }],
    ["a health board", { name: "NHS Tayside", kind: "health board" }],
    [
      "a health and social care trust",
      { name: "Western Health and Social Care Trust", kind: "health and social care trust" },
    ],
  ])("lists %s without a code", (_, over) => {
    const { bodies, problems } = validateOtherBodies([row(over)]);
    expect(problems).toEqual([]);
    expect(bodies[0]?.gss_code).toBeNull();
  });

  it.each(["district council", "combined authority", "strategic authority"])(
    "refuses a %s without its code",
    (kind) => {
      const { problems } = validateOtherBodies([row({ name: "Adur District Council", kind })]);
      expect(problems.join("; ")).toContain("line 2: gss_code: a council needs its GSS code");
    },
  );

  it("knows every UK police force and Scottish and Welsh health board", () => {
    const { bodies } = loadOtherBodies(KNOWLEDGE_DIR);
    const count = (kind: string) => bodies.filter((b) => b.kind === kind && b.end_date === null).length;
    // 43 forces of England and Wales, British Transport Police, Police Scotland, the PSNI.
    expect(count("police force")).toBe(46);
    // Scotland's 14 territorial boards and Wales's 7.
    expect(count("health board")).toBe(21);
    expect(count("health and social care trust")).toBe(5);
  });
});
