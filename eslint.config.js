// ESLint for the site's own browser scripts (run by `make test`; versions pinned in package.json).
const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  { ignores: [".venv/", ".venv-properdocs/", ".venv-zensical/", "site/", "site-example/", "pdf-example/", "build/", "node_modules/"] },
  js.configs.recommended,
  {
    files: ["docs/assets/**/*.js", "overrides/**/*.js"],
    languageOptions: { ecmaVersion: 2020, sourceType: "script", globals: globals.browser },
  },
  {
    // Imported with Pagefind when the search box is first used (docs/assets/search.js).
    files: ["docs/assets/search-results.js", "docs/assets/search-query.js"],
    languageOptions: { sourceType: "module" },
  },
  {
    files: ["eslint.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
];
