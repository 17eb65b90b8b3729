// The site owner's configurator (configure.html): reads the form, writes the snippet, the CSP lines and
// the live preview from one description of the options (`readOptions`), so the three never disagree.
// The widget's own choices (needs, stages, organisations…) come from configure-texts.json, generated
// from the Rust text tables, so they read exactly as the widget says them. No innerHTML anywhere: the
// page runs under the same strict CSP as the widget's own page.
"use strict";

(() => {
  const NBSP = "\u00a0";
  // French typography for the French strings below: a no-break space before : ; ? ! » and after «.
  const french = (text) => text.replace(/ ([:;?!»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`);

  /** The configurator's own words. The widget's words come from configure-texts.json. */
  const TEXTS = {
    en: {
      title: "cto-match: configure the widget for your site",
      heading: "Configure cto-match for your site",
      lead: "Choose how the widget looks and what it presets, see it live, then copy the snippet into your page.",
      pageLanguage: "Language of this page",
      optionsHeading: "Options",
      embedLegend: "How the page embeds it",
      embedElement: "The <cto-match> element",
      embedElementHint: "One script, then a custom element. Recommended; works inside frameworks and shadow roots.",
      embedScript: "A script and a <div>",
      embedScriptHint: "One script, then a div with data- attributes.",
      embedIframe: "An iframe",
      embedIframeHint: "For pages that cannot take scripts: the widget in a frame of its own.",
      baseLegend: "Where the files live",
      baseLabel: "Base URL",
      baseHint: "The folder holding loader.js. By default, this version's folder on the jsDelivr CDN, each script pinned by its integrity hash. To host the files yourself, copy that same folder (dist/, or node_modules/cto-match) to your site and enter its address.",
      langLegend: "Language of the widget",
      langAuto: "The visitor's browser language",
      modeLegend: "Who visits",
      modeCompany: "A company looking for its CTO",
      modeCandidate: "A candidate checking how they fit the role (a recruiting page)",
      presetsLegend: "Presets",
      presetsHint: "Answers filled in for the visitor, who can still change them. Leave empty for none.",
      noPreset: "No preset",
      lookLegend: "Look",
      themeLegend: "Theme",
      themeAuto: "The visitor's preference",
      themeLight: "Light",
      themeDark: "Dark",
      accentOn: "Use my own accent colour",
      accentLabel: "Accent colour",
      accentHint: "Buttons, links and the selected answers. Written on the element as --cto-color-accent; pick one that reads well on light and dark.",
      layoutLegend: "Layout",
      layoutCompact: "Compact (the default)",
      layoutFull: "Full",
      loadingLegend: "Loading",
      loadingLazy: "Lazy (the default)",
      loadingLazyHint: "Its files load when a reader comes near it: a widget far down the page costs nothing until then.",
      loadingEager: "Eager",
      loadingEagerHint: "Its files load at once, for a widget that must be ready when the page opens.",
      ctaLegend: "Call to action",
      ctaHint: "A link under the result. In the address and the label, {type}, {route}, {fit} and {lang} are filled in with the result. Only http(s), mailto and relative addresses are accepted.",
      ctaHref: "Link address",
      ctaLabel: "Link text",
      analyticsLegend: "Analytics",
      datalayerOn: "Push results to a data layer (Google Tag Manager and the like)",
      datalayerHint: "Pushes { event: \"ctomatch_result\", … } and the funnel's steps to window.dataLayer. Nothing is pushed without it.",
      datalayerName: "Name of the array (optional)",
      shareLegend: "Sharing",
      shareLabel: "Page a shared link opens (optional)",
      shareHint: "The answers are added after a #. Without it, a shared link opens the widget's own page in the base URL's folder.",
      frameLegend: "The iframe",
      frameHeight: "Height before it fits, in pixels",
      frameFit: "Fit its height to the widget (adds frame-host.js)",
      frameFitHint: "The frame then grows and shrinks with its content, and each result is dispatched on the iframe as a ctomatch:result event.",
      frameNote: "An iframe carries the language, who visits, the presets and the loading. The look, the call to action, analytics and sharing need the element or the script embed.",
      snippetHeading: "The snippet",
      snippetLabel: "Paste this into your page",
      snippetHint: "The script goes in the page's head (or anywhere before the widget), the widget where it should show.",
      snippetHintFrame: "Paste it where the widget should show.",
      copy: "Copy the snippet",
      copied: "Copied. Paste it into your page.",
      copyRefused: "Your browser did not let this page copy. The snippet is selected: copy it with Ctrl+C (⌘C on a Mac).",
      cspHeading: "If your site has a Content Security Policy",
      cspLabel: "Add these sources to your policy (keep your own)",
      cspScript: "script-src lets the loader and the widget's code run, and 'wasm-unsafe-eval' lets it compile its WebAssembly; style-src lets its stylesheets in; connect-src lets it fetch its .wasm file.",
      cspFrame: "frame-src lets the frame in.",
      cspFrameHost: "script-src lets frame-host.js run.",
      cspStyleAttr: (rule) => `style-src-attr 'unsafe-inline' is only for the snippet's style attribute. If your policy refuses it, leave the attribute out and put this rule in your own stylesheet: ${rule}`,
      hostHeading: "Where to host the files",
      hostText1: "Copy every file of this folder (the release build's dist/) to any static host: your own server, a bucket behind a CDN, GitHub Pages, Netlify. It must serve .wasm files as application/wasm; most do.",
      hostText2: "A WordPress media library will not do: it does not keep the folder together, nor serve .wasm as it should.",
      hostText3: "On another domain than your pages, serve the files with the header Access-Control-Allow-Origin (for example *).",
      previewHeading: "Live preview",
      previewNote: "The real widget, from this folder, with your options. It loads at once here, whatever the loading option.",
      previewNoteFrame: "The real widget, from this folder, as the frame will show it: the language, the presets and who visits. It loads at once here.",
      commentHead: "In the page's <head>, or anywhere before the widget:",
      commentWidget: "Where the widget shows:",
      commentFit: "Fits the frame's height to the widget:",
      textsFailed: "The widget's labels (configure-texts.json) could not be loaded, so the presets cannot be shown. Reload the page; if it goes on, check that the file was copied with the others.",
      baseMissing: "Enter the address of the folder holding loader.js, starting with https://.",
      cdnFrame: "A CDN serves frame.html as plain text: for the iframe embed, host the files on your own site and enter that folder's address.",
      baseNotHttp: (given) => `The base URL must be a web address starting with https:// or http:// (you entered “${given}”). The snippet keeps the last address that could be used.`,
      notWhole: (field, given) => `${field}: “${given}” is not a whole number. It is left out of the snippet.`,
      notANumber: (field) => `${field}: write a whole number in digits. It is left out of the snippet.`,
      range: (field, min, max, given) => `${field}: from ${min} to ${max} (you entered ${given}). It is left out of the snippet.`,
      techAbove: (field, given, headcount) => `${field}: ${given} is more than the ${headcount} people in the whole company. It is left out of the snippet.`,
      urlRefused: (given) => `Only http(s), mailto and relative addresses are accepted (“${given}” is not one). It is left out of the snippet.`,
      shareRefused: (given) => `Only http(s) and relative addresses are accepted (“${given}” is not one). It is left out of the snippet.`,
      arrayName: (given) => `“${given}” cannot name an array: use letters, digits, _ or $, not starting with a digit. The widget's default, dataLayer, is used instead.`,
    },
    fr: {
      title: "cto-match : configurer le widget pour votre site",
      heading: "Configurer cto-match pour votre site",
      lead: "Choisissez l’apparence du widget et ce qu’il préremplit, voyez-le en direct, puis copiez le code dans votre page.",
      pageLanguage: "Langue de cette page",
      optionsHeading: "Options",
      embedLegend: "Comment la page l’intègre",
      embedElement: "L’élément <cto-match>",
      embedElementHint: "Un script, puis un élément personnalisé. Recommandé ; fonctionne dans les frameworks et les shadow roots.",
      embedScript: "Un script et une <div>",
      embedScriptHint: "Un script, puis une div avec des attributs data-.",
      embedIframe: "Une iframe",
      embedIframeHint: "Pour les pages qui n’acceptent pas de script : le widget dans un cadre à lui.",
      baseLegend: "Où sont les fichiers",
      baseLabel: "URL de base",
      baseHint: "Le dossier qui contient loader.js. Par défaut, le dossier de cette version sur le CDN jsDelivr, chaque script verrouillé par son empreinte d’intégrité. Pour héberger les fichiers vous-même, copiez ce même dossier (dist/, ou node_modules/cto-match) sur votre site et indiquez son adresse.",
      langLegend: "Langue du widget",
      langAuto: "Celle du navigateur du visiteur",
      modeLegend: "Qui le consulte",
      modeCompany: "Une entreprise qui cherche son CTO",
      modeCandidate: "Un candidat qui vérifie s’il correspond au poste (une page de recrutement)",
      presetsLegend: "Réponses préremplies",
      presetsHint: "Des réponses déjà données pour le visiteur, qui peut encore les changer. Laissez vide pour n’en mettre aucune.",
      noPreset: "Non prérempli",
      lookLegend: "Apparence",
      themeLegend: "Thème",
      themeAuto: "Selon la préférence du visiteur",
      themeLight: "Clair",
      themeDark: "Sombre",
      accentOn: "Choisir ma couleur d’accent",
      accentLabel: "Couleur d’accent",
      accentHint: "Boutons, liens et réponses choisies. Écrite sur l’élément en --cto-color-accent ; choisissez-en une lisible sur fond clair comme sombre.",
      layoutLegend: "Disposition",
      layoutCompact: "Compacte (par défaut)",
      layoutFull: "Complète",
      loadingLegend: "Chargement",
      loadingLazy: "Différé (par défaut)",
      loadingLazyHint: "Ses fichiers se chargent quand un lecteur en approche : un widget en bas de page ne coûte rien jusque-là.",
      loadingEager: "Immédiat",
      loadingEagerHint: "Ses fichiers se chargent tout de suite, pour un widget qui doit être prêt dès l’ouverture de la page.",
      ctaLegend: "Appel à l’action",
      ctaHint: "Un lien sous le résultat. Dans l’adresse et le texte, {type}, {route}, {fit} et {lang} sont remplacés par le résultat. Seules les adresses http(s), mailto et relatives sont acceptées.",
      ctaHref: "Adresse du lien",
      ctaLabel: "Texte du lien",
      analyticsLegend: "Mesure d’audience",
      datalayerOn: "Envoyer les résultats à une data layer (Google Tag Manager, par exemple)",
      datalayerHint: "Ajoute { event: \"ctomatch_result\", … } et les étapes du parcours à window.dataLayer. Sans cette option, rien n’est envoyé.",
      datalayerName: "Nom du tableau (facultatif)",
      shareLegend: "Partage",
      shareLabel: "Page qu’ouvre un lien partagé (facultatif)",
      shareHint: "Les réponses sont ajoutées après un #. Sans elle, un lien partagé ouvre la page du widget, dans le dossier de l’URL de base.",
      frameLegend: "L’iframe",
      frameHeight: "Hauteur avant ajustement, en pixels",
      frameFit: "Ajuster sa hauteur au widget (ajoute frame-host.js)",
      frameFitHint: "Le cadre s’agrandit et se réduit alors avec son contenu, et chaque résultat est émis sur l’iframe en événement ctomatch:result.",
      frameNote: "Une iframe transmet la langue, le type de visiteur, les réponses préremplies et le chargement. L’apparence, l’appel à l’action, la mesure d’audience et le partage demandent l’élément ou le script.",
      snippetHeading: "Le code à intégrer",
      snippetLabel: "Collez-le dans votre page",
      snippetHint: "Le script va dans le head de la page (ou n’importe où avant le widget), le widget là où il doit s’afficher.",
      snippetHintFrame: "Collez-le là où le widget doit s’afficher.",
      copy: "Copier le code",
      copied: "Copié. Collez-le dans votre page.",
      copyRefused: "Votre navigateur n’a pas permis à cette page de copier. Le code est sélectionné : copiez-le avec Ctrl+C (⌘C sur Mac).",
      cspHeading: "Si votre site a une Content Security Policy",
      cspLabel: "Ajoutez ces sources à votre politique (gardez les vôtres)",
      cspScript: "script-src laisse s’exécuter le chargeur et le code du widget, et 'wasm-unsafe-eval' compiler son WebAssembly ; style-src laisse passer ses feuilles de style ; connect-src lui permet de télécharger son fichier .wasm.",
      cspFrame: "frame-src laisse passer le cadre.",
      cspFrameHost: "script-src laisse s’exécuter frame-host.js.",
      cspStyleAttr: (rule) => `style-src-attr 'unsafe-inline' ne sert qu’à l’attribut style du code. Si votre politique le refuse, retirez l’attribut et mettez cette règle dans votre propre feuille de style : ${rule}`,
      hostHeading: "Où héberger les fichiers",
      hostText1: "Copiez tous les fichiers de ce dossier (le dist/ de la version de production) sur n’importe quel hébergement statique : votre serveur, un bucket derrière un CDN, GitHub Pages, Netlify. Il doit servir les fichiers .wasm en application/wasm ; c’est le cas de la plupart.",
      hostText2: "La médiathèque de WordPress ne convient pas : elle ne garde pas les fichiers ensemble dans un dossier et ne sert pas le .wasm comme il faut.",
      hostText3: "Sur un autre domaine que vos pages, servez les fichiers avec l’en-tête Access-Control-Allow-Origin (par exemple *).",
      previewHeading: "Aperçu en direct",
      previewNote: "Le vrai widget, chargé depuis ce dossier, avec vos options. Ici, il se charge tout de suite, quel que soit le chargement choisi.",
      previewNoteFrame: "Le vrai widget, chargé depuis ce dossier, tel que le cadre l’affichera : la langue, les réponses préremplies et le type de visiteur. Ici, il se charge tout de suite.",
      commentHead: "Dans le <head> de la page, ou n’importe où avant le widget :",
      commentWidget: "Là où le widget s’affiche :",
      commentFit: "Ajuste la hauteur du cadre au widget :",
      textsFailed: "Les libellés du widget (configure-texts.json) n’ont pas pu être chargés : les réponses préremplies ne peuvent pas s’afficher. Rechargez la page ; si cela continue, vérifiez que le fichier a été copié avec les autres.",
      baseMissing: "Indiquez l’adresse du dossier qui contient loader.js, commençant par https://.",
      cdnFrame: "Un CDN sert frame.html comme du texte brut : pour l’intégration en iframe, hébergez les fichiers sur votre propre site et indiquez l’adresse de ce dossier.",
      baseNotHttp: (given) => `L’URL de base doit être une adresse web commençant par https:// ou http:// (vous avez indiqué « ${given} »). Le code garde la dernière adresse utilisable.`,
      notWhole: (field, given) => `${field} : « ${given} » n’est pas un nombre entier. Il n’est pas repris dans le code.`,
      notANumber: (field) => `${field} : écrivez un nombre entier, en chiffres. Il n’est pas repris dans le code.`,
      range: (field, min, max, given) => `${field} : de ${min} à ${max} (vous avez indiqué ${given}). Il n’est pas repris dans le code.`,
      techAbove: (field, given, headcount) => `${field} : ${given}, c’est plus que les ${headcount} personnes de toute l’entreprise. Il n’est pas repris dans le code.`,
      urlRefused: (given) => `Seules les adresses http(s), mailto et relatives sont acceptées (« ${given} » n’en est pas une). Elle n’est pas reprise dans le code.`,
      shareRefused: (given) => `Seules les adresses http(s) et relatives sont acceptées (« ${given} » n’en est pas une). Elle n’est pas reprise dans le code.`,
      arrayName: (given) => `« ${given} » ne peut pas nommer un tableau : utilisez des lettres, des chiffres, _ ou $, sans chiffre au début. Le nom par défaut du widget, dataLayer, est utilisé à la place.`,
    },
  };
  for (const [key, value] of Object.entries(TEXTS.fr)) {
    TEXTS.fr[key] = typeof value === "function" ? (...args) => french(value(...args)) : french(value);
  }

  const $ = (id) => document.getElementById(id);
  const form = $("cfg-form");
  const PRESET_CHOICES = ["stage", "org", "software", "cto"];
  // Until the package's version is read: the folder this page is served from.
  const DEFAULT_BASE = new URL(".", location.href).href;
  // The package's versioned folder on a public npm CDN (jsDelivr serves every published version's files).
  const CDN = (version) => `https://cdn.jsdelivr.net/npm/cto-match@${version}/`;

  let uiLang = (navigator.language || "en").toLowerCase().startsWith("fr") ? "fr" : "en";
  let widgetTexts = null; // configure-texts.json, once fetched
  let base = DEFAULT_BASE; // the last base URL that could be used
  let snippetFor = ""; // the options the snippet was last written for, to leave the copy status alone otherwise
  let pinned = null; // { base, hashes }: the versioned CDN folder, and the files' integrity (integrity.json)

  const t = () => TEXTS[uiLang];

  // ---- Building the preset choices from the widget's own labels ------------------------------------

  /** A radio or checkbox with its label; `wlabel` names its widget label for relabelling. */
  function choice(type, name, value, id, checked) {
    const row = document.createElement("div");
    row.className = "cfg-choice";
    const input = document.createElement("input");
    input.type = type;
    input.name = name;
    input.value = value;
    input.id = id;
    input.checked = checked;
    const label = document.createElement("label");
    label.htmlFor = id;
    row.append(input, label);
    return { row, label };
  }

  function fieldset(className, legendKey) {
    const set = document.createElement("fieldset");
    set.className = className;
    const legend = document.createElement("legend");
    legend.dataset.w = legendKey;
    set.append(legend);
    return set;
  }

  /** Builds the stage, org, software and cto radios and the grouped need checkboxes, once. */
  function buildChoices(texts) {
    const holder = $("cfg-choices");
    const labels = []; // [label element, (lang texts) => string]
    for (const name of PRESET_CHOICES) {
      const set = fieldset("cfg-subgroup", `${name}_legend`);
      const row = document.createElement("div");
      row.className = "cfg-row";
      const none = choice("radio", name, "", `${name}-none`, true);
      labels.push([none.label, () => t().noPreset]);
      row.append(none.row);
      texts.en[name].forEach(([id], index) => {
        const item = choice("radio", name, id, `${name}-${id}`, false);
        labels.push([item.label, (w) => w[name][index][1]]);
        row.append(item.row);
      });
      set.append(row);
      holder.append(set);
    }
    const needs = fieldset("cfg-subgroup", "needs_legend");
    texts.en.need_groups.forEach((group, g) => {
      const set = document.createElement("fieldset");
      set.className = "cfg-needs";
      const legend = document.createElement("legend");
      labels.push([legend, (w) => w.need_groups[g].label]);
      set.append(legend);
      group.needs.forEach(([id], n) => {
        const item = choice("checkbox", "needs", id, `need-${id}`, false);
        labels.push([item.label, (w) => w.need_groups[g].needs[n][1]]);
        set.append(item.row);
      });
      needs.append(set);
    });
    holder.append(needs);
    return labels;
  }

  let choiceLabels = [];

  // ---- Texts --------------------------------------------------------------------------------------

  function applyTexts() {
    const words = t();
    document.documentElement.lang = uiLang;
    document.title = words.title;
    for (const el of document.querySelectorAll("[data-t]")) el.textContent = words[el.dataset.t];
    for (const button of document.querySelectorAll("[data-page-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset.pageLang === uiLang));
    }
    if (widgetTexts) {
      const w = widgetTexts[uiLang];
      for (const el of document.querySelectorAll("[data-w]")) el.textContent = w[el.dataset.w];
      for (const [label, text] of choiceLabels) label.textContent = text(w);
    }
  }

  // ---- Reading the options ------------------------------------------------------------------------

  const radio = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value ?? "";

  /** Shows `message` under `input` (or clears it), tied to it for assistive technology. */
  function say(input, message) {
    const box = $(`${input.id}-error`);
    box.textContent = message ?? "";
    box.hidden = !message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }

  const fieldName = (input) => document.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.name;

  /** A whole number within bounds from a number input, or null (said in words when it is not one). */
  function wholeNumber(input, min, max) {
    const raw = input.value.trim();
    if (input.validity.badInput) {
      say(input, t().notANumber(fieldName(input)));
      return null;
    }
    if (raw === "") {
      say(input, null);
      return null;
    }
    if (!/^\d+$/.test(raw)) {
      say(input, /^-\d+$/.test(raw) ? t().range(fieldName(input), min, max, raw) : t().notWhole(fieldName(input), raw));
      return null;
    }
    const n = Number(raw);
    if (n < min || n > max) {
      say(input, t().range(fieldName(input), min, max, raw));
      return null;
    }
    say(input, null);
    return n;
  }

  /** The folder of loader.js as an absolute http(s) URL ending in "/", or an error in words. */
  function readBase(raw) {
    const text = raw.trim();
    if (!text) return { error: t().baseMissing };
    let url;
    try {
      url = new URL(text);
    } catch {
      return { error: t().baseNotHttp(text) };
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return { error: t().baseNotHttp(text) };
    url.search = "";
    url.hash = "";
    // A pasted file address (…/loader.js, …/index.html) means its folder.
    if (!url.pathname.endsWith("/")) url.pathname = /\.[a-z]+$/i.test(url.pathname) ? url.pathname.replace(/[^/]*$/, "") : `${url.pathname}/`;
    return { value: url.href };
  }

  const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

  /** An address the widget accepts: http(s), mailto (when `mail`), or relative. */
  function safeAddress(input, mail, refused) {
    const raw = input.value.trim();
    if (!raw) {
      say(input, null);
      return "";
    }
    const scheme = raw.match(SCHEME)?.[0].toLowerCase();
    const ok = !scheme || scheme === "http:" || scheme === "https:" || (mail && scheme === "mailto:");
    // Control characters and a leading "//" elsewhere would make a "relative" address leave the site's scheme rules.
    if (!ok || /[\u0000-\u001f\u007f]/.test(raw)) {
      say(input, refused(raw));
      return "";
    }
    say(input, null);
    return raw;
  }

  /** Everything the snippet, the CSP lines and the preview are made from. */
  function readOptions() {
    const baseInput = $("cfg-base");
    const found = readBase(baseInput.value);
    say(baseInput, found.error);
    if (found.value) base = found.value;
    // A CDN serves frame.html as plain text: the iframe embed needs the files on the site itself.
    if (!found.error && radio("embed") === "iframe" && base === pinned?.base) say(baseInput, t().cdnFrame);

    const headcount = wholeNumber($("cfg-headcount"), 1, 1000000);
    let tech = wholeNumber($("cfg-tech"), 0, 1000000);
    if (tech !== null && headcount !== null && tech > headcount) {
      say($("cfg-tech"), t().techAbove(fieldName($("cfg-tech")), tech, headcount));
      tech = null;
    }
    const presets = { headcount, tech };
    for (const name of PRESET_CHOICES) presets[name] = radio(name) || null;
    const needs = [...form.querySelectorAll('input[name="needs"]:checked')].map((input) => input.value);

    const accentOn = $("cfg-accent-on").checked;
    $("cfg-accent").disabled = !accentOn;
    const datalayerOn = $("cfg-datalayer").checked;
    const nameInput = $("cfg-datalayer-name");
    nameInput.disabled = !datalayerOn;
    let datalayer = null;
    if (datalayerOn) {
      const name = nameInput.value.trim();
      const valid = !name || /^[A-Za-z_$][\w$]*$/.test(name);
      say(nameInput, valid ? null : t().arrayName(name));
      datalayer = valid ? name : "";
    } else {
      say(nameInput, null);
    }

    return {
      embed: radio("embed") || "element",
      base,
      lang: radio("lang"),
      mode: radio("mode"),
      ...presets,
      needs,
      theme: radio("theme"),
      accent: accentOn ? $("cfg-accent").value : null,
      layout: radio("layout"),
      loading: radio("loading"),
      ctaHref: safeAddress($("cfg-cta-href"), true, t().urlRefused),
      ctaLabel: $("cfg-cta-label").value.trim(),
      datalayer,
      shareUrl: safeAddress($("cfg-share-url"), false, t().shareRefused),
      height: wholeNumber($("cfg-height"), 200, 5000) ?? 1900,
      fit: $("cfg-fit").checked,
    };
  }

  // ---- From options to attributes, snippet and policy ---------------------------------------------

  /** The widget's attributes for these options, in the contract's names, `null` for a bare attribute. */
  function attributes(o, { frame = false } = {}) {
    const list = [];
    if (o.lang) list.push(["lang", o.lang]);
    if (o.mode) list.push(["mode", o.mode]);
    for (const name of ["headcount", "tech", ...PRESET_CHOICES]) {
      if (o[name] !== null) list.push([name, String(o[name])]);
    }
    if (o.needs.length) list.push(["needs", o.needs.join(",")]);
    if (frame) return list;
    if (o.theme) list.push(["theme", o.theme]);
    if (o.layout) list.push(["layout", o.layout]);
    if (o.loading) list.push(["loading", o.loading]);
    if (o.ctaHref) list.push(["cta-href", o.ctaHref]);
    if (o.ctaLabel) list.push(["cta-label", o.ctaLabel]);
    if (o.datalayer !== null) list.push(["datalayer", o.datalayer || null]);
    if (o.shareUrl) list.push(["share-url", o.shareUrl]);
    return list;
  }

  /** frame.html's fragment, in the order the widget writes it. */
  function fragment(o) {
    const byName = new Map(attributes(o, { frame: true }));
    const order = ["headcount", "tech", "stage", "org", "software", "cto", "needs", "mode", "lang"];
    return order.filter((name) => byName.has(name)).map((name) => `${name}=${encodeURIComponent(byName.get(name)).replace(/%2C/g, ",")}`).join("&");
  }

  const escapeAttr = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const comment = (text) => `<!-- ${text.replace(/--/g, "- -")} -->`;
  const widgetTitle = (o) => widgetTexts?.[o.lang || uiLang]?.title ?? "cto-match";
  const FRAME_STYLE = "width:100%;border:0";
  const accentStyle = (o) => `--cto-color-accent: ${o.accent}`;

  /** `integrity` and `crossorigin` for `file` when the snippet loads this very version from the CDN. */
  const sri = (o, file) => (o.base === pinned?.base && pinned.hashes[file] ? ` integrity="${pinned.hashes[file]}" crossorigin="anonymous"` : "");

  function snippet(o) {
    const words = t();
    if (o.embed === "iframe") {
      const hash = fragment(o);
      const src = `${o.base}frame.html${hash ? `#${hash}` : ""}`;
      const lazy = o.loading === "eager" ? "" : ' loading="lazy"';
      const lines = [
        `<iframe data-cto-match-frame src="${escapeAttr(src)}" title="${escapeAttr(widgetTitle(o))}"${lazy} style="${FRAME_STYLE}" height="${o.height}"></iframe>`,
      ];
      if (o.fit) lines.push(comment(words.commentFit), `<script src="${escapeAttr(`${o.base}frame-host.js`)}"${sri(o, "frame-host.js")}></script>`);
      return lines.join("\n");
    }
    const element = o.embed === "element";
    const prefix = element ? "" : "data-";
    const attrs = attributes(o).map(([name, value]) => (value === null ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeAttr(value)}"`));
    if (o.accent) attrs.push(` style="${escapeAttr(accentStyle(o))}"`);
    const tag = element ? "cto-match" : "div";
    const open = `<${tag}${element ? "" : " data-cto-match"}${attrs.join("")}>`;
    const fallback = `<a href="${escapeAttr(o.base)}">${escapeText(widgetTitle(o))}</a>`;
    return [
      comment(words.commentHead),
      `<script src="${escapeAttr(`${o.base}loader.js`)}"${sri(o, "loader.js")}></script>`,
      "",
      comment(words.commentWidget),
      `${open}`,
      `  ${fallback}`,
      `</${tag}>`,
    ].join("\n");
  }

  /** The CSP header line a strict host needs for these options, and what each part is for. */
  function policy(o) {
    const origin = new URL(o.base).origin;
    const words = t();
    if (o.embed === "iframe") {
      const parts = [`frame-src 'self' ${origin}`];
      const notes = [words.cspFrame];
      if (o.fit) {
        parts.push(`script-src 'self' ${origin}`);
        notes.push(words.cspFrameHost);
      }
      parts.push("style-src-attr 'unsafe-inline'");
      notes.push(words.cspStyleAttr(`iframe[data-cto-match-frame] { width: 100%; border: 0; }`));
      return { line: `Content-Security-Policy: ${parts.join("; ")}`, notes };
    }
    const parts = [`script-src 'self' ${origin} 'wasm-unsafe-eval'`, `style-src 'self' ${origin}`, `connect-src 'self' ${origin}`];
    const notes = [words.cspScript];
    if (o.accent) {
      parts.push("style-src-attr 'unsafe-inline'");
      const selector = o.embed === "element" ? "cto-match" : "[data-cto-match]";
      notes.push(words.cspStyleAttr(`${selector} { ${accentStyle(o)}; }`));
    }
    return { line: `Content-Security-Policy: ${parts.join("; ")}`, notes };
  }

  // ---- The live preview ---------------------------------------------------------------------------

  const PREVIEW_NAMES = ["lang", "mode", "headcount", "tech", ...PRESET_CHOICES, "needs", "theme", "layout", "loading", "cta-href", "cta-label", "datalayer", "share-url"];
  let preview = null;

  /** The real widget, in place: the same element as long as the embed kind stays, its attributes updated. */
  function showPreview(o) {
    const kind = o.embed === "script" ? "div" : "cto-match";
    if (!preview || preview.localName !== kind) {
      preview?.remove();
      preview = document.createElement(kind);
      if (kind === "div") preview.setAttribute("data-cto-match", "");
      $("cfg-preview").append(preview);
    }
    const prefix = kind === "div" ? "data-" : "";
    const wanted = new Map(attributes(o, { frame: o.embed === "iframe" }));
    // Always eager here: the preview is what the page is for.
    wanted.set("loading", "eager");
    for (const name of PREVIEW_NAMES) {
      if (wanted.has(name)) preview.setAttribute(prefix + name, wanted.get(name) ?? "");
      else preview.removeAttribute(prefix + name);
    }
    // CSSOM, not a style attribute: allowed under this page's CSP.
    if (o.accent && o.embed !== "iframe") preview.style.setProperty("--cto-color-accent", o.accent);
    else preview.style.removeProperty("--cto-color-accent");
  }

  // ---- Putting it together ------------------------------------------------------------------------

  function update() {
    const o = readOptions();
    const frame = o.embed === "iframe";
    for (const set of form.querySelectorAll("[data-not-iframe]")) set.disabled = frame;
    for (const set of form.querySelectorAll("[data-only-iframe]")) set.hidden = !frame;
    $("cfg-snippet-hint").textContent = frame ? t().snippetHintFrame : t().snippetHint;
    $("cfg-preview-note").textContent = frame ? t().previewNoteFrame : t().previewNote;

    const text = snippet(o);
    const snippetBox = $("cfg-snippet");
    snippetBox.value = text;
    snippetBox.rows = Math.min(14, text.split("\n").length + 1);
    if (text !== snippetFor) {
      snippetFor = text;
      $("cfg-copy-status").textContent = "";
    }
    const { line, notes } = policy(o);
    $("cfg-csp").value = line;
    const notesBox = $("cfg-csp-notes");
    notesBox.replaceChildren(...notes.map((note) => {
      const p = document.createElement("p");
      p.className = "cfg-hint";
      p.textContent = note;
      return p;
    }));
    showPreview(o);
  }

  async function copySnippet() {
    const box = $("cfg-snippet");
    const status = $("cfg-copy-status");
    status.textContent = "";
    try {
      await navigator.clipboard.writeText(box.value);
      status.textContent = t().copied;
    } catch {
      box.focus();
      box.select();
      status.textContent = t().copyRefused;
    }
  }

  function setUiLang(lang) {
    uiLang = lang;
    applyTexts();
    update();
  }

  async function start() {
    $("cfg-base").value = DEFAULT_BASE;
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    $("cfg-copy").addEventListener("click", copySnippet);
    for (const button of document.querySelectorAll("[data-page-lang]")) {
      button.addEventListener("click", () => setUiLang(button.dataset.pageLang));
    }
    applyTexts();
    // The default: this version's folder on the CDN, each script pinned by its hash. Without the
    // package's files beside this page, the default stays this page's own folder.
    try {
      const [pkg, hashes] = await Promise.all(["package.json", "integrity.json"].map(async (file) => {
        const answer = await fetch(file);
        if (!answer.ok) throw new Error(`${file}: HTTP ${answer.status}`);
        return answer.json();
      }));
      pinned = { base: CDN(pkg.version), hashes };
      if ($("cfg-base").value === DEFAULT_BASE) $("cfg-base").value = pinned.base;
    } catch (error) {
      console.warn("cto-match configurator: the package's version", error);
    }
    try {
      const answer = await fetch("configure-texts.json");
      if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
      widgetTexts = await answer.json();
      choiceLabels = buildChoices(widgetTexts);
    } catch (error) {
      console.warn("cto-match configurator: configure-texts.json", error);
      const message = document.createElement("p");
      message.className = "cfg-error";
      message.setAttribute("role", "alert");
      message.textContent = t().textsFailed;
      $("cfg-choices").append(message);
    }
    applyTexts();
    update();
    document.documentElement.dataset.ready = "";
  }

  start();
})();
