import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { identifyAuthority, isRedirectMention } from "../../src/identify/identifyAuthority.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { defaultRequestPath } from "../../src/knowledge/request.js";
import { index } from "./realIndex.js";

/**
 * Real names of bodies that are not one of the 2015 round's 217 authorities
 * (data/bodies-outside-the-round.csv: mySociety's districts and combined
 * authorities, and PCTs, health boards, trusts, town councils and police
 * forces as WhatDoTheyKnow lists them), and the 217's own names as
 * mySociety/WhatDoTheyKnow spell them (data/authorities-2015-real-names.csv).
 */
const read = <T>(file: string): T[] =>
  parse(readFileSync(new URL(`./data/${file}`, import.meta.url)), { columns: true }) as T[];
const outsideNames = read<{ name: string; kind: string }>("bodies-outside-the-round.csv");
const realNames = read<{ name: string; gss_code: string }>("authorities-2015-real-names.csv");

const identifyLetterhead = (...lines: string[]) =>
  identifyAuthority({
    file: "reply.pdf",
    manifestCode: null,
    contentTexts: lines.map((text, i) => ({ text, cell: `line ${i + 1}` })),
    index,
  });

describe("bodies outside the round", () => {
  it("has the real names it was built from", () => {
    expect(outsideNames.length).toBeGreaterThanOrEqual(277);
    expect(realNames).toHaveLength(217);
  });

  it.each(outsideNames.map((r) => [r.name, r.kind]))("%s (%s) is not attributed to an authority", (name) => {
    const result = identifyLetterhead(name, "Freedom of Information response");
    expect(result.match).toBeNull();
    // Named as an outside body where a name is known; a name with no place in it names nobody.
    expect(result.issues.map((i) => i.code)).toEqual([
      result.outside ? "authority_outside_round" : "authority_unidentified",
    ]);
  });

  it.each(realNames.map((r) => [r.name, r.gss_code]))("%s still resolves to %s", (name, code) => {
    expect(identifyLetterhead(name, "Freedom of Information response").match?.code).toBe(code);
  });

  it.each([
    ["Derbyshire Dales District Council", "Derbyshire Dales District Council (a district council"],
    ["Bradford and Airedale Teaching PCT", "Bradford and Airedale Teaching PCT (a primary care trust"],
    ["NHS Fife", "NHS Fife (a health board"],
    ["NHS Wirral", "NHS Wirral (an NHS body"],
  ])("a reply headed %s names the body in its issue", (name, said) => {
    const result = identifyLetterhead(
      name,
      "Dear requester,",
      "Derbyshire County Council is the responsible authority.",
    );
    expect(result.match).toBeNull();
    expect(result.outside?.name).toBe(said.split(" (")[0]);
    expect(result.issues[0]?.message).toContain(said);
  });

  it.each([
    ["Kent County Council", "Referrals from Kent Police: 4", "E10000016"],
    ["Bradford Metropolitan District Council", "Children's Services", "E08000032"],
    ["Doncaster Children's Services Trust", "Freedom of Information response", "E08000017"],
    ["Freedom of Information response", "In Kent, the police referred 4 children", "E10000016"],
  ])("%s / %s is still %s", (first, second, code) => {
    expect(identifyLetterhead(first, second).match?.code).toBe(code);
  });
});

/**
 * The 2015 request with another `authorities`, its knowledge loaded, and a
 * one-line letterhead identifier over that round's index.
 */
function roundWith(authorities: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), "foi-agg-round-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const request = join(dir, "request.json");
  const base = JSON.parse(readFileSync(defaultRequestPath(KNOWLEDGE_DIR), "utf8")) as Record<string, unknown>;
  writeFileSync(request, JSON.stringify({ ...base, authorities }));
  const k = loadKnowledge({ request });
  const roundIndex = buildAuthorityIndex(k.authorities, k.aliases, k.outside);
  const identify = (name: string) =>
    identifyAuthority({
      file: "reply.pdf",
      manifestCode: null,
      contentTexts: [{ text: name, cell: "A1" }],
      index: roundIndex,
    });
  return { knowledge: k, identify };
}

