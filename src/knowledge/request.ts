import { join } from "node:path";
import { type Request, RequestSchema } from "../domain/request.js";
import { loadJson, withoutComments } from "./files.js";

export const DEFAULT_REQUEST_FILE = "request-heading-back-to-harm-2015.json";

export function loadRequest(path: string): Request {
  return loadJson(path, RequestSchema, withoutComments);
}

export function defaultRequestPath(dir: string): string {
  return join(dir, DEFAULT_REQUEST_FILE);
}
