//! What the host-side scripts say (web/: the loaders' placeholder and failure messages, crash.js),
//! in each language. The scripts run before, or without, the wasm, so they carry these strings in
//! `web/host-texts.json`; a test holds that file to this table, so both stay one text.

use super::super::profile::Lang;

table! {
    /// The host-side scripts' words.
    #[derive(Debug)]
    pub struct HostTexts {
        /// The placeholder's accessible name while the files come.
        pub loading: &'static str,
        /// Shown under the placeholder when the files take long to come.
        pub stalled: &'static str,
        /// The files did not come (offline, a network error, a refused integrity check).
        pub failed: &'static str,
        /// The server answered with an error (`{status}`: its HTTP status).
        pub missing: &'static str,
        /// The page's Content-Security-Policy refused a file or WebAssembly (`{directive}`).
        pub policy: &'static str,
        /// A sandboxed frame (opaque origin) whose files are served without CORS.
        pub sandbox: &'static str,
        /// The button that tries again.
        pub retry: &'static str,
        /// The wasm trapped: the widget stopped.
        pub crashed: &'static str,
    }
}

pub static HOST_EN: HostTexts = HostTexts {
    loading: "cto-match: loading",
    stalled: "The widget is taking longer than usual to load.",
    failed: "This widget could not load. Check your connection, then try again.",
    missing: "This widget could not load: its files are missing from this site (HTTP {status}).",
    policy: "This widget is blocked by this page’s security policy (Content-Security-Policy: {directive}).",
    sandbox: "This widget cannot load in this sandboxed frame: its files must be served with CORS (Access-Control-Allow-Origin).",
    retry: "Try again",
    crashed: "This widget stopped working. Reload the page to try again.",
};

pub static HOST_FR: HostTexts = HostTexts {
    loading: "cto-match\u{a0}: chargement",
    stalled: "Le widget met plus de temps que d’habitude à se charger.",
    failed: "Ce widget n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.",
    missing: "Ce widget n’a pas pu se charger\u{a0}: ses fichiers sont introuvables sur ce site (HTTP {status}).",
    policy: "Ce widget est bloqué par la politique de sécurité de cette page (Content-Security-Policy\u{a0}: {directive}).",
    sandbox: "Ce widget ne peut pas se charger dans ce cadre isolé (sandbox)\u{a0}: ses fichiers doivent être servis avec CORS (Access-Control-Allow-Origin).",
    retry: "Réessayer",
    crashed: "Ce widget a rencontré un problème. Rechargez la page pour réessayer.",
};

impl Lang {
    pub fn host_texts(self) -> &'static HostTexts {
        match self {
            Lang::En => &HOST_EN,
            Lang::Fr => &HOST_FR,
        }
    }
}
