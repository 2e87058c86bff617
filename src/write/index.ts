export { type CsvCell, formatCsv } from "./formatCsv.js";
export { renderCsvOutputs } from "./renderCsvOutputs.js";
export { authorityColumns, statusColumn, toAuthorityRows } from "./toAuthorityRows.js";
export { toQualityRows } from "./toQualityRows.js";
export { toValueRows } from "./toValueRows.js";
export { writeOutputsAtomically } from "./writeOutputsAtomically.js";
