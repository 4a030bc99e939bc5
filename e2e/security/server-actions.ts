import fs from "node:fs";
import path from "node:path";

/** The ids of the built app's server actions, by exported name (`.next` is the build the app serves). */
export function serverActions(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string; filename: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, a]) => [a.exportedName, { id, page: Object.keys(a.workers)[0] }]));
}

/** React's reply encoding escapes strings that start with `$` (they would be references). */
export function encodeReply(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}
