// ESLint for the participant page (a browser script, no modules) and the
// browser test driver (Node). `npm run lint` in this folder; CI runs it.
import js from "@eslint/js";
import globals from "globals";

const strictness = {
  eqeqeq: "error",
  "no-var": "error",
  "prefer-const": "error",
  "no-implicit-globals": "error",
  "no-unused-vars": ["error", { args: "after-used" }],
  "no-eval": "error",
  "no-implied-eval": "error",
  "no-new-func": "error",
};

export default [
  { ignores: ["node_modules/"] },
  js.configs.recommended,
  {
    files: ["page.js"],
    languageOptions: { sourceType: "script", ecmaVersion: 2022, globals: globals.browser },
    rules: {
      ...strictness,
      strict: ["error", "global"],
      // Text only, never markup.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Set text with textContent." },
        { property: "outerHTML", message: "Set text with textContent." },
        { object: "document", property: "write", message: "Build elements instead." },
      ],
    },
  },
  {
    files: ["test/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { sourceType: "module", ecmaVersion: 2022, globals: globals.node },
    rules: strictness,
  },
];