describe("a round as at 2024-04-30", () => {
  const { identify: identify2024 } = roundWith({ list: "uk-local-authorities", asAt: "2024-04-30" });

  it.each([
    ["North Northamptonshire Council", "E06000061"],
    ["BCP Council", "E06000058"],
    ["Westmorland and Furness Council", "E06000064"],
    ["North Yorkshire Council", "E06000065"],
    ["Fife Council", "S12000047"],
  ])("%s is %s", (name, code) => {
    expect(identify2024(name).match?.code).toBe(code);
  });

  it.each([
    ["Cumbria County Council", "an authority until 2023-03-31"],
    ["Kettering Borough Council", "a district council"],
  ])("%s is reported as outside the round (%s)", (name, body) => {
    const result = identify2024(name);
    expect(result.match).toBeNull();
    expect(result.outside?.body).toBe(body);
  });

  it("in the 2015 round North Northamptonshire is outside the round", () => {
    expect(identifyLetterhead("North Northamptonshire Council").outside?.body).toBe("an authority from 2021-04-01");
  });
});

describe("a round sent to English and Welsh councils only", () => {
  const { knowledge: k, identify } = roundWith({
    list: "uk-local-authorities",
    asAt: "2024-04-30",
    nations: ["England", "Wales"],
  });

  it("has only those nations' councils", () => {
    expect(new Set(k.authorities.map((a) => a.nation))).toEqual(new Set(["England", "Wales"]));
  });

  it.each([
    ["Fife Council", "a council in Scotland, which this round did not ask"],
    ["Causeway Coast and Glens Borough Council", "a council in Northern Ireland, which this round did not ask"],
  ])("a reply from %s is from outside the round (%s)", (name, body) => {
    const result = identify(name);
    expect(result.match).toBeNull();
    expect(result.outside?.body).toBe(body);
  });

  it("a Welsh council is still in it", () => {
    expect(identify("Cyngor Gwynedd").match?.code).toBe("W06000002");
  });
});

describe("a body outside the round that sends the request to a council", () => {
  it.each([
    ["Please redirect your request to", true],
    ["This area is dealt with by", true],
    ["The relevant authority for children's services is", true],
    ["The responsible authority would be", true],
    ["You may wish to contact", true],
    ["The information is held by", true],
    ["Yours sincerely, Information Governance,", false],
    ["Children placed by", false],
    ["This reply is from", false],
  ])("%j before a council's name redirects to it: %s", (before, redirects) => {
    expect(isRedirectMention(`${before} `)).toBe(redirects);
  });

  // Letters built here, not copied from any round: a district writes, names
  // the county only as where to go, and the county is never taken as the sender.
  it.each([
    [
      [
        "Wealden District Council",
        "Freedom of Information reply",
        "Information not held.",
        "This service is dealt with by Kent County Council.",
      ],
      "Wealden District Council",
    ],
    [
      [
        "Freedom of Information reply",
        "Dear requester,",
        "Information not held.",
        "Tandridge District Council has no children's services; please",
        "redirect your request to Surrey County Council, Woking.",
      ],
      "Tandridge District Council",
    ],
  ])("%j is the district's own reply", (lines, body) => {
    const result = identifyLetterhead(...lines);
    expect(result.match).toBeNull();
    expect(result.outside?.name).toBe(body);
    expect(result.issues.map((i) => i.code)).toEqual(["authority_outside_round"]);
  });

  it("a county's own letter that names a district in passing and itself in a redirect is still the county's", () => {
    const result = identifyLetterhead(
      "Kent County Council",
      "Freedom of Information reply",
      "Children placed by Wealden District Council are not included.",
      "For an internal review please contact Kent County Council.",
    );
    expect(result.match?.code).toBe("E10000016");
  });
});

