import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { knowledgeOfSender } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge();
const [first, second] = knowledge.authorities;

describe("knowledgeOfSender", () => {
  it("gives a sender read again, after another sender's file, the knowledge it was first given", () => {
    // A council's e-mail and its attachment may sort apart: the tables compiled for its labels are kept.
    if (!first || !second) throw new Error("the reference lists councils");
    const once = knowledgeOfSender(knowledge, first.gss_code);
    const other = knowledgeOfSender(knowledge, second.gss_code);
    expect(other).not.toBe(once);
    expect(other.labels.ownPlace).not.toBe(once.labels.ownPlace);
    expect(knowledgeOfSender(knowledge, first.gss_code)).toBe(once);
    expect(once.labels.ownPlace).toBeDefined();
  });

  it("reads a file whose sender is not known with the round's knowledge", () => {
    expect(knowledgeOfSender(knowledge, null)).toBe(knowledge);
  });
});
