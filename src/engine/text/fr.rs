//! The French table. French typography: a no-break space (\u{a0}) before the colon, « » quotes.

use super::{Choice, MissionText, NeedText, Texts, TypeText};

const fn choice(label: &'static str, help: &'static str) -> Choice {
    Choice { label, help }
}

const fn need(label: &'static str, short: &'static str, help: &'static str) -> NeedText {
    NeedText { label, short, help }
}

const fn mission(title: &'static str, detail: &'static str) -> MissionText {
    MissionText { title, detail }
}

pub static FR: Texts = Texts {
    lang_name: "Français",
    lang_switch: "Langue",
    title: "De quel CTO votre entreprise a-t-elle besoin\u{a0}?",
    intro: "Décrivez votre entreprise. La réponse se met à jour au fil de vos choix, et le lien de la barre d'adresse la retrouve.",
    form_label: "Votre entreprise",

    headcount: choice("Effectif de l'entreprise", "Un nombre entier, de 1 à 1\u{202f}000\u{202f}000."),
    tech: choice("Effectif de l'équipe technique (facultatif)", "Développeurs, designers, ops\u{a0}: tous ceux qui fabriquent le produit. 0 s'il n'y a encore personne."),
    stage_legend: "Étape",
    stage_unsure: "Je ne sais pas",
    stages: [
        choice("Idée", "Rien n'est encore construit."),
        choice("Première version en cours", "Un produit minimum viable se prépare."),
        choice("Lancée", "Le produit a ses premiers clients."),
        choice("En forte croissance", "Plus de clients, plus de monde, et vite."),
        choice("Établie", "Une activité mûre aux revenus réguliers."),
    ],
    needs_legend: "Qu'attendez-vous de votre responsable technique\u{a0}?",
    needs_help: "Cochez tout ce qui s'applique. Chaque réponse fait bouger le résultat, qui dit comment.",
    need_groups: [
        "Construire le produit",
        "Faire grandir l'équipe et le produit",
        "Piloter l'entreprise",
        "Porter la technique au dehors",
        "L'informatique du quotidien",
    ],
    needs: [
        need("Construire la première version", "la première version", "Sortir un premier produit qui marche, les mains dans le code."),
        need("Choisir ou auditer la stack", "les choix techniques", "Arrêter l'architecture, les langages et les outils, ou revoir ceux en place."),
        need("Recruter une équipe technique", "le recrutement", "Embaucher des développeurs et structurer l'équipe."),
        need("Organiser les livraisons", "l'organisation des livraisons", "Sprints, points quotidiens et mises en production à un rythme régulier."),
        need("Se préparer à la croissance", "la montée en charge", "Un produit et une architecture qui tiennent quand l'usage grandit."),
        need("Qualité et sécurité", "la qualité et la sécurité", "Tests, supervision de la production, et la sécurité comme souci constant."),
        need("Processus à l'échelle de l'entreprise", "les processus", "Des processus d'ingénierie sur lesquels toute l'entreprise peut compter."),
        need("Feuille de route technologique", "la feuille de route", "Une stratégie technique au service du plan de croissance."),
        need("Budgets techniques", "les budgets", "Prévoir et maîtriser ce que coûte la technique."),
        need("Investisseurs et conseil d'administration", "les investisseurs", "Expliquer et défendre la technique devant les investisseurs et le conseil."),
        need("Clients et partenaires", "les clients et partenaires", "Présenter la technique et répondre aux questions techniques les plus pointues."),
        need("Valoriser les données", "les données", "Collecter les données de la plateforme et les exploiter."),
        need("Conception produit et UX", "la conception produit", "Façonner les fonctionnalités et l'expérience, au plus près des utilisateurs."),
        need("Gérer l'infrastructure", "l'infrastructure", "Serveurs, hébergement et déploiements."),
        need("Équipement et support informatique", "l'informatique interne", "Ordinateurs, comptes, outils de bureau et aide aux salariés."),
        need("Conduire le changement", "la conduite du changement", "Mener le changement dans l'entreprise et l'expliquer à chaque service."),
    ],
    start_over: "Tout effacer",

    fields: ["Effectif de l'entreprise", "Équipe technique", "Étape", "Besoins", "Langue"],
    link_errors: "Certaines valeurs de ce lien étaient inutilisables et ont été ignorées\u{a0}:",
    not_whole_number: "{field}\u{a0}: «\u{a0}{given}\u{a0}» n'est pas un nombre entier.",
    below_min: "{field}\u{a0}: {given} est inférieur à {min}.",
    above_max: "{field}\u{a0}: {given} dépasse {max}.",
    tech_above_headcount: "{field}\u{a0}: {given}, c'est plus que les {headcount} personnes de toute l'entreprise.",
    unknown_stage: "{field}\u{a0}: «\u{a0}{given}\u{a0}» n'est pas une étape\u{a0}; les étapes sont idea, mvp, launched, scaling et established.",
    unknown_need: "{field}\u{a0}: «\u{a0}{given}\u{a0}» ne fait pas partie des besoins connus.",
    unknown_lang: "{field}\u{a0}: «\u{a0}{given}\u{a0}» n'est pas disponible\u{a0}; le widget parle en et fr.",

    result_label: "Résultat",
    waiting: "Indiquez l'effectif de votre entreprise pour savoir quel CTO lui convient.",
    you_need: "Le profil qui convient",
    types: [
        TypeText {
            label: "hacker",
            the: "le hacker",
            name: "Le hacker",
            tagline: "Construit la première version de ses propres mains.",
            portrait: "Sous la barre des dix personnes, le CTO touche à tout\u{a0}: front, back et serveurs. \
                       Il choisit l'architecture et les langages, puis écrit la première version qui fonctionne, presque seul.",
        },
        TypeText {
            label: "stabilisateur",
            the: "le stabilisateur",
            name: "Le stabilisateur",
            tagline: "Fait d'un produit qui marche un produit qui dure, et de quelques développeurs une équipe.",
            portrait: "De 10 à 50 personnes, l'équipe technique s'étoffe. Ce CTO la recrute et la forme, et apporte la \
                       rigueur qui rend le produit évolutif, bien architecturé et facile à faire évoluer.",
        },
        TypeText {
            label: "industrialisateur",
            the: "l'industrialisateur",
            name: "L'industrialisateur",
            tagline: "Dirige la technique comme un département, par des managers et des processus.",
            portrait: "Au-delà de 50 personnes, le poste relève surtout du management\u{a0}: une vision stratégique, des \
                       processus suivis par toute l'entreprise, des budgets, et la voix de la technique devant le conseil. \
                       Plus l'équipe grandit, moins le CTO code.",
        },
    ],
    no_cto: TypeText {
        label: "aucun",
        the: "aucun CTO",
        name: "Pas de CTO pour l'instant",
        tagline: "Ce que vous décrivez relève du support informatique, pas de la direction technique.",
        portrait: "Un CTO conçoit et construit la technologie que l'entreprise vend ou sur laquelle elle tourne. Le \
                   matériel, les comptes et l'aide au quotidien sont un autre métier, et le salaire d'un CTO paierait \
                   le mauvais travail.",
    },
    instead_heading: "Ce qu'il vous faut plutôt",
    instead: [
        "Un prestataire d'infogérance pour le matériel, les comptes, les sauvegardes et l'assistance, facturé par poste ou au mois.",
        "Quand l'équipe sera assez grande pour l'occuper à plein temps, un technicien support en interne.",
        "Le jour où vous construirez votre propre logiciel, revenez\u{a0}: c'est là qu'un CTO devient rentable.",
    ],

    scores_heading: "Le score des trois profils",
    score_value: "{n} points",
    why_heading: "Pourquoi",
    points_badge: "+{n} {type}",
    size_range: [
        "{n} personnes\u{a0}: moins de 10, c'est le terrain du hacker",
        "{n} personnes\u{a0}: de 10 à 50, c'est le terrain du stabilisateur",
        "{n} personnes\u{a0}: plus de 50, c'est le terrain de l'industrialisateur",
    ],
    near_bound: [
        "{n} personnes, c'est à peine plus de 10\u{a0}: en dessous, un hacker convient",
        "{n} personnes, c'est tout près de 10, où commence le terrain du stabilisateur",
        "{n} personnes, c'est à peine plus de 50, où s'arrête le terrain du stabilisateur",
        "{n} personnes, c'est tout près de 50\u{a0}: au-delà, un industrialisateur convient",
    ],
    tech_none: "Pas encore d'équipe technique\u{a0}: le CTO écrira le code",
    tech_team: [
        "Une équipe technique de {n}\u{a0}: le CTO écrit encore une bonne part du code",
        "Une équipe technique de {n} à étoffer et à former",
        "Une équipe technique de {n}, c'est un département à diriger par des managers",
    ],
    stage_reasons: [
        "Au stade de l'idée, la première tâche est de construire",
        "Tant que la première version se construit, le CTO construit aussi",
        "Une fois lancé, le produit doit devenir solide",
        "La croissance demande une équipe plus grande et une architecture qui tient",
        "Une entreprise établie a besoin de processus et d'un cap à long terme",
    ],
    need_one: [
        "{needs}\u{a0}: une mission de hacker",
        "{needs}\u{a0}: une mission de stabilisateur",
        "{needs}\u{a0}: une mission d'industrialisateur",
    ],
    need_many: [
        "{needs}\u{a0}: des missions de hacker",
        "{needs}\u{a0}: des missions de stabilisateur",
        "{needs}\u{a0}: des missions d'industrialisateur",
    ],
    no_cto_need: "L'équipement et le support informatique des salariés ne sont pas le travail d'un CTO",

    runner_up_heading: "Juste derrière\u{a0}: {type}",
    runner_up_none_heading: "Si vous construisez aussi de la technologie\u{a0}: {type}",
    tips_intro: "Ce serait {type} si\u{a0}:",
    tip_headcount: "l'entreprise comptait {n} personnes",
    tip_headcount_plus: "l'entreprise comptait {n} personnes et que vous cochiez {count} de plus parmi\u{a0}: {needs}",
    tip_add: "vous cochiez {count} de plus parmi\u{a0}: {needs}",
    tip_drop: "vous décochiez {count} parmi\u{a0}: {needs}",
    counts: ["un", "deux", "trois"],
    and: "et",
    or: "ou",

    missions_heading: "Ce que ferait ce CTO",
    groups: [
        "Dans l'ensemble",
        "Avec l'équipe technique",
        "Avec les autres services",
        "Avec la direction",
        "Avec l'extérieur",
    ],
    matched: "Répond à votre besoin\u{a0}: {need}",
    missions: [
        mission("Construire la première version qui marche", "Écrit l'essentiel du code, du front au back, et le met en ligne."),
        mission("Poser l'architecture", "Conçoit le système, esquisse écrans et algorithmes, et choisit la stack."),
        mission("Auditer les choix techniques", "Passe en revue la stack et les décisions passées, et corrige le cap au besoin."),
        mission("Faire tourner l'infrastructure", "Veille sur les serveurs, l'hébergement et les déploiements."),
        mission("Répondre de la qualité et de la sécurité", "Une stratégie de tests, la supervision de la production, et la sécurité en permanence."),
        mission("Tirer parti des données", "Collecte les données de la plateforme et en fait des décisions et des fonctionnalités."),
        mission("Gérer le budget technique", "Prévoit et suit ce que coûtent outils, hébergement et équipes."),
        mission("Recruter et structurer l'équipe", "Embauche des développeurs et décide qui fait quoi."),
        mission("Organiser et répartir le travail", "Découpe le travail pour que chacun ait sa part, clairement."),
        mission("Animer le point quotidien", "Une courte réunion chaque matin pour savoir où en est chacun."),
        mission("Tenir des entretiens individuels", "Du temps régulier avec chacun, pour le débloquer et le faire progresser."),
        mission("Planifier les prochains sprints", "Choisit ce que l'équipe construit dans les semaines à venir."),
        mission("Tenir un tableau de bord", "Avancement, incidents et livraisons, suivis au même endroit."),
        mission("Coordonner les mises en production", "Rassemble le code et le livre en production sans casse."),
        mission("Clore la semaine avec l'équipe", "Une revue Scrum hebdomadaire de ce qui est sorti et de la suite."),
        mission("Prioriser selon les besoins métier", "Met en balance la fonctionnalité d'un client ou un contrat à signer avec le reste."),
        mission("Travailler avec le produit, les opérations et la data", "Coordonne le déploiement des nouveautés techniques entre équipes."),
        mission("Former l'équipe commerciale", "Donne aux commerciaux le discours technique et data pour vendre en confiance."),
        mission("Définir les processus d'ingénierie", "Fixe les façons de travailler que suit toute l'entreprise."),
        mission("Conduire le changement", "Mène le changement dans l'entreprise et l'explique à chaque service."),
        mission("Décider de la stratégie et de la feuille de route", "Fixe avec la direction où la technique emmène l'entreprise."),
        mission("Faire le point avec le CEO", "Un rendez-vous régulier sur l'avancement, les recrutements et la stratégie."),
        mission("Faire face aux investisseurs et au conseil", "Présente la technique et en répond."),
        mission("Défendre la technique auprès des clients et partenaires", "Présente la technologie du produit et répond aux questions techniques les plus dures."),
    ],
    source_note: "Fondé sur les trois profils de CTO de l'Ignition Program et sur des descriptions publiées du poste. \
                  Une aide à la réflexion, pas un verdict.",
};
