import { describe, expect, it } from "vitest";
import type { SenderEvidence } from "../../src/domain/container.js";
import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { identifySender } from "../../src/identify/identifySender.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

const knowledge = loadKnowledge();
const index = buildAuthorityIndex(knowledge.authorities, knowledge.aliases);
const evidence = (over: Partial<SenderEvidence>): SenderEvidence => ({
  email: "reply.eml",
  from: "",
  address: "",
  displayName: "",
  signature: [],
  ...over,
});

describe("identifySender", () => {
  it.each([
    ["a .gov.uk domain that is the name", { address: "foi@devon.gov.uk" }, "E10000008"],
    ["a subdomain of a listed domain", { address: "foi@mail.hants.gov.uk" }, "E10000014"],
    ["a listed domain (authority-domains.json)", { address: "foi@rbkc.gov.uk" }, "E09000020"],
    ["a hyphenated name", { address: "foi@bracknell-forest.gov.uk" }, "E06000036"],
    ["the display name alone", { address: "jane@gmail.com", displayName: "Kent County Council" }, "E10000016"],
    [
      "a council named in the signature",
      { signature: ["Regards,", "Information Governance", "Kent County Council"] },
      "E10000016",
    ],
    [
      "all three agreeing",
      { address: "foi@kent.gov.uk", displayName: "Kent FOI", signature: ["Kent County Council"] },
      "E10000016",
    ],
  ])("finds the sender from %s", (_, over, code) => {
    expect(identifySender(evidence(over), index, knowledge.domains).match?.code).toBe(code);
  });

  it.each([
    ["a private address and no names", { address: "someone@gmail.com" }],
    ["a bare place in the signature (an address line)", { signature: ["County Hall, Maidstone, Kent"] }],
    ["a domain that only contains a name", { address: "foi@southkent.gov.uk" }],
    ["a non-public domain", { address: "info@kent.com" }],
  ])("finds no sender from %s", (_, over) => {
    expect(identifySender(evidence(over), index, knowledge.domains).match).toBeNull();
  });

  it("chooses nobody when the evidence disagrees, and says why", () => {
    const verdict = identifySender(
      evidence({ address: "foi@devon.gov.uk", signature: ["Kent County Council"] }),
      index,
      knowledge.domains,
    );
    expect(verdict.match).toBeNull();
    expect(verdict.decisions[0]).toContain("sender is unclear");
  });

  it("authority-domains.json names only authorities in the reference list", () => {
    const unknown = Object.entries(knowledge.domains.domains).filter(([, code]) => !index.byCode.has(code));
    expect(unknown).toEqual([]);
  });
});
