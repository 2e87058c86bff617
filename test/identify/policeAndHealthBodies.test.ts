import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { identifySender } from "../../src/identify/identifySender.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { defaultRequestPath } from "../../src/knowledge/request.js";
import { index, knowledge } from "./realIndex.js";

/**
 * Rounds are sent to police forces, health boards and NHS trusts too, and
 * their replies come back in the same folder. Their letterheads carry a town
 * ("Information Management - Dundee"), and their letters name the councils
 * of their area: neither makes the reply a council's.
 */
const identifyLetter = (file: string, ...lines: string[]) =>
  identifyAuthority({
    file,
    manifestCode: null,
    contentTexts: lines.map((text, i) => ({ text, cell: `line ${i + 1}` })),
    index,
  });

const body = [
  "Dear Requester",
  "I refer to your recent request for information about children who went missing from care.",
  "In terms of section 17 of the Act, this letter represents a formal notice that information is not held.",
  "Yours sincerely",
];

describe("a police force's reply", () => {
  it("Police Scotland above its Dundee office is Police Scotland's, not Dundee City's", () => {
    const result = identifyLetter(
      "IM-FOI-2015-2231.txt",
      "POLICE SCOTLAND",
      "Information Management - Dundee",
      ...body,
      "Information Management - Dundee",
    );
    expect(result.match).toBeNull();
    expect(result.outside).toEqual({ name: "Police Scotland", body: "a police force" });
    expect(result.issues.map((i) => i.code)).toEqual(["authority_outside_round"]);
  });

  it("the office's town above the force's name does not outweigh it", () => {
    const result = identifyLetter(
      "IM-FOI-2015-2231.txt",
      "Information Management - Dundee",
      "Police Scotland",
      ...body,
    );
    expect(result.match).toBeNull();
    expect(result.outside?.name).toBe("Police Scotland");
  });

  it("a letter signed by the force, whose only place is its office's town, is the force's", () => {
    const result = identifyLetter(
      "IM-FOI-2015-2231.txt",
      "Information Management - Dundee",
      "Our reference: IM-FOI-2015-2231",
      ...body,
      "Disclosure Officer",
      "Police Scotland",
    );
    expect(result.match).toBeNull();
    expect(result.outside?.name).toBe("Police Scotland");
  });

  it.each([
    ["one council of its area", "(Middlesbrough)"],
    ["the councils of its area", "(Hartlepool, Middlesbrough, Redcar and Cleveland, and Stockton-on-Tees)"],
  ])("a force's letter naming %s is the force's", (_, councils) => {
    const result = identifyLetter(
      "1132-15 response.txt",
      "Freedom of Information Request Reference No: 1132/15",
      "We have now had the opportunity to fully consider your request.",
      "You asked about looked after children who went missing.",
      "Dear Requester",
      "Thank you for your request.",
      "Please see our response below.",
      `Cleveland Police does not hold this information. The care of looked after children is the responsibility of the local authority children's services departments ${councils}, who may be able to assist you.`,
      "In the period we recorded 4 missing person reports for children in care.",
      "Freedom of Information Unit",
    );
    expect(result.match).toBeNull();
    expect(result.outside).toEqual({ name: "Cleveland Police", body: "a police force" });
  });

  it("a council's own letter that mentions the force is still the council's", () => {
    const result = identifyLetter(
      "reply.txt",
      "Middlesbrough Council",
      ...body,
      "Episodes are reported to Cleveland Police.",
    );
    expect(result.match?.code).toBe("E06000002");
  });

  it("an e-mail from the force's office is not from the council of its town", () => {
    const verdict = identifySender(
      {
        email: "reply.eml",
        from: "Police Scotland Information Management Dundee <foi@scotland.police.uk>",
        address: "foi@scotland.police.uk",
        displayName: "Police Scotland Information Management Dundee",
        signature: ["Disclosure Officer", "Information Management - Dundee"],
      },
      index,
      knowledge.domains,
    );
    expect(verdict.match).toBeNull();
  });
});

describe("a health board's and an NHS trust's reply", () => {
  it.each([
    ["NHS Tayside", ["NHS Tayside", "Kings Cross, Clepington Road, Dundee DD3 8EA"]],
    ["NHS Tayside", ["Kings Cross, Clepington Road, Dundee DD3 8EA", "NHS Tayside"]],
    ["NHS Greater Glasgow and Clyde", ["NHS Greater Glasgow & Clyde", "PO Box 15329, Glasgow G3 8YZ"]],
    ["Hywel Dda University Health Board", ["Hywel Dda University Health Board", "Carmarthenshire"]],
  ])("%s's letter is the health board's", (name, head) => {
    const result = identifyLetter("FOI 1234 response.txt", ...head, ...body);
    expect(result.match).toBeNull();
    expect(result.outside).toEqual({ name, body: "a health board" });
  });

  it("an NHS foundation trust is told as one", () => {
    const result = identifyLetter(
      "FOI 1234 response.txt",
      "Tees Esk and Wear Valleys NHS Foundation Trust",
      "West Park Hospital, Edward Pease Way, Darlington",
      ...body,
    );
    expect(result.match).toBeNull();
    expect(result.outside?.body).toBe("an NHS foundation trust");
  });

  it("an integrated care board written as ICB is one", () => {
    const result = identifyLetter("FOI 1234 response.txt", "Frimley ICB", "King Edward VII Hospital, Windsor", ...body);
    expect(result.match).toBeNull();
    expect(result.outside?.body).toBe("an integrated care board");
  });
});

describe("a council the round's authority replaced", () => {
  it("named as the source of old figures, it is history, not a body that outweighs the place", () => {
    const dir = mkdtempSync(join(tmpdir(), "foi-agg-round-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const request = join(dir, "request.json");
    const base = JSON.parse(readFileSync(defaultRequestPath(KNOWLEDGE_DIR), "utf8")) as Record<string, unknown>;
    writeFileSync(
      request,
      JSON.stringify({ ...base, authorities: { list: "uk-local-authorities", asAt: "2024-04-30" } }),
    );
    const k = loadKnowledge({ request });
    const result = identifyAuthority({
      file: "FOI 5567 data.csv",
      manifestCode: null,
      contentTexts: [
        { text: "Measure", cell: "A1" },
        { text: "Number of children becoming subject of a CP plan", cell: "A2" },
        { text: "Number of CP plans started", cell: "A8" },
        {
          text: "2022-23 from legacy Cumbria County Council records for the Westmorland and Furness footprint.",
          cell: "A10",
        },
      ],
      index: buildAuthorityIndex(k.authorities, k.aliases, k.outside),
    });
    expect(result.match?.code).toBe("E06000064");
  });
});
