/**
 * `npm run lint` (with ESLint): no line over 160 characters in any tracked text file, code or
 * Markdown, so every file reads in a side-by-side diff. Generated files are exempt: Prisma
 * migrations and the lock file. Prints each long line as file:line (length) and exits 1.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const MAX_LINE = 160;
const generated = [/^prisma\/migrations\//, /^package-lock\.json$/];
const text = /\.(ts|tsx|js|mjs|cjs|json|md|css|sql|prisma|yml|yaml|txt|sh)$|^\.ci\/run$/;

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
  .split("\n")
  .filter((file) => file && text.test(file) && !generated.some((pattern) => pattern.test(file)) && fs.existsSync(file));

const long: string[] = [];
for (const file of files) {
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.length > MAX_LINE) long.push(`${file}:${index + 1} (${line.length})`);
    });
}
if (long.length > 0) {
  console.error(`${long.length} lines over ${MAX_LINE} characters:\n${long.join("\n")}`);
  process.exit(1);
}
console.log(`No line over ${MAX_LINE} characters in ${files.length} files.`);
