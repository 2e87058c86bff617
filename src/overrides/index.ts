export { applyOverrides } from "./applyOverrides.js";
export {
  OVERRIDE_COLUMNS,
  OVERRIDE_STATUSES,
  type Override,
  type OverrideRow,
  OverrideRowSchema,
  type OverrideStatus,
} from "./overrideSchema.js";
export { type OverrideKnowledge, parseOverrides, suggestAuthority } from "./parseOverrides.js";