describe("a body whose name has no authority's place in it, on its letterhead", () => {
  // Written here, in the shape of a request passed on: the body's own name
  // heads the letter and the council that passed it on is named in full below.
  it.each([
    ["Northern Health and Social Care Trust", "a health and social care trust"],
    ["Hywel Dda University Health Board", "a health board"],
    ["British Transport Police", "a police force"],
  ])("%s is the sender, not the council that transferred the request", (name, body) => {
    const result = identifyLetterhead(
      name,
      "Information Governance Department",
      "Dear Requester",
      "Your request was transferred to us by Causeway Coast and Glens Borough Council.",
      "1. Looked after children: 3",
    );
    expect(result.match).toBeNull();
    expect(result.outside).toEqual({ name, body });
  });

  // A spreadsheet's title or column heading in Title Case ends in a body's
  // word too; a body's name has no "to", "by" or "from", nor a count's words.
  it.each([
    ["Missing Episodes Reported To Police"],
    ["Returned By Police"],
    ["Children Missing From Hospital"],
    ["Number Of Children Referred To Trust"],
  ])("a heading %s is no body's name: the council's return is its own", (heading) => {
    const result = identifyAuthority({
      file: "Kent FOI response.xlsx",
      manifestCode: null,
      contentTexts: [
        { text: heading, cell: "A1" },
        { text: "3", cell: "A2" },
      ],
      index,
    });
    expect(result.outside).toBeUndefined();
    expect(result.match?.code).toBe("E10000016");
  });

  it("a body's name below the top line is a service or meeting the council's letter speaks of", () => {
    const result = identifyLetterhead(
      "Children's Services",
      "Corporate Parenting Joint Board",
      "Kent County Council",
      "1. Looked after children: 3",
    );
    expect(result.match?.code).toBe("E10000016");
  });

  it.each([
    ["a sentence that ends in a body's words", "Please contact the Trust"],
    ["a council's own team", "Children's Services"],
  ])("%s is no body's name: the council below is the sender", (_why, line) => {
    const result = identifyLetterhead(line, "Causeway Coast and Glens Borough Council", "1. Looked after children: 3");
    expect(result.match?.code).toBe("N09000004");
  });
});

describe("a district's town in a letterhead's address, and a file name naming the county", () => {
  const identify = (file: string, ...lines: string[]) =>
    identifyAuthority({
      file,
      manifestCode: null,
      contentTexts: lines.map((text, i) => ({ text, cell: `line ${i + 1}` })),
      index,
    });

  // [file name, letterhead's first line, authority taken, or null with the outside body's name]
  it.each<[string, string, string | null]>([
    ["Kent FOI 123 response.pdf", "County Hall, Sessions House, Maidstone", "E10000016"],
    ["Essex reply 2024-17.pdf", "County Hall, Market Road, Chelmsford", "E10000012"],
    // With no council in the file name the town is still all there is to go on.
    ["FOI 123 response.pdf", "County Hall, Sessions House, Maidstone", null],
  ])("%s headed %j → %s", (file, address, code) => {
    const result = identify(file, address, "Reference: FOI-123", "Dear requester,");
    expect(result.match?.code ?? null).toBe(code);
    if (code === null) expect(result.outside).toBeTruthy();
  });
});

describe("a reply that names a council its sender replaced", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });
  const roundIndex = buildAuthorityIndex(k.authorities, k.aliases, k.outside);
  const letter = (...lines: string[]) =>
    identifyAuthority({
      file: "RE_ FOI 21-0567.eml",
      manifestCode: null,
      contentTexts: lines.map((text, i) => ({ text, cell: `line ${i + 1}` })),
      index: roundIndex,
    });

  it("is read as the sender, and the former council's name is flagged", () => {
    const r = letter(
      "Dear Requester,",
      "Thank you for your request received by Bournemouth, Christchurch and Poole Council on 5 January 2022.",
      "1. Looked after children identified as trafficked: 2018 – 6",
      "Information Governance Team",
      "Borough of Poole",
    );
    expect(r.match?.code).toBe("E06000058");
    const flagged = r.issues.filter((i) => i.code === "authority_mismatch");
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.raw).toBe("Borough of Poole");
    expect(flagged[0]?.cell).toBe("line 5");
  });

  it("a reply that names no former council is not flagged", () => {
    const r = letter(
      "Dear Requester,",
      "Thank you for your request received by Bournemouth, Christchurch and Poole Council on 5 January 2022.",
      "Information Governance Team, BCP Council",
    );
    expect(r.match?.code).toBe("E06000058");
    expect(r.issues).toEqual([]);
  });
});
