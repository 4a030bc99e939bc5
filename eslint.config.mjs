import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

const config = [
  ...nextVitals,
  ...nextTs,
  // Next's preset registers the jsx-a11y plugin with a handful of rules; the service must meet
  // WCAG 2.2 AA, so every recommended rule applies (the plugin object is the same, only rules are added).
  { files: ["**/*.{jsx,tsx}"], rules: jsxA11y.flatConfigs.recommended.rules },
  // `_name` marks a value left out on purpose (e.g. dropping a field by destructuring).
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }] } },
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/bare/.next/**"] },
];

export default config;
