import type { Request } from "../domain/request.js";
import type { Return } from "../domain/returns.js";
import { buildRules } from "./rules.js";

/** Run every cross-field rule on every return; the checks' issues are added to each return. */
export function checkReturns(returns: readonly Return[], request: Request): Return[] {
  const rules = buildRules(request);
  return returns.map((ret) => {
    if (ret.status === "no_return") return ret;
    const found = rules.flatMap((rule) => rule.check(ret, request));
    return found.length === 0 ? ret : { ...ret, issues: [...ret.issues, ...found] };
  });
}
