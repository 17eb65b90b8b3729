// Runs in dist/r/<outcome>-<lang>.html, a shared result's page (written by tools/post-build.mjs for its
// preview card): opens the widget with the shared answers, the fragment kept as it came. The page's
// language goes along when the fragment does not say one, so the result opens in its card's language.
// `replace`, so Back returns to where the reader clicked the link, not to this page.
const answers = location.hash.slice(1);
const lang = /(?:^|&)lang=/.test(answers) ? "" : `lang=${document.documentElement.lang}`;
location.replace(new URL(`../index.html#${[answers, lang].filter(Boolean).join("&")}`, location.href));
