//! Le tableau français. Typographie française : apostrophe typographique (’), espace insécable avant
//! « : ; ? ! » (\u{a0}), guillemets « » et espace fine insécable (\u{202f}) entre les milliers.

use super::{
    choice, mission, need, CandidateText, Choice, GrowText, HatsText, JobText, MissionText, NeedText, NoCtoText, PayBand, Plural, RouteText, RunnerUpText,
    ShareText, SummaryText, Texts, TypeText, WhyText,
};
use crate::engine::candidate::{Fit, Specialty};
use crate::engine::hats::Hat;
use crate::engine::missions::{Group, Mission, NeedGroup, Tier};
use crate::engine::profile::{Field, Incumbent, Need, Org, Software, Stage};
use crate::engine::route::Route;
use crate::engine::scoring::Role;
use crate::engine::scoring::{CtoType, Outcome};

fn stage(s: Stage) -> Choice {
    match s {
        Stage::Idea => choice("Au stade de l’idée", "Rien n’est encore construit."),
        Stage::Mvp => choice("Premier produit en chantier", "Une version minimale est en chantier."),
        Stage::Launched => choice("Lancée", "Le produit a ses premiers clients."),
        Stage::Scaling => choice("En forte croissance", "Plus de clients, plus de monde, et vite."),
        Stage::Established => choice("Bien installée", "Une activité mûre, au chiffre d’affaires régulier."),
    }
}

fn software(s: Software) -> Choice {
    match s {
        Software::Product => choice("C’est ce que nous vendons", "Une appli, une plateforme, un SaaS\u{a0}: le logiciel est le produit."),
        Software::Support => {
            choice("Il est au service de notre activité", "Une boutique en ligne, une appli client, un site de réservation, au service d’un autre métier.")
        }
        Software::Internal => choice("Des outils internes seulement", "Messagerie, comptabilité, bureautique\u{a0}: rien n’est construit pour les clients."),
    }
}

fn org(o: Org) -> Choice {
    match o {
        Org::Startup => choice("Une start-up financée par des investisseurs", "Levées de fonds, croissance rapide\u{a0}: le capital fait partie de l’offre."),
        Org::Sme => choice("Une PME, une ETI ou une entreprise autofinancée", "Indépendante, familiale ou sans levée de fonds."),
        Org::Group => choice("Un groupe ou l’une de ses filiales", "Une maison mère fixe les grilles de salaire et mutualise une partie de l’informatique."),
        Org::Public => choice("Un organisme public", "Administration, collectivité, hôpital, établissement public."),
        Org::Nonprofit => choice("Une association ou une fondation", "Y compris les ONG et les structures de l’économie sociale et solidaire."),
    }
}

fn cto_today(i: Incumbent) -> Choice {
    match i {
        Incumbent::Nobody => choice("Pas encore", "Personne n’occupe le poste."),
        Incumbent::Left => choice("La personne vient de partir", "Le poste est vacant\u{a0}; l’équipe continue."),
        Incumbent::InPlace => choice("Oui, en poste", "Le résultat décrit alors le profil vers lequel le faire grandir."),
    }
}

/// Les mêmes réponses que `software`, formulées à propos de l’entreprise qui recrute.
fn candidate_software(s: Software) -> Choice {
    let label = match s {
        Software::Product => "C’est ce qu’elle vend",
        Software::Support => "Il est au service de son activité",
        Software::Internal => "Des outils internes seulement",
    };
    choice(label, software(s).help)
}

fn need_group(g: NeedGroup) -> &'static str {
    match g {
        NeedGroup::Build => "Construire le produit",
        NeedGroup::Grow => "Faire grandir l’équipe et le produit",
        NeedGroup::Steer => "Piloter l’entreprise",
        NeedGroup::Outside => "Représenter la tech",
        NeedGroup::Everyday => "L’informatique au quotidien",
    }
}

fn need_text(n: Need) -> NeedText {
    match n {
        Need::FirstVersion => need("Construire la première version", "la première version", "Sortir un premier produit qui marche, les mains dans le code."),
        Need::TechChoices => {
            need("Choisir ou auditer la stack", "les choix techniques", "Arrêter l’architecture, les langages et les outils, ou revoir ceux en place.")
        }
        Need::HireTeam => need("Recruter une équipe tech", "le recrutement", "Embaucher des développeurs et structurer l’équipe."),
        Need::OrganizeDelivery => {
            need("Organiser les livraisons", "l’organisation des livraisons", "Sprints, point quotidien et mises en production à un rythme régulier.")
        }
        Need::Scalability => need("Préparer la montée en charge", "la montée en charge", "Un produit et une architecture qui tiennent quand l’usage grandit."),
        Need::QualitySecurity => need("Qualité et sécurité", "la qualité et la sécurité", "Tests, supervision de la production et sécurité au quotidien."),
        Need::Processes => {
            need("Des process pour toute l’organisation", "les process", "Des process d’ingénierie sur lesquels toute l’organisation peut compter.")
        }
        Need::Roadmap => need("Feuille de route technique", "la feuille de route", "Une vision technique au service de la stratégie de l’entreprise."),
        Need::Budget => need("Budgets techniques", "les budgets", "Prévoir et tenir ce que coûte la tech."),
        Need::Investors => {
            need("Investisseurs et board", "les investisseurs", "Expliquer et défendre la tech devant les investisseurs et le board (comité stratégique).")
        }
        Need::Clients => need("Clients et partenaires", "la relation client", "Présenter la tech et répondre aux questions techniques les plus pointues."),
        Need::Data => need("Exploiter les données", "les données", "Collecter les données de la plateforme et les exploiter."),
        Need::Product => {
            need("Conception produit et UX", "la conception produit", "Façonner les fonctionnalités et l’expérience, au plus près des utilisateurs.")
        }
        Need::Infrastructure => need("Gérer l’infrastructure", "l’infrastructure", "Serveurs, hébergement et déploiements."),
        Need::InternalIt => need("Équipement et support informatique", "l’informatique interne", "Ordinateurs, comptes, bureautique et aide aux salariés."),
        Need::Change => {
            need("Conduire le changement", "la conduite du changement", "Accompagner le changement dans l’entreprise et l’expliquer à chaque service.")
        }
    }
}

fn field(f: Field) -> &'static str {
    match f {
        Field::Headcount => "Effectif de la structure",
        Field::Tech => "Équipe tech",
        Field::Stage => "Maturité",
        Field::Org => "Type de structure",
        Field::Software => "Logiciel",
        Field::Cto => "CTO actuel",
        Field::Needs => "Besoins",
        Field::Lang => "Langue",
        Field::Mode => "Mode",
        Field::Led => "Taille de la plus grande équipe dirigée",
        Field::Did => "Ce que vous avez fait",
    }
}

fn candidate_specialty(s: Specialty) -> [&'static str; 5] {
    match s {
        Specialty::Product => [
            "Le produit",
            "Un parcours de product manager plutôt que de CTO\u{a0}: vous décidez quoi construire et pour qui\u{a0}; un CTO décide aussi comment, et le construit ou le fait construire.",
            "{needs}\u{a0}: le travail d’un product manager",
            "Ce poste demande de coder la première version\u{a0}: une place d’associée ou d’associé côté produit vous correspondrait mieux, si l’équipe fondatrice en cherche une.",
            "Pour un poste de CTO, montrez des choix techniques que vous avez portés et une équipe de développement que vous avez dirigée.",
        ],
        Specialty::Data => [
            "La donnée",
            "Un parcours data plutôt que de CTO\u{a0}: collecter, fiabiliser et exploiter les données, un métier à part entière, et ce que cherche une organisation qui veut tirer parti de ses chiffres.",
            "{needs}\u{a0}: le cœur d’un parcours data",
            "Ce poste demande de coder la première version\u{a0}: un poste de responsable des données correspond mieux à votre parcours.",
            "Pour un poste de CTO, montrez des choix techniques que vous avez portés et une équipe de développement que vous avez dirigée\u{a0}; un poste dans la donnée correspond à votre parcours tel qu’il est, jusqu’à celui de responsable des données si vous avez déjà dirigé une équipe.",
        ],
        Specialty::Infrastructure => [
            "L’infrastructure",
            "Un parcours d’infrastructure et d’exploitation (DevOps, SRE) plutôt que de CTO\u{a0}: faire tourner des plateformes fiables, sûres et qui tiennent la charge. Un métier à part entière, et un poste de responsable infrastructure ou plateforme dans une entreprise qui construit un produit.",
            "{needs}\u{a0}: le travail d’un responsable infrastructure",
            "Ce poste demande de coder la première version\u{a0}: un poste de responsable infrastructure ou plateforme correspond mieux à votre parcours.",
            "Pour un poste de CTO, montrez des choix produit que vous avez portés et une équipe de développement que vous avez dirigée\u{a0}; un poste de responsable infrastructure ou plateforme correspond à votre parcours tel qu’il est.",
        ],
        Specialty::Security => [
            "La sécurité",
            "Un parcours de RSSI plutôt que de CTO\u{a0}: les risques, les politiques de sécurité et les certifications de toute une organisation. Un métier à part entière.",
            "{needs}\u{a0}: le travail d’une ou d’un RSSI",
            "Ce poste demande de coder la première version\u{a0}: un poste de RSSI ou de responsable sécurité correspond mieux à votre parcours.",
            "Pour un poste de CTO, montrez un produit que vous avez contribué à construire et une équipe de développement que vous avez dirigée\u{a0}; un poste de RSSI correspond à votre parcours tel qu’il est.",
        ],
    }
}

fn cto(ty: CtoType) -> TypeText {
    match ty {
        CtoType::Hacker => TypeText {
            label: "hackeur",
            the: "le hackeur",
            name: "Le hackeur",
            tagline: "Construit la première version de ses propres mains.",
            portrait: "Un profil touche-à-tout\u{a0}: front, back et serveurs. Choisit l’architecture et les langages, \
                       puis écrit l’essentiel d’une première version qui tourne. Répond déjà aux questions \
                       techniques des clients, des partenaires et des investisseurs.",
        },
        CtoType::Stabilizer => TypeText {
            label: "stabilisateur",
            the: "le stabilisateur",
            name: "Le stabilisateur",
            tagline: "Rend solide et évolutif un produit qui marche, et fait d’une poignée de développeuses et développeurs une équipe.",
            portrait: "L’équipe tech s’étoffe. Ce CTO la recrute, la forme et apporte la rigueur qui rend le \
                       produit robuste, bien conçu et facile à faire évoluer.",
        },
        CtoType::Industrializer => TypeText {
            label: "industrialisateur",
            the: "l’industrialisateur",
            name: "L’industrialisateur",
            tagline: "Pilote une direction technique, avec des managers et des process.",
            portrait: "Un poste de management\u{a0}: une vision stratégique, des process que suit toute l’organisation, \
                       des budgets, et la tech à défendre au comité de direction. Plus l’équipe grandit, moins ce CTO code.",
        },
    }
}

fn size(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "{n}\u{a0}{people}\u{a0}: sous {low}, c’est le terrain du hackeur",
        CtoType::Stabilizer => "{n}\u{a0}{people}\u{a0}: de {low} à {high}, c’est le terrain du stabilisateur",
        CtoType::Industrializer => "{n}\u{a0}{people}\u{a0}: au-delà de {high}, c’est le terrain de l’industrialisateur",
    }
}

fn near_bound(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "{n}\u{a0}{people}, tout juste au-dessus du seuil de {bound}\u{a0}: le hackeur n’est pas loin",
        CtoType::Stabilizer => "{n}\u{a0}{people}, tout près du seuil de {bound}\u{a0}: le stabilisateur n’est pas loin",
        CtoType::Industrializer => "{n}\u{a0}{people}, tout près du seuil de {bound}\u{a0}: l’industrialisateur n’est pas loin",
    }
}

fn team(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Une équipe tech de {n}\u{a0}{people}\u{a0}: le CTO code avec elle",
        CtoType::Stabilizer => "Une équipe tech de {n}\u{a0}{people} à structurer et à faire monter en compétence",
        CtoType::Industrializer => "Une équipe tech de {n}\u{a0}{people}\u{a0}: un département à piloter avec des managers",
    }
}

fn stage_reason(s: Stage) -> &'static str {
    match s {
        Stage::Idea => "Rien n’est encore construit\u{a0}: il faut d’abord bâtir",
        Stage::Mvp => "La première version est en chantier\u{a0}: le CTO met la main à la pâte",
        Stage::Launched => "Le produit est lancé\u{a0}: il faut maintenant le fiabiliser et le pérenniser",
        Stage::Scaling => "La croissance demande une équipe plus grande et une architecture qui tienne la charge",
        Stage::Established => "Une structure installée a besoin d’un cap à long terme et de process",
    }
}

fn needs_reason(ty: CtoType) -> [&'static str; 2] {
    match ty {
        CtoType::Hacker => ["{needs}\u{a0}: il faut quelqu’un qui construise", "{needs}\u{a0}: il faut quelqu’un qui construise"],
        CtoType::Stabilizer => ["{needs}\u{a0}: il faut quelqu’un qui structure", "{needs}\u{a0}: il faut quelqu’un qui structure"],
        CtoType::Industrializer => ["{needs}\u{a0}: il faut quelqu’un qui pilote", "{needs}\u{a0}: il faut quelqu’un qui pilote"],
    }
}

fn software_reason(s: Software) -> &'static str {
    match s {
        Software::Product => "Le logiciel est au cœur de votre activité\u{a0}: le travail du CTO, c’est le produit lui-même.",
        Software::Support => "Le logiciel sert votre métier\u{a0}: le CTO travaille autant pour les équipes métier que sur le code.",
        Software::Internal => "Le logiciel se limite aux outils internes\u{a0}: la personne recrutée supervisera aussi l’exploitation informatique.",
    }
}

const SOFTWARE_INTERNAL_SEAT: &str = "Le logiciel se limite aux outils internes\u{a0}: l’exploitation informatique reste à votre responsable informatique s’il y en a un\u{a0}; sinon, la personne recrutée la supervisera aussi.";

fn tier(t: Tier, ty: CtoType) -> &'static str {
    match (t, ty) {
        (Tier::First, _) => "En priorité, à mener en personne",
        (Tier::Also, _) => "Fait aussi partie du poste",
        (Tier::Later | Tier::Asked, CtoType::Industrializer) => "À déléguer aux managers",
        (Tier::Later | Tier::Asked, _) => "Plus tard, quand l’équipe grandira",
    }
}

fn group(g: Group) -> &'static str {
    match g {
        Group::Overall => "Vue d’ensemble",
        Group::TechTeam => "Avec l’équipe tech",
        Group::Departments => "Avec les autres services",
        Group::Leadership => "Avec la direction",
        Group::Outside => "Avec l’extérieur",
    }
}

fn mission_text(m: Mission) -> MissionText {
    match m {
        Mission::BuildFirstVersion => {
            mission("Construire une première version fonctionnelle", "Écrit l’essentiel du code, du front au back, et le met en ligne.")
        }
        Mission::Architecture => mission("Poser l’architecture", "Conçoit le système, esquisse écrans et algorithmes, et choisit la stack."),
        Mission::TechAudit => mission("Auditer les choix techniques", "Passe en revue la stack et les décisions passées, et redresse la barre si besoin."),
        Mission::RunInfrastructure => mission("Faire tourner l’infrastructure", "Veille sur les serveurs, l’hébergement et les déploiements."),
        Mission::QualitySecurity => {
            mission("Garantir la qualité et la sécurité", "Une stratégie de tests, la supervision de la production et une vigilance constante sur la sécurité.")
        }
        Mission::Data => mission("Tirer parti des données", "Collecte les données de la plateforme et en tire des décisions et des fonctionnalités."),
        Mission::TechBudget => mission("Piloter le budget technique", "Prévoit et suit ce que coûtent outils, hébergement et équipes."),
        Mission::RecruitTeam => mission("Recruter et structurer l’équipe", "Embauche des développeurs et décide qui fait quoi."),
        Mission::AssignWork => mission("Organiser et répartir le travail", "Découpe le travail pour que chacun sache ce qui lui revient."),
        Mission::DailyStandup => mission("Animer le point quotidien", "Un point rapide chaque matin pour savoir où en est chacun."),
        Mission::OneToOnes => mission("Accompagner chaque membre de l’équipe", "Un temps régulier avec chacun, pour le débloquer et l’aider à progresser."),
        Mission::SprintPlanning => mission("Planifier le travail des prochaines semaines", "Choisit ce que l’équipe construit dans les semaines qui viennent."),
        Mission::Dashboard => mission("Tenir un tableau de bord", "Avancement, incidents et livraisons, suivis au même endroit."),
        Mission::ReleaseCoordination => mission("Coordonner les mises en production", "Intègre le code et le met en production sans incident."),
        Mission::WeeklyReview => mission("Faire le bilan de la semaine avec l’équipe", "Une revue hebdomadaire de ce qui est sorti et de ce qui arrive."),
        Mission::BusinessPriorities => {
            mission("Prioriser selon les enjeux métier", "Arbitre entre la fonctionnalité demandée par un client, un contrat à signer et le reste.")
        }
        Mission::CrossTeamRollout => {
            mission("Travailler avec le produit et les équipes métier", "Coordonne le déploiement des nouveautés techniques entre les équipes.")
        }
        Mission::SalesTraining => {
            mission("Former l’équipe commerciale", "Donne aux commerciaux les arguments techniques et les chiffres clés pour vendre avec assurance.")
        }
        Mission::EngineeringProcesses => mission("Définir les process d’ingénierie", "Fixe des méthodes de travail communes à toute l’entreprise."),
        Mission::LeadChange => mission("Conduire le changement", "Accompagne le changement dans l’entreprise et l’explique à chaque service."),
        Mission::StrategyRoadmap => {
            mission("Fixer la stratégie technique et la feuille de route", "Décide avec la direction de ce que la tech doit apporter à l’entreprise.")
        }
        Mission::CeoCheckin => mission("Arbitrer les priorités avec le CEO", "Un rendez-vous régulier sur l’avancement, les recrutements et la stratégie."),
        Mission::InvestorsBoard => {
            mission("Rendre compte aux investisseurs et au comité stratégique (board)", "Présente la stratégie tech et répond de ses choix.")
        }
        Mission::ClientsPartners => mission(
            "Défendre la tech auprès des clients et des partenaires",
            "Présente la technologie du produit et répond aux questions techniques les plus pointues.",
        ),
    }
}

fn hat(h: Hat) -> Choice {
    match h {
        Hat::ProductManager => {
            choice("Cheffe ou chef de produit", "La conception fonctionnelle, au plus près du terrain\u{a0}: utilisateurs, clients, consultants.")
        }
        Hat::ProjectManager => choice("Cheffe ou chef de projet", "Pilote le développement\u{a0}: planifie, suit, débloque."),
        Hat::Architect => choice("Architecte", "Les choix technologiques et la conception technique."),
        Hat::Developer => choice("Développeuse ou développeur", "Écrit le code."),
        Hat::Manager => choice("Manager", "Recrute et anime l’équipe, et la dimensionne selon l’activité."),
        Hat::SystemAdministrator => choice("Administratrice ou administrateur système", "Fait tourner l’infrastructure."),
        Hat::Security => choice("Consultante ou consultant sécurité", "Veille en permanence sur la sécurité."),
        Hat::Quality => choice("Responsable qualité", "La conception des tests et la supervision de la production."),
        Hat::Innovation => choice("Directrice ou directeur de l’innovation", "La veille technologique, et une feuille de route liée à la stratégie."),
        Hat::DataOfficer => choice("Responsable des données (CDO)", "Collecte les données de la plateforme et les met à profit."),
        Hat::Designer => choice("Designer UX et web", "L’apparence du produit et son expérience utilisateur."),
        Hat::InternalIt => choice("Informatique interne", "Le matériel et les outils des salariés."),
    }
}

fn because_stage(s: Stage) -> &'static str {
    match s {
        Stage::Idea | Stage::Mvp => "l’entreprise construit son premier produit",
        Stage::Launched => "le produit a ses premiers clients",
        Stage::Scaling => "l’entreprise est en forte croissance",
        Stage::Established => "l’entreprise est bien installée",
    }
}

fn next(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Dès {bound}\u{a0}personnes, le poste de hackeur devient celui de stabilisateur.",
        CtoType::Stabilizer => "Passé {bound}\u{a0}personnes, le poste de stabilisateur devient celui d’industrialisateur.",
        CtoType::Industrializer => {
            "L’industrialisateur est la dernière des trois étapes\u{a0}: plus l’équipe grandit, plus le CTO est manager et moins il code."
        }
    }
}

const NEXT_BY_TEAM: &str = "Votre effectif a déjà atteint le seuil du profil suivant\u{a0}: ici, c’est la taille de \
                            l’équipe tech qui décidera. À partir d’environ {team}\u{a0}personnes dans la tech, \
                            c’est {type} qu’il vous faudra.";

fn coach_position(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Le profil vers lequel faire grandir votre CTO\u{a0}: quelqu’un qui a déjà construit un produit de bout en bout.",
        CtoType::Stabilizer => "Le profil vers lequel faire grandir votre CTO\u{a0}: quelqu’un qui a déjà monté et structuré une équipe.",
        CtoType::Industrializer => "Le profil vers lequel faire grandir votre CTO\u{a0}: quelqu’un qui a déjà dirigé un département, avec des managers.",
    }
}

fn position(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Quelqu’un qui a déjà construit un produit de bout en bout, ou une fondatrice ou un fondateur qui code.",
        CtoType::Stabilizer => "En général une développeuse ou un développeur senior, ou une ou un head of engineering, qui a déjà monté une équipe.",
        CtoType::Industrializer => "En général une ou un head of engineering, ou une ou un CTO qui a déjà dirigé un département.",
    }
}

fn job_headline_app(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Les mains dans le code, pour construire notre application.",
        CtoType::Stabilizer => "Pour faire grandir notre équipe tech et pérenniser nos applications.",
        CtoType::Industrializer => job_headline(ty),
    }
}

fn job_headline(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Les mains dans le code, pour construire notre produit.",
        CtoType::Stabilizer => "Pour faire grandir notre équipe tech et pérenniser notre produit.",
        CtoType::Industrializer => "Pour diriger la technologie et les équipes qui la font vivre.",
    }
}

fn job_org(o: Option<Org>) -> &'static str {
    match o {
        None | Some(Org::Sme) => "une entreprise",
        Some(Org::Startup) => "une start-up",
        Some(Org::Group) => "[À compléter\u{a0}: un groupe, ou une société d’un groupe]",
        Some(Org::Public) => "un organisme public",
        Some(Org::Nonprofit) => "une [À compléter\u{a0}: association ou fondation]",
    }
}

fn job_head(o: Option<Org>) -> &'static str {
    match o {
        Some(Org::Startup) => "au CEO",
        Some(Org::Nonprofit) => "à la direction",
        _ => "à la direction générale",
    }
}

fn job_qualities(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Autonomie, sens des priorités et goût du concret",
        CtoType::Stabilizer => "Rigueur, pédagogie et empathie",
        CtoType::Industrializer => "Leadership, sens de la décision et maîtrise des risques",
    }
}

fn mission_for(m: Mission, o: Option<Org>) -> MissionText {
    let report = "Présente la stratégie tech et répond de ses choix.";
    match (m, o) {
        (Mission::InvestorsBoard, None) => mission("Rendre compte à la direction et aux instances de gouvernance", report),
        (Mission::InvestorsBoard, Some(Org::Sme)) => mission("Rendre compte à la direction générale", report),
        (Mission::InvestorsBoard, Some(Org::Group)) => mission("Rendre compte à la direction du groupe", report),
        (Mission::InvestorsBoard, Some(Org::Public)) => {
            mission("Rendre compte à la direction et aux instances (conseil d’administration, élus, tutelle ou cabinet ministériel)", report)
        }
        (Mission::InvestorsBoard, Some(Org::Nonprofit)) => mission("Rendre compte au conseil d’administration et aux financeurs", report),
        (Mission::CeoCheckin, Some(Org::Startup)) => mission_text(m),
        (Mission::CeoCheckin, _) => {
            mission("Arbitrer les priorités avec la direction générale", "Un rendez-vous régulier sur l’avancement, les recrutements et la stratégie.")
        }
        (Mission::ClientsPartners, Some(Org::Public | Org::Nonprofit)) => mission(
            "Présenter les services numériques aux usagers et aux partenaires",
            "Explique la technologie du service et répond aux questions techniques les plus pointues.",
        ),
        (Mission::DailyStandup, Some(Org::Public | Org::Nonprofit | Org::Sme | Org::Group)) => {
            mission("Animer le point quotidien", "Un point rapide chaque matin pour savoir où en est chacun.")
        }
        (Mission::CrossTeamRollout, Some(Org::Public | Org::Nonprofit | Org::Sme | Org::Group)) => {
            mission("Travailler avec les équipes métier", "Coordonne le déploiement des nouveautés techniques entre les équipes.")
        }
        (Mission::SalesTraining, Some(Org::Public | Org::Nonprofit)) => mission(
            "Former les équipes au contact du public",
            "Explique les outils et les données aux équipes de terrain, pour qu’elles s’en servent en confiance.",
        ),
        _ => mission_text(m),
    }
}

/// Les missions telles qu’une direction technique les porte\u{a0}: par les équipes, pas à la main.
fn mission_at_scale(m: Mission) -> Option<MissionText> {
    Some(match m {
        Mission::BuildFirstVersion => {
            mission("Faire construire la première version", "Y met une équipe, décide de ce qui sort en premier et la protège du reste.")
        }
        Mission::Architecture => {
            mission("Fixer le cap de l’architecture", "Tranche les grands choix de conception et fixe les principes que suivent les équipes.")
        }
        Mission::RunInfrastructure => {
            mission("Superviser l’infrastructure", "S’assure que l’hébergement et les déploiements sont bien tenus, par une équipe ou un prestataire.")
        }
        Mission::OneToOnes => {
            mission("Accompagner chaque manager", "Un temps régulier avec chaque personne qui lui est rattachée, pour la débloquer et la faire progresser.")
        }
        Mission::Dashboard => mission("Suivre les indicateurs de la direction technique", "Livraisons, incidents et coûts, revus avec les managers."),
        _ => return None,
    })
}
fn job_stage(s: Stage) -> &'static str {
    match s {
        Stage::Idea => "Nous en sommes au stade de l’idée.",
        Stage::Mvp => "Nous construisons notre première version.",
        Stage::Launched => "Notre produit a ses premiers clients.",
        Stage::Scaling => "Nous sommes en forte croissance.",
        Stage::Established => "Notre activité est bien installée.",
    }
}

fn job_stage_clause(s: Stage) -> &'static str {
    match s {
        Stage::Idea => ", et nous en sommes au stade de l’idée",
        Stage::Mvp => ", et nous construisons notre première version",
        Stage::Launched => ", et notre produit a ses premiers clients",
        Stage::Scaling => ", et nous sommes en forte croissance",
        Stage::Established => ", et notre activité est bien installée",
    }
}

fn role_none_reason(r: Role) -> &'static str {
    match r {
        Role::ItOperations => "Le poste relève d’un service informatique, pas d’un CTO",
        Role::Data => "Le poste relève de la donnée (data analyst, responsable des données), pas d’un CTO",
        Role::Security => "Le poste relève de la sécurité, pas d’un CTO",
        Role::DigitalChange => "Le poste relève d’une ou d’un DSI, pas d’un CTO",
        Role::Hosting => "Le poste relève de l’hébergement et des mises en production, pas d’un CTO",
        Role::Audit => "Le besoin tient en une solution existante ou quelques jours de conseil, pas en un poste de CTO",
    }
}

fn job_role(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Nous cherchons la personne qui prendra en charge la technique\u{a0}: choisir la stack et construire la première version, du front au back, en codant l’essentiel.",
        CtoType::Stabilizer => "Nous cherchons la personne qui rendra solide et évolutif un produit qui marche\u{a0}: recruter et faire grandir l’équipe, et apporter la rigueur qui permet au produit de monter en charge.",
        CtoType::Industrializer => "Nous cherchons la personne qui pilotera la technologie comme une direction à part entière (stratégie, process, budgets) et la représentera au comité de direction.",
    }
}

fn job_reports(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker | CtoType::Stabilizer => "Le poste est rattaché {head}.",
        CtoType::Industrializer => "Le poste est rattaché {head}, avec une place au comité de direction.",
    }
}

fn job_must(ty: CtoType) -> &'static [&'static str] {
    match ty {
        CtoType::Hacker => &[
            "Vous développez sur toute la stack\u{a0}: conception, code, architecture, tests",
            "Vous avez déjà choisi des technologies et géré une petite infrastructure",
        ],
        CtoType::Stabilizer => {
            &["Vous avez une solide expérience du développement logiciel et de l’architecture", "Vous avez déjà recruté et animé une équipe de développement"]
        }
        CtoType::Industrializer => {
            &["Vous avez dirigé une organisation technique avec des managers", "Vous êtes à l’aise avec la stratégie, les budgets et le dialogue avec {board}"]
        }
    }
}

fn your_org(o: Option<Org>) -> &'static str {
    match o {
        Some(Org::Sme | Org::Startup | Org::Group) => "votre entreprise",
        _ => "votre organisation",
    }
}

fn job_board(o: Option<Org>) -> &'static str {
    match o {
        None => "les instances de gouvernance",
        Some(Org::Startup) => "le board",
        Some(Org::Sme) => "le comité de direction",
        Some(Org::Group) => "la direction du groupe",
        Some(Org::Public) => "les instances (élus, conseil d’administration ou tutelle)",
        Some(Org::Nonprofit) => "le conseil d’administration",
    }
}

fn take_on_board(o: Option<Org>) -> &'static str {
    match o {
        None => "Les budgets et la présentation de la tech aux instances de gouvernance",
        Some(Org::Startup) => "Les budgets et la présentation de la tech au comité de direction et au board",
        Some(Org::Sme) => "Les budgets et la présentation de la tech au comité de direction",
        Some(Org::Group) => "Les budgets et la présentation de la tech à la direction du groupe",
        Some(Org::Public) => "Les budgets et la présentation de la tech à la direction et aux instances (élus, conseil d’administration ou tutelle)",
        Some(Org::Nonprofit) => "Les budgets et la présentation de la tech au conseil d’administration",
    }
}

fn job_must_skills(ty: CtoType) -> &'static [&'static str] {
    match ty {
        CtoType::Hacker => {
            &["Développer sur toute la stack\u{a0}: conception, code, architecture, tests", "Choisir des technologies et gérer une petite infrastructure"]
        }
        CtoType::Stabilizer => &["Concevoir des logiciels et une architecture qui durent", "Recruter et animer une équipe de développement"],
        CtoType::Industrializer => {
            &["Diriger une organisation technique par l’intermédiaire de managers", "Porter la stratégie, les budgets et le dialogue avec {board}"]
        }
    }
}

fn job_nice(n: Need) -> &'static str {
    match n {
        Need::FirstVersion => "Vous avez déjà lancé un produit à partir de zéro",
        Need::TechChoices => "Vous avez déjà audité et fait évoluer une stack existante",
        Need::HireTeam => "Vous avez déjà recruté des profils tech et monté une équipe",
        Need::OrganizeDelivery => "Vous avez déjà animé des sprints et organisé des mises en production régulières",
        Need::Scalability => "Vous avez déjà accompagné un produit dans une forte montée en charge",
        Need::QualitySecurity => "Vous avez une solide culture de la qualité logicielle et de la sécurité",
        Need::Processes => "Vous avez déjà mis en place des process d’ingénierie à l’échelle d’une entreprise",
        Need::Roadmap => "Vous avez déjà construit une feuille de route technique au service de la stratégie d’une organisation",
        Need::Budget => "Vous avez déjà construit et tenu un budget technique",
        Need::Investors => "Vous avez déjà défendu des choix techniques devant des investisseurs ou un comité stratégique (board)",
        Need::Clients => "Vous avez déjà répondu à des questions techniques pointues de clients",
        Need::Data => "Vous savez structurer et exploiter les données (ingénierie des données, indicateurs)",
        Need::Product => "Vous avez une vraie sensibilité produit et UX",
        Need::Infrastructure => "Vous maîtrisez le cloud et les déploiements",
        Need::InternalIt => "Vous avez l’habitude de travailler avec un prestataire informatique",
        Need::Change => "Vous avez déjà conduit un changement à l’échelle d’une organisation",
    }
}

fn route_name(r: Route) -> &'static str {
    match r {
        Route::Interim => "Une ou un CTO de transition, le temps de recruter",
        Route::VpEngineering => "Une ou un VP Engineering aux côtés de votre CTO",
        Route::Coach => "Faire grandir votre CTO dans le rôle",
        Route::Founder => "L’un des fondateurs",
        Route::Cofounder => "Une cofondatrice ou un cofondateur technique",
        Route::Fractional => "Une ou un CTO à temps partagé, ou une agence",
        Route::FirstHire => "Un premier recrutement senior",
        Route::Promote => "Une promotion interne\u{a0}: la personne qui mène déjà l’équipe",
        Route::Executive => "Un recrutement de dirigeant, via un cabinet",
        Route::ManagedIt => "Un prestataire d’infogérance",
        Route::ItManager => "Une ou un responsable informatique",
        Route::ItDirector => "Une ou un DSI",
        Route::DataAnalyst => "Une ou un data analyst, ou un cabinet de BI",
        Route::HeadOfData => "Une ou un responsable des données",
        Route::SecurityConsultant => "Un cabinet de sécurité, ou une ou un RSSI à temps partagé",
        Route::Ciso => "Une ou un RSSI",
        Route::Cio => "Une ou un DSI, qui porte aussi la transformation",
        Route::ManagedHosting => "Un hébergeur en infogérance ou une ou un freelance DevOps",
        Route::Audit => "Une ou un CTO pour quelques jours",
    }
}

fn route_why(r: Route) -> &'static str {
    match r {
        Route::Interim => "Le poste est vacant et l’équipe a besoin d’une ou d’un responsable\u{a0}: une ou un CTO de transition, payé à la journée, tient le poste trois à six mois, à temps plein ou presque, et aide aussi à écrire le profil et à recevoir les candidats. Récupérez dès maintenant les accès (code, hébergement, noms de domaine, comptes d’administration).",
        Route::VpEngineering => "Votre CTO garde la vision technique\u{a0}; à ses côtés, une ou un VP Engineering pilote les livraisons, le recrutement et les managers. Cherchez quelqu’un qui a déjà dirigé une équipe de votre taille.",
        Route::Coach => "Vous avez un CTO\u{a0}: voyez ce profil comme celui vers lequel l’accompagner. Un mentor qui a déjà tenu ce poste, ou un coach, raccourcit le chemin\u{a0}; ne recrutez au-dessus de cette personne que si elle ne veut pas du rôle.",
        Route::Founder => "Ici, tout le monde construit\u{a0}: l’un de vous prend dès maintenant le titre de CTO, les autres le produit, la vente ou le financement. Une équipe fondatrice entièrement technique manque plus souvent d’un profil business que d’un profil technique.",
        Route::Cofounder => "Tout reste à construire ou presque, et l’équipe est petite\u{a0}: un salaire de CTO se justifie mal, et le risque se partage. Cherchez une associée ou un associé qui code, avec une part significative du capital et, si vos moyens le permettent, un salaire modeste.",
        Route::Fractional => "Le besoin est réel, mais ne fait pas encore un temps plein\u{a0}: une ou un CTO à temps partagé, quelques jours par mois ou par semaine, suffira jusqu’à ce que le produit exige davantage. Elle ou il choisit une solution existante ou rédige le cahier des charges, et pilote une ou un freelance ou une agence au forfait.",
        Route::FirstHire => "Si personne en interne ne peut prendre le poste, recrutez un profil senior qui a déjà tenu ce rôle, et laissez-lui la main pour bâtir son équipe.",
        Route::Promote => "Votre lead developer connaît déjà le code et l’équipe, et c’est souvent le meilleur choix. À défaut, recrutez une ou un senior qui a déjà monté une équipe.",
        Route::Executive => "À votre taille, c’est un poste de dirigeant. Cherchez quelqu’un qui a déjà dirigé une organisation technique avec des managers, et passez par un cabinet qui connaît votre secteur.",
        Route::ManagedIt => "Le matériel, les comptes, les serveurs et leur sécurité\u{a0}: confiez-les à un prestataire d’infogérance, facturé au poste ou au forfait mensuel, avec une référente ou un référent en interne.",
        Route::ItManager => "À cette taille, l’exploitation informatique demande une personne en interne, qui pilote un prestataire et répond de la sécurité et du budget informatique.",
        Route::ItDirector => "À votre taille, l’informatique est une direction à part entière\u{a0}: une ou un DSI et son équipe assurent l’exploitation, la sécurité et le budget informatique, et rendent compte à la direction générale.",
        Route::DataAnalyst => "Le besoin, ce sont vos chiffres\u{a0}: une ou un data analyst, ou un cabinet de BI pour de premiers tableaux de bord, met en place le reporting et vos premiers indicateurs, pour bien moins cher qu’un CTO.",
        Route::HeadOfData => "À votre taille, la donnée est une fonction à part entière\u{a0}: une ou un responsable des données décide de ce qu’on mesure, monte une petite équipe (des analystes, puis un data engineer) et rend compte à la direction.",
        Route::SecurityConsultant => "De la sécurité et de la conformité sans équipe produit\u{a0}: un cabinet de sécurité, ou une ou un RSSI à temps partagé, quelques jours par mois, fixe les règles et mène les audits, et la certification si des clients ou une réglementation l’exigent.",
        Route::Ciso => "À votre taille, la sécurité est un poste à plein temps\u{a0}: une ou un RSSI répond des risques, des politiques et des certifications, aux côtés de la ou du DSI.",
        Route::Cio => "L’enjeu porte sur le fonctionnement de votre organisation, pas sur un produit\u{a0}: une ou un DSI choisit les outils et les prestataires, mène les projets et fait adhérer les équipes.",
        Route::ManagedHosting => "Votre logiciel existe et c’est son exploitation qui pèche\u{a0}: un hébergeur en infogérance, ou une ou un freelance DevOps pour quelques semaines, remet d’aplomb l’hébergement et les mises en production.",
        Route::Audit => "Une question ponctuelle (une revue de la stack, un audit des coûts, le choix d’un prestataire ou d’une solution) demande quelques jours d’un CTO expérimenté, payé à la journée, avec un rapport écrit.",
    }
}

fn did_text(n: Need) -> &'static str {
    match n {
        Need::FirstVersion => "Construit une première version",
        Need::TechChoices => "Choisi ou audité une stack",
        Need::HireTeam => "Recruté des développeurs",
        Need::OrganizeDelivery => "Animé sprints et mises en production",
        Need::Scalability => "Fait monter un produit en charge",
        Need::QualitySecurity => "Répondu de la qualité et de la sécurité",
        Need::Processes => "Mis en place des process pour toute l’entreprise",
        Need::Roadmap => "Construit une feuille de route technique",
        Need::Budget => "Tenu un budget technique",
        Need::Investors => "Défendu la tech devant des investisseurs ou un board",
        Need::Clients => "Défendu la tech auprès de clients",
        Need::Data => "Exploité des données",
        Need::Product => "Façonné un produit",
        Need::Infrastructure => "Géré l’infrastructure",
        Need::InternalIt => "Assuré le support informatique des salariés",
        Need::Change => "Conduit un changement dans toute une entreprise",
    }
}

fn fit_text(f: Fit) -> &'static str {
    match f {
        Fit::Strong => "Forte adéquation",
        Fit::Partial => "Adéquation partielle",
        Fit::Weak => "Faible adéquation",
    }
}

fn step_text(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => {
            "L’étape habituelle\u{a0}: construire et livrer un produit vous-même, par exemple comme développeur senior chargé d’une première version."
        }
        CtoType::Stabilizer => "L’étape habituelle\u{a0}: diriger une équipe de cinq personnes ou plus, comme lead developer ou head of engineering.",
        CtoType::Industrializer => {
            "L’étape habituelle\u{a0}: diriger plusieurs équipes par l’intermédiaire de leurs managers, par exemple comme head of engineering."
        }
    }
}

fn over_text(role: Outcome) -> &'static str {
    match role {
        Outcome::Cto(CtoType::Hacker) => "Dans ce poste, on code tous les jours\u{a0}: montrez un travail récent, les mains dans le code.",
        Outcome::Cto(CtoType::Stabilizer) => "Ici, le poste reste proche du code et de l’équipe\u{a0}: montrez que vous savez encore entrer dans une base de code, pas seulement diriger des managers.",
        Outcome::Cto(CtoType::Industrializer) => "Vous avez dirigé plus que ce que ce poste demande\u{a0}: dites ce qui vous y attire.",
        Outcome::NoCto => "Ce poste n’est pas celui d’un CTO\u{a0}: s’il vous intéresse, mettez en avant ce que vous avez fait de plus proche de ses besoins.",
    }
}

fn suits_trade(s: Specialty) -> &'static str {
    match s {
        Specialty::Product => "Votre parcours convient à un poste de product manager, ou à une place d’associée ou d’associé côté produit aux côtés d’une ou d’un CTO qui construit.",
        Specialty::Data => "Votre parcours convient à un poste data (data engineer, data analyst, puis responsable des données) dans une organisation qui veut tirer parti de ses chiffres.",
        Specialty::Infrastructure => "Votre parcours convient à un poste de responsable infrastructure ou plateforme (DevOps, SRE) dans une entreprise qui construit un produit.",
        Specialty::Security => "Votre parcours convient à un poste de RSSI, ou de consultante ou consultant en sécurité.",
    }
}

fn suits_text(reads_as: Outcome) -> &'static str {
    match reads_as {
        Outcome::Cto(CtoType::Hacker) => "Votre parcours convient à une entreprise de moins de {low}\u{a0}personnes, ou au premier produit de n’importe quelle entreprise\u{a0}: le poste du hackeur.",
        Outcome::Cto(CtoType::Stabilizer) => "Votre parcours convient à une entreprise de {low} à {high}\u{a0}personnes dont l’équipe doit grandir\u{a0}: le poste du stabilisateur.",
        Outcome::Cto(CtoType::Industrializer) => "Votre parcours convient à une entreprise de plus de {high}\u{a0}personnes, avec une direction technique à piloter\u{a0}: le poste de l’industrialisateur.",
        Outcome::NoCto => "Votre parcours convient à la direction des systèmes d’information\u{a0}: un poste de DSI dans une PME, une ETI ou une collectivité moyenne, ou d’adjointe ou adjoint à la ou au DSI dans une grande structure, là où il ne faut pas de CTO.",
    }
}

pub static FR: Texts = Texts {
    lang_name: "Français",
    lang_switch: "Langue",
    title: "De quel CTO votre entreprise a-t-elle besoin\u{a0}?",
    page_title: "cto-match\u{a0}: de quel CTO votre entreprise a-t-elle besoin\u{a0}?",
    intro: "Décrivez votre entreprise\u{a0}: le résultat se met à jour à chaque réponse, et l’adresse de la page garde vos réponses pour y revenir ou les partager.",
    intro_embedded: "Décrivez votre entreprise\u{a0}: le résultat se met à jour à chaque réponse, et vous pouvez le partager par un lien.",
    form_label: "Votre entreprise",

    headcount: choice("Effectif de la structure", "Un nombre entier, de 1 à 1\u{202f}000\u{202f}000."),
    tech: choice("Effectif de l’équipe tech (facultatif)", "Développement, design, exploitation\u{a0}: toutes les personnes qui fabriquent le produit. 0 s’il n’y a encore personne."),
    stage_legend: "Où en est l’entreprise\u{a0}?",
    unsure: "Je ne sais pas",
    stage,
    software_legend: "Quelle place tient le logiciel dans votre activité\u{a0}? (facultatif)",
    software,
    org_legend: "Quel type de structure\u{a0}? (facultatif)",
    org,
    cto_legend: "Quelqu’un dirige-t-il la technique ou l’informatique aujourd’hui (CTO, DSI, responsable informatique)\u{a0}? (facultatif)",
    cto_today,
    needs_legend: "Qu’attendez-vous de votre responsable technique\u{a0}?",
    needs_help: "Plusieurs réponses possibles. Le résultat indique le poids de chacune.",
    need_group,
    need: need_text,
    start_over: "Tout effacer",
    more_questions: "Plus de détails sur votre organisation (facultatif)",
    more_result: "Le résultat complet\u{a0}: pourquoi, ce qui est proche, missions, casquettes, rémunération et offre d’emploi",
    cta_default: "Parlons-en",

    field,
    link_errors: "Certaines valeurs transmises au widget (par le lien, la page ou les réponses enregistrées) étaient inutilisables et ont été ignorées\u{a0}:",
    not_whole_number: "{field}\u{a0}: «\u{a0}{given}\u{a0}» n’est pas un nombre de personnes (indiquez un nombre entier, par exemple {example}).",
    number_with_words: "{field}\u{a0}: «\u{a0}{given}\u{a0}» n’est pas un nombre seul\u{a0}; vouliez-vous dire {n}\u{a0}?",
    number_in_words: "{field}\u{a0}: écrivez «\u{a0}{given}\u{a0}» en chiffres ({n}).",
    below_min: "{field}\u{a0}: indiquez au moins {min} (vous avez indiqué {given}).",
    below_zero: "{field}\u{a0}: indiquez 0 ou un nombre positif (vous avez indiqué {given}).",
    above_max: "{field}\u{a0}: au plus {max} (vous avez indiqué {given}).",
    tech_above_headcount: "{field}\u{a0}: {given}, c’est plus que les {headcount}\u{a0}personnes de toute l’entreprise.",
    unknown_choice_near: "{field}\u{a0}: «\u{a0}{given}\u{a0}» n’est pas une valeur reconnue\u{a0}; vouliez-vous dire «\u{a0}{label}\u{a0}» («\u{a0}{id}\u{a0}» dans un lien)\u{a0}?",
    unknown_choice: "{field}\u{a0}: «\u{a0}{given}\u{a0}» n’est pas une valeur reconnue\u{a0}; choisissez dans le formulaire parmi {choices}.",
    quoted: "«\u{a0}{label}\u{a0}»",
    unknown_need: "{field}\u{a0}: «\u{a0}{given}\u{a0}» ne fait pas partie des réponses possibles\u{a0}; cochez vos réponses dans la liste.",
    unknown_lang: "{field}\u{a0}: «\u{a0}{given}\u{a0}» n’est pas disponible\u{a0}; le widget existe en anglais (en) et en français (fr).",
    more_errors: "Et {count} autres.",
    more_values: "{field}\u{a0}: {count} autres valeurs ont été ignorées.",
    storage_failed: "Vos réponses ne peuvent pas être enregistrées dans ce navigateur (stockage plein ou bloqué). Le widget fonctionne quand même, mais elles ne seront plus là la prochaine fois.",

    result_label: "Résultat",
    waiting: "Indiquez l’effectif de votre entreprise pour savoir quel CTO lui convient.",
    you_need: "Le profil qu’il vous faut",
    cto,
    no_cto: TypeText {
        label: "aucun",
        the: "aucun CTO",
        name: "Un autre rôle qu’un CTO",
        tagline: "Ce que vous décrivez appelle un autre rôle qu’un CTO, et le résultat dit lequel.",
        portrait: "Un CTO conçoit et construit la technologie que l’entreprise vend ou sur laquelle elle s’appuie, \
                   et dirige celles et ceux qui la fabriquent. Le matériel, les comptes, les serveurs et leur sécurité sont \
                   un autre métier\u{a0}: un salaire de CTO paierait des compétences dont vous n’avez pas besoin.",
    },
    why_no_cto: NoCtoText {
        needs: role_needs,
        tagline: role_tagline,
        portrait: role_portrait,
        staff_tools: "Le logiciel se limite aux outils internes\u{a0}: il n’y a pas de produit à construire",
        it_dept_project: "Votre application est un projet de votre direction des systèmes d’information, au service de votre organisation\u{a0}: pas une équipe produit à diriger",
        nothing_to_build: "Rien à construire\u{a0}: ni produit, ni première version en chantier",
        product_built: "Votre logiciel existe, et rien de nouveau n’est en chantier",
        no_team: "Pas d’équipe tech à diriger",
        cto_left_no_post: "La personne qui tenait ce rôle est partie\u{a0}: récupérez dès maintenant les accès (code, comptes d’hébergement et de domaine, mots de passe, documentation)\u{a0}; ce que vous décrivez relève d’un prestataire ou de quelques jours de conseil, pas d’un poste à pourvoir",
        no_team_one: "Une seule personne à la technique\u{a0}: pas d’équipe à diriger",
        cto_in_place: "Votre CTO en place garde la main sur la technologie\u{a0}; ce que vous décrivez appelle un autre rôle à ses côtés",
        it_left: "La personne qui tenait votre informatique est partie\u{a0}: il s’agit de la remplacer, directement ou, le temps de recruter, par une mission de transition",
        it_left_team: "La personne qui tenait votre informatique est partie\u{a0}: il s’agit de la remplacer\u{a0}; le temps de recruter, l’une ou l’un des membres de votre équipe informatique assure le service",
        it_left_manager: "La personne qui tenait votre informatique est partie\u{a0}: il s’agit de la remplacer, avec votre prestataire renforcé le temps de recruter",
        it_in_place: "La personne qui dirige votre informatique en garde la main\u{a0}; ce que vous décrivez appelle un autre rôle à ses côtés",
        in_place_one: "Gardez la personne en poste comme référente informatique, avec un budget annuel et un contrat d’infogérance en appui pour la sécurité et les sauvegardes.",
        in_place_two_unsaid: "Gardez vos deux personnes de l’informatique comme référentes, avec un budget annuel et un contrat d’infogérance en appui pour la sécurité, les sauvegardes et les congés.",
        in_place_two: "Gardez votre responsable informatique aux commandes, avec sa ou son collègue, un budget annuel et un contrat d’infogérance en appui pour la sécurité, les sauvegardes et les congés.",
        venue_it: "Pour les postes et le réseau, un prestataire d’infogérance au forfait mensuel.",
        shop_it: "Pour vos postes et votre réseau (et vos caisses, si vous avez des boutiques), un prestataire d’infogérance ou votre fournisseur de caisse, au forfait mensuel\u{a0}; un logiciel de caisse doit être certifié (NF 525 ou équivalent), et peut proposer la commande en ligne.",
        data_small_reason: "Vos chiffres et les outils qui les donnent\u{a0}: une question de quelques jours, pas un poste",
        shop_data: "Vos chiffres de vente sont dans votre solution de vente en ligne (et dans votre caisse, si vous avez un magasin)\u{a0}: leurs tableaux de bord et leurs exports suffisent d’ordinaire.",
        data_small: "Vos données (clients, devis, dossiers, facturation) sont dans vos logiciels métier et sur vos serveurs de fichiers\u{a0}: demandez à leurs éditeurs les exports et tableaux de bord qu’ils proposent, et vérifiez où elles sont hébergées et sauvegardées (RGPD, et hébergeur certifié HDS s’il s’agit de données de santé).",
        before_tax: "€ HT",
        vat_nonprofit: "Les tarifs journaliers s’entendent hors taxes\u{a0}: pour une association ou une fondation, la TVA s’y ajoute et n’est le plus souvent pas récupérable.",
        change_project_lead_public: "Pour chaque grand projet (un logiciel de gestion ou de finances, un logiciel métier, la dématérialisation), une cheffe ou un chef de projet, en interne ou en mission retenue sur marché public, avec un rattachement à la personne qui dirige votre informatique.",
        change_project_lead_to_name_public: "Pour chaque grand projet (un logiciel de gestion ou de finances, un logiciel métier, la dématérialisation), une cheffe ou un chef de projet, en interne ou en mission retenue sur marché public, avec un rattachement à la direction générale aux côtés de la ou du responsable informatique que vous désignerez.",
        cio_backing_hire_public: "Pour structurer vos projets et leur suivi, quelques jours par mois d’une ou d’un DSI à temps partagé, retenu sur marché public ou mis à disposition par un syndicat informatique, peuvent épauler la ou le responsable informatique que vous nommerez ou recruterez.",
        cio_backing_choice: "Pour choisir et déployer votre nouveau logiciel, quelques jours d’une consultante ou d’un consultant en systèmes d’information (AMOA) pour le cahier des charges et les démonstrations des éditeurs, puis, si besoin, une ou un DSI à temps partagé quelques jours par mois pour conduire le changement.",
        cio_backing_choice_public: "Pour choisir et déployer votre nouveau logiciel, une assistance à maîtrise d’ouvrage retenue sur marché public pour le cahier des charges et les démonstrations des éditeurs, puis, si besoin, une ou un DSI à temps partagé, ou celui d’un syndicat informatique, pour conduire le changement.",
        app_project_team: "Pour l’application elle-même, une ou un product owner en interne, qui travaille avec vos développeurs (et, au besoin, une agence), rattaché à la direction des systèmes d’information.",
        data_team_large: "Pour vos données, une ou un responsable des données, avec une équipe à part entière (analystes, data engineers), rattaché à la direction.",
        security_plan_provider: "Votre prestataire informatique (ou un prestataire d’infogérance, si vous n’en avez pas) met en œuvre le plan fixé par la consultante ou le consultant\u{a0}: comptes, mises à jour, sauvegardes, accès.",
        shop_none_fits_one: "Si aucune solution existante ne fait ce que vous voulez, quelques jours d’une ou d’un CTO à temps partagé pour écrire le cahier des charges et guider la personne chargée de votre informatique, ou une ou un freelance au forfait\u{a0}; sur une solution prête à l’emploi, l’hébergement et la sécurité relèvent de l’éditeur\u{a0}: demandez où sont vos données et comment elles sont sauvegardées.",
        shop_none_fits: "Si aucune solution existante ne fait ce que vous voulez, quelques jours d’une ou d’un CTO à temps partagé pour écrire le cahier des charges et piloter une ou un freelance au forfait.",
        data_small_site: "Vos données (ventes, clients, commandes, facturation) sont dans votre site ou votre application et dans vos logiciels de gestion\u{a0}: demandez à leurs éditeurs, ou à votre prestataire, les exports et tableaux de bord qu’ils proposent, et vérifiez où elles sont hébergées et sauvegardées (RGPD).",
        data_small_members: "Vos données (dons, adhérents, facturation) sont dans vos logiciels métier et sur vos serveurs de fichiers\u{a0}: demandez à leurs éditeurs les exports et tableaux de bord qu’ils proposent, et vérifiez où elles sont hébergées et sauvegardées (RGPD).",
        data_beside_small: "Vos données sont dans vos logiciels métier\u{a0}: pas de quoi occuper une ou un data analyst",
        data_beside_team: "Les données\u{a0}: le travail d’une ou d’un responsable des données, pas d’un CTO",
        ciso_group: "La sécurité fait partie de vos besoins\u{a0}: voyez d’abord ce que couvre le RSSI du groupe, et nommez sur place une correspondante ou un correspondant sécurité.",
        security_checkup_team: "Commencez par un diagnostic de sécurité\u{a0}: quelques jours d’une consultante ou d’un consultant (environ 800 à 1\u{a0}500\u{a0}€ HT par jour), puis votre équipe informatique ou votre prestataire mettent en œuvre le plan.",
        security_checkup: "Commencez par un diagnostic de sécurité\u{a0}: quelques jours d’une consultante ou d’un consultant (environ 800 à 1\u{a0}500\u{a0}€ HT par jour), puis la personne qui s’occupe de votre informatique, ou votre prestataire, met en œuvre le plan.",
        security_checkup_host: "Commencez par un diagnostic de sécurité\u{a0}: quelques jours d’une consultante ou d’un consultant (environ 800 à 1\u{a0}500\u{a0}€ HT par jour), puis vos développeurs et votre hébergeur mettent en œuvre le plan.",
        security_checkup_clients: "Commencez par un prestataire labellisé ExpertCyber (Cybermalveillance.gouv.fr)\u{a0}; pour les questionnaires de sécurité de vos clients, une consultante ou un consultant quelques jours (environ 800 à 1\u{a0}500\u{a0}€ HT par jour), puis votre prestataire met en œuvre le plan\u{a0}; une certification seulement si un contrat l’exige.",
        security_checkup_provider: "Commencez par un prestataire labellisé ExpertCyber (Cybermalveillance.gouv.fr)\u{a0}; un diagnostic par une consultante ou un consultant (environ 800 à 1\u{a0}500\u{a0}€ HT par jour) si vos données l’exigent, puis votre prestataire met en œuvre le plan.",
        security_public: "Dans le public, les dispositifs d’accompagnement de l’ANSSI ou le CSIRT de votre région peuvent vous orienter.",
        change_small_it: "Votre projet se mène avec l’éditeur ou votre prestataire, la personne qui s’occupe de votre informatique en cheffe ou chef de projet\u{a0}; quelques jours par mois d’une ou d’un DSI à temps partagé peuvent l’épauler si le projet est lourd.",
        roadmap_beside_it: "Votre feuille de route informatique et son budget s’écrivent avec la personne en place\u{a0}; quelques jours par mois d’une ou d’un DSI à temps partagé peuvent l’aider à les construire, à les chiffrer et à les présenter à votre direction et à vos instances (conseil d’administration, élus).",
        processes_beside_it: "Vos règles informatiques (demandes, accès, mises à jour, sauvegardes) se posent avec la personne qui s’occupe de votre informatique et votre prestataire\u{a0}; quelques jours d’une ou d’un DSI à temps partagé peuvent l’y aider.",
        online_service: "Pour votre premier service en ligne, une solution existante ou le module de l’éditeur de votre logiciel métier suffit d’ordinaire, mis en place par votre équipe informatique avec l’éditeur, avant tout développement.",
        online_service_public: "Pour la première démarche en ligne, regardez d’abord l’offre de vos services mutualisés ou de votre opérateur public de services numériques (et, pour un service de l’État, Démarches simplifiées), les logiciels libres de l’Adullact ou le module de l’éditeur de votre logiciel métier, avant tout développement\u{a0}: votre équipe informatique la met en place et la fait vivre.",
        it_manager_team_first: "Une ou un responsable informatique qui dirige votre équipe informatique et ses projets, et garde la main sur la sécurité et le budget informatique.",
        business_software_first_nonprofit: "D’abord les éditeurs de votre secteur\u{a0}: demandez des démonstrations, et l’avis d’associations comparables ou de votre fédération (le DLA, dispositif local d’accompagnement, ou Solidatech peuvent aussi vous orienter)\u{a0}; quelques jours de conseil indépendant seulement si vous hésitez.",
        business_software_first: "D’abord les éditeurs de votre métier\u{a0}: demandez des démonstrations, et l’avis de vos confrères et de votre expert-comptable (facturation électronique comprise)\u{a0}; quelques jours de conseil indépendant seulement si vous hésitez.",
        head_unsaid: "Une organisation de cette taille a d’ordinaire sa ou son DSI\u{a0}: si c’est votre cas, laissez-lui les commandes et ajoutez à ses côtés ce que demandent vos besoins\u{a0}; si le poste est vide, c’est lui qu’il faut pourvoir d’abord.",
        it_costs: "Une consultante ou un consultant informatique indépendant, ou une ou un DSI à temps partagé, pour quelques jours payés à la journée (environ 800 à 1\u{a0}500\u{a0}€ HT), qui vous laisse un rapport écrit.",
        it_costs_chamber: "Pour une entreprise artisanale ou une petite entreprise, voyez d’abord le diagnostic numérique de votre chambre de métiers ou de votre CCI.",
        data_tool_project: "Pour l’outil lui-même (un CRM, une suite de reporting), une cheffe ou un chef de projet avec un intégrateur, aux côtés de votre service informatique, qui reste en place.",
        change_no_it_public: "D’abord la mutualisation (intercommunalité, syndicat informatique, centre de gestion)\u{a0}; à défaut, le matériel, les comptes et les sauvegardes vont à un prestataire d’infogérance retenu sur marché public.",
        change_project_lead: "Pour chaque grand projet (un logiciel de gestion ou de finances, un logiciel métier, la dématérialisation), une cheffe ou un chef de projet, en interne ou en mission, avec un rattachement à la personne qui dirige votre informatique.",
        it_left_small: "La personne qui s’occupait de votre informatique est partie\u{a0}: à votre taille, un contrat d’infogérance avec une référente ou un référent en interne coûte en général moins cher qu’un poste et ne dépend plus d’une seule personne\u{a0}; récupérez dès maintenant les accès",
        change_no_it: "Le matériel, les comptes et les sauvegardes\u{a0}: un prestataire d’infogérance, au forfait mensuel.",
        it_left_one: "La personne qui s’occupait de votre informatique est partie\u{a0}: recrutez quelqu’un pour la remplacer et, d’ici là, demandez à un prestataire d’infogérance d’assurer la continuité (accès, sauvegardes, assistance)",
        it_left_public: "La personne qui dirigeait votre informatique est partie\u{a0}: il s’agit de la remplacer\u{a0}; le temps du recrutement, confiez l’intérim à son adjointe ou son adjoint, ou à une ou un manager de transition retenu sur marché public",
        it_one_left: "Le poste à pourvoir s’occupe des outils internes\u{a0}: un poste informatique, pas une équipe produit",
        in_place_dept: "Gardez votre DSI aux commandes et donnez à sa direction les renforts que demandent vos besoins.",
        cto_in_place_dept: "Votre DSI est en poste\u{a0}: les compétences que vous décrivez viennent renforcer sa direction, sans recruter au-dessus de cette personne",
        cto_in_place_one: "La personne déjà en poste tient votre informatique au quotidien\u{a0}: donnez-lui un budget et un prestataire en appui",
        in_place_it: "Gardez la personne en poste et donnez-lui les moyens d’un DSI\u{a0}: un budget et un mandat de la direction.",
        cto_left: "La personne qui tenait ce rôle est partie\u{a0}: ce que vous décrivez appelle un autre rôle, à pourvoir directement ou, le temps de recruter, en management de transition",
        no_team_unsaid: "Aucune équipe tech indiquée, ou aucune qui ait pu être lue\u{a0}: nous partons du principe qu’il n’y en a pas",
        shop_platform_small: "Un abonnement à une solution en ligne prête à l’emploi (vitrine, boutique, commande à retirer, réservation, billetterie, prise de rendez-vous, adhésions et dons) suffit souvent, sans agence.",
        it_projects_portrait: "Un CTO conçoit et construit la technologie que votre organisation propose ou sur laquelle elle s’appuie, et dirige celles et ceux qui la fabriquent. Piloter l’informatique d’une organisation (ses outils, ses projets, ses process et ses données, avec ses prestataires) est un autre métier\u{a0}: un salaire de CTO paierait des compétences dont vous n’avez pas besoin.",
        business_software_team: "La personne ou l’équipe qui tient votre informatique mène le choix avec les équipes qui utiliseront le logiciel, appuyée par quelques jours d’une consultante ou d’un consultant en systèmes d’information (AMOA) pour le cahier des charges et les démonstrations des éditeurs.",
        shop_platform_service: "Une solution existante pour votre service en ligne (un portail, un catalogue, des formulaires, des réservations), souvent déjà utilisée par d’autres structures, mise en place au forfait par un prestataire, suffit généralement.",
        shop_platform_service_public: "Une solution existante pour votre service en ligne (un portail, un catalogue, des formulaires, des réservations), souvent déjà utilisée par d’autres structures, mise en place au forfait par un prestataire retenu sur marché public, suffit généralement.",
        shop_platform: "Une solution en ligne prête à l’emploi (vitrine, boutique, commande à retirer, réservation, billetterie, prise de rendez-vous, portail client), mise en place par une agence web, suffit généralement.",
        it_manager_change: "Une ou un responsable informatique en interne, qui mène vos projets (logiciel métier, ERP, dématérialisation) avec les équipes et les prestataires, et rend compte à la direction générale.",
        cio_backing_hire: "Pour structurer vos projets et leur suivi, quelques jours par mois d’une ou d’un DSI à temps partagé peuvent épauler la ou le responsable informatique que vous nommerez ou recruterez.",
        cio_backing: "Pour structurer les process et les projets, quelques jours par mois d’une ou d’un DSI à temps partagé peuvent épauler la personne qui dirige votre informatique.",
        cio_small: "À votre taille, une ou un DSI à temps partagé ou un cabinet de conseil peut suffire.",
        data_beside_it: "Les données\u{a0}: le travail d’une ou d’un data analyst, pas d’un CTO",
        public_pooled: "Dans le public, voyez d’abord ce qui est mutualisé, ou pourrait l’être, avant de définir le poste\u{a0}: le GHT pour un hôpital, un syndicat informatique ou un service commun entre l’intercommunalité et ses communes, la direction du numérique de votre ministère pour l’État.",
        group_it_held: "Si vous êtes une filiale, voyez avec la DSI du groupe ce qu’elle porte déjà.",
        managed_it_public_referent: "Pour les postes, votre informaticienne ou informaticien reste le référent\u{a0}; la mutualisation (intercommunalité, syndicat informatique, centre de gestion) ou un prestataire retenu sur marché public en appui.",
        cio_group: "Une ou un DSI qui pilote les outils, les prestataires et les projets, et rend compte à la direction générale de la filiale et à la DSI du groupe (dans un groupe international, un anglais courant est en général attendu).",
        managed_it_public_first: "La mutualisation (intercommunalité, syndicat informatique, centre de gestion\u{a0}; le GHT pour un établissement de santé), ou un prestataire d’infogérance retenu sur marché public.",
        group_it: "Si vous êtes une filiale, voyez d’abord avec la DSI du groupe ce qu’elle prend déjà en charge, et ce qui reste à piloter sur place.",
        data_too_public: "Pour vos données et leur ouverture, une administratrice ou un administrateur des données (ou une chargée ou un chargé de mission open data), appuyé sur data.gouv.fr\u{a0}; un cabinet de BI au forfait pour les tableaux de bord.",
        data_office: "Pour vos données, une direction des données\u{a0}: une ou un CDO, avec une équipe pour la gouvernance, la qualité et les analyses.",
        public_pooled_scope: "Voyez aussi ce que vous mutualisez déjà (le GHT pour un hôpital, un syndicat informatique ou des services communs)\u{a0}: cela dessine le périmètre du poste.",
        business_software_sector: "Pour choisir vos logiciels métier (gestion, relation avec vos donateurs, adhérents ou usagers, comptabilité), comparez les solutions de votre secteur et demandez des démonstrations\u{a0}; quelques jours de conseil indépendant si vous hésitez (environ 800 à 1\u{a0}500\u{a0}€ HT par jour)\u{a0}: un prestataire d’infogérance ne choisit pas vos logiciels métier.",
        cio_large: "Une ou un DSI qui pilote les outils, les prestataires et les projets, rend compte à la direction générale et siège au comité de direction.",
        head_unsaid_org: "Une structure de cette taille a d’ordinaire sa ou son DSI\u{a0}: si c’est votre cas, laissez-lui les commandes et ajoutez à ses côtés ce que demandent vos besoins\u{a0}; si le poste est vide, c’est lui qu’il faut pourvoir d’abord.",
        business_software_public_first: "D’abord les services mutualisés (syndicat informatique, agence départementale, centrale d’achat) et ce qu’ont retenu des structures comme la vôtre\u{a0}: demandez des démonstrations, achetez par marché public ou par une centrale d’achat\u{a0}; quelques jours de conseil indépendant seulement si vous hésitez.",
        business_software_public: "Pour choisir vos logiciels métier, voyez d’abord ce que proposent les services mutualisés et ce qu’ont retenu des structures comme la vôtre\u{a0}; comparez sur démonstration, puis achetez par marché public ou par une centrale d’achat\u{a0}; quelques jours de conseil indépendant si vous hésitez (environ 800 à 1\u{a0}500\u{a0}€ HT par jour).",
        platform_vendor_first: "Si votre plateforme est le service en ligne d’un éditeur (billetterie, boutique, réservations), sa montée en charge est l’affaire de l’éditeur\u{a0}: demandez son offre pour les pics ou une file d’attente, ou changez d’éditeur\u{a0}; un hébergement à vous seulement si vous faites tourner le logiciel vous-mêmes.",
        business_software_group: "En filiale, voyez d’abord avec la DSI du groupe\u{a0}: le choix d’un logiciel métier se fait en général dans son cadre (éditeurs référencés, contrats-cadres, sécurité)\u{a0}; si elle vous laisse la main, quelques jours d’une consultante ou d’un consultant en systèmes d’information (AMOA), et la DSI du groupe pour le faire tourner sur place.",
        business_software_consultant: "Une consultante ou un consultant en systèmes d’information, ou une ou un DSI à temps partagé, pour quelques jours payés à la journée, qui mène le choix avec vos équipes et les démonstrations des éditeurs\u{a0}; puis quelqu’un pour faire tourner votre informatique une fois le logiciel choisi.",
        vendor_project_portrait: "À votre taille, vos outils et leurs projets se mènent avec leurs éditeurs et votre prestataire informatique, une personne de l’équipe en référente ou référent\u{a0}; une ou un DSI à temps partagé seulement pour un changement lourd.",
        vendor_project_portrait_mid: "À votre taille, vos outils et leurs projets se mènent avec leurs éditeurs et une personne de l’équipe qui porte le projet, épaulés au besoin par quelques jours d’une ou d’un DSI à temps partagé\u{a0}: pas de poste à plein temps.",
        vendor_project_portrait_public: "À votre taille, vos outils et leurs projets passent d’abord par les services mutualisés, ou par quelques jours par mois d’une assistance à maîtrise d’ouvrage retenue sur marché public\u{a0}: pas de poste à plein temps.",
        vendor_project_tagline: "Choisir vos outils et mener leur projet avec l’éditeur\u{a0}: ni un poste de CTO, ni un poste de DSI.",
        vendor_project_reason: "Choisir et mettre en place les outils de votre métier\u{a0}: un projet avec leur éditeur, pas un poste de CTO ni de DSI",
        change_project_lead_to_name: "Pour chaque grand projet (un logiciel de gestion ou de finances, un logiciel métier, la dématérialisation), une cheffe ou un chef de projet, en interne ou en mission, avec un rattachement à la direction générale aux côtés de la ou du responsable informatique que vous désignerez.",
        data_office_public: "Pour vos données, une direction des données\u{a0}: une administratrice ou un administrateur des données (à l’hôpital, en lien avec le DIM), avec une équipe pour la gouvernance, la qualité et les analyses.",
        in_place_it_group: "Gardez la personne en poste et donnez-lui les moyens d’un DSI\u{a0}: un budget et un mandat de la direction de la filiale, en lien avec la DSI du groupe.",
        no_team_runs: "Votre équipe informatique exploite le logiciel, elle ne le construit pas\u{a0}: pas d’équipe produit à diriger",
        dev_keeps_code: "Votre développeuse ou développeur garde la main sur le code de votre plateforme\u{a0}: ce qui est demandé, c’est son hébergement, pas une équipe produit à diriger",
        devs_keep_code: "Vos développeurs gardent la main sur le code de votre plateforme\u{a0}: ce qui est demandé, c’est son hébergement, pas une équipe produit à diriger",
        data_too: "Pour vos données, une ou un data analyst, ou un cabinet de BI, sur un projet au forfait.",
        data_team_public: "Pour vos données, une ou un responsable des données, avec une petite équipe (par exemple, à l’hôpital, en lien avec le DIM\u{a0}; dans une collectivité, avec sa politique d’ouverture des données).",
        data_small_tagline: "Vos chiffres sont déjà dans vos logiciels\u{a0}: quelques jours pour les en sortir, pas un poste.",
        data_small_portrait: "Un CTO construit et dirige une technologie. À votre taille, vos chiffres viennent des exports et tableaux de bord de vos logiciels métier\u{a0}; un cabinet de BI ou une ou un freelance au forfait prend le relais si cela ne suffit pas.",
        scale_beside_cio: "Pour la plateforme de vos clients qui monte en charge, une ou un architecte ou une ou un responsable des études auprès de votre DSI, et un hébergeur en infogérance si l’exploitation ne suit pas.",
        app_project: "Pour l’application elle-même, une ou un product owner en interne, avec une agence ou l’éditeur, rattaché à la direction des systèmes d’information.",
        dev_head_it_public: "Pour l’équipe de développement, une ou un responsable des études et développements, rattaché à la direction des systèmes d’information, sur un poste d’encadrement de catégorie A, selon la grille.",
        dev_head_it_large_public: "Pour les équipes de développement, une directrice ou un directeur des études et développements, rattaché à la ou au DSI, sur un poste d’encadrement supérieur, selon la grille.",
        dev_head_it_large: "Pour les équipes de développement, une directrice ou un directeur des études et développements, rattaché à la ou au DSI, au niveau et à la rémunération d’un dirigeant.",
        dev_head_it: "Pour l’équipe de développement, une ou un responsable des études et développements, rattaché à la direction des systèmes d’information, payé comme un profil senior, pas comme un dirigeant.",
        dev_lead_it_manager: "Pour l’équipe de développement, une ou un lead développeur choisi parmi eux, qui mène leurs livraisons et rend compte à la ou au responsable informatique.",
        data_team: "Pour vos données, une ou un responsable des données, avec une petite équipe.",
        business_software: "Pour choisir vos logiciels métier (gestion, devis, dossiers clients ou patients, comptabilité, ou les logiciels techniques de votre profession), comparez les solutions de votre métier et demandez des démonstrations\u{a0}; quelques jours de conseil indépendant si vous hésitez (environ 800 à 1\u{a0}500\u{a0}€ HT par jour)\u{a0}: un prestataire d’infogérance ne choisit pas vos logiciels métier.",
        shop_advice: "Si vous hésitez entre plusieurs solutions, quelques jours de conseil suffisent (environ 800 à 1\u{a0}500\u{a0}€ HT par jour).",
        business_software_hire: "Pour choisir votre logiciel métier, faites mener le choix par la personne que vous recruterez, avec des démonstrations des éditeurs de votre secteur\u{a0}; quelques jours de conseil indépendant si vous hésitez (environ 800 à 1\u{a0}500\u{a0}€ HT par jour).",
        business_software_hire_public: "Pour choisir votre logiciel métier, faites mener le choix par la personne que vous recruterez, avec des démonstrations des éditeurs de votre secteur, par un marché ou une centrale d’achat (UGAP, Resah)\u{a0}; voyez d’abord ce qu’ont retenu des structures comme la vôtre (votre réseau, votre GHT pour un établissement de santé).",
        business_software_it: "Pour choisir votre logiciel métier (un ERP, un CRM, un logiciel propre à votre secteur), comparez les solutions de votre secteur sur démonstration\u{a0}; votre responsable informatique mène le choix, avec quelques jours de conseil indépendant si vous hésitez (environ 800 à 1\u{a0}500\u{a0}€ HT par jour).",
        data_from_chosen: "Vos chiffres viendront du logiciel que vous choisirez\u{a0}: regardez ses rapports et ses exports avant tout projet de BI.",
        data_tool_choose: "Pour l’outil lui-même (un CRM, une suite de reporting), comparez d’abord les solutions de votre secteur, avec quelques jours de conseil si vous hésitez\u{a0}: les premiers tableaux de bord viennent souvent avec l’outil.",
        shop_load: "Pour tenir les pics de fréquentation (fêtes, soldes), l’offre supérieure de votre plateforme ou un hébergeur en infogérance (un forfait mensuel)\u{a0}; faites tester la montée en charge par l’agence avant la saison.",
        it_security: "la sécurité informatique",
        site_not_seat_service: "Votre service en ligne (un portail, un catalogue, des formulaires, des réservations)\u{a0}: le choix d’une solution existante, pas un poste",
        data_tools_reason: "Vos données et les outils pour les exploiter\u{a0}: un travail d’analyste, pas de CTO",
        site_not_seat: "Votre site, votre boutique, votre portail client ou votre prise de rendez-vous en ligne\u{a0}: le choix d’une solution existante, pas un poste",
        shop_tagline: "Ce que vous décrivez se règle avec une solution existante, pas avec un poste.",
        shop_portrait_small: "Un site, une billetterie, une boutique ou une prise de rendez-vous en ligne se montent aujourd’hui avec des solutions à abonnement, que l’on met en place soi-même ou avec une ou un freelance pour quelques jours.",
        shop_portrait_service: "Un site, un espace adhérents ou usagers, des inscriptions, des dons ou une billetterie en ligne se montent aujourd’hui avec des solutions existantes, souvent déjà utilisées par des structures comme la vôtre\u{a0}: une agence web ou une ou un freelance les met en place au forfait, puis les fait évoluer au besoin.",
        shop_portrait_public: "Un site, un portail des démarches, des inscriptions ou une billetterie en ligne se montent aujourd’hui avec des solutions existantes, souvent proposées par vos services mutualisés\u{a0}: un prestataire retenu sur marché public les met en place, puis les fait évoluer au besoin.",
        shop_portrait: "Un site, une boutique, un portail client ou une billetterie en ligne se montent aujourd’hui avec des solutions existantes, ou le module de votre logiciel de gestion\u{a0}: une agence web, une ou un freelance ou l’intégrateur de votre ERP les met en place au forfait, puis les fait évoluer au besoin.",
        audit_plain: "Une feuille de route à écrire et à chiffrer, le choix d’une solution ou d’un prestataire, une revue des coûts ou de la sécurité demandent quelques jours d’une experte ou d’un expert, payés à la journée, avec un rapport écrit\u{a0}: un poste permanent durerait plus longtemps que la question.",
        cto_in_place_cio: "La personne déjà en poste tient en fait un rôle de DSI\u{a0}: donnez-lui les moyens de l’exercer, quel que soit son titre",
        ciso_full_public: "Une ou un RSSI à plein temps, rattaché à la direction générale en lien étroit avec la direction de votre informatique, qui porte les risques, la PSSI et l’homologation des systèmes.",
        ciso_full: "Une ou un RSSI à plein temps, rattaché à la direction générale ou à votre DSI, qui porte les risques, les politiques de sécurité et les certifications.",
        ciso_too_firm: "La sécurité fait partie de vos besoins\u{a0}: à cette taille, prévoyez aussi une ou un RSSI, en interne ou à temps partagé (RSSI externalisé).",
        ciso_too: "La sécurité fait partie de vos besoins\u{a0}: à cette taille, prévoyez aussi une ou un RSSI, en interne ou partagé avec d’autres structures.",
        it_team: "Votre équipe tech s’occupe des outils internes\u{a0}: c’est une équipe informatique, pas une équipe produit",
        it_one: "La personne chargée de l’informatique s’occupe des outils internes\u{a0}: un poste informatique, pas une équipe produit",
        it_team_services: "Votre équipe tech fait tourner les services que vous rendez\u{a0}: une équipe de production informatique, pas une équipe produit à diriger",
        it_one_beside: "La personne chargée de l’informatique ne fabrique pas le cœur de votre activité\u{a0}: un poste informatique, pas une équipe produit à diriger",
        it_team_beside: "Votre équipe tech ne fabrique pas le cœur de votre activité\u{a0}: c’est une équipe informatique, pas une équipe produit à diriger",
        instead_heading: "Ce qu’il vous faut plutôt",
        instead: [
            "Un prestataire d’infogérance pour le matériel, les comptes, les sauvegardes, les serveurs et l’assistance, facturé au poste ou au forfait mensuel.",
            "Une ou un responsable informatique en interne, qui pilote un prestataire et garde la main sur la sécurité et le budget informatique.",
            "Une ou un DSI avec une équipe informatique, qui pilote l’exploitation, la sécurité et le budget, et rend compte à la direction générale.",
        ],
        it_director_team: "Une ou un DSI à la tête de votre équipe informatique, qui pilote l’exploitation, la sécurité et le budget, et rend compte à la direction générale.",
        it_manager_change_public: "Une ou un responsable informatique en interne, qui mène vos projets (logiciels de finances et de ressources humaines, démarches en ligne) avec les services et les prestataires, et rend compte à la direction générale (la ou le DGS, dans une collectivité).",
        instead_build: "Le jour où vous développerez votre propre logiciel, revenez\u{a0}: c’est là qu’un CTO prend tout son sens.",
        instead_role: role_instead,
    },
    beyond_typology: "À {n}\u{a0}personnes, vous êtes bien au-delà des start-up pour lesquelles ce modèle a été conçu. \
                      À cette taille, le plus haut poste tech est celui d’un CTO groupe (dans le public, d’une directrice \
                      ou d’un directeur du numérique). Il encadre des CTO ou des VP Engineering, souvent avec un DSI \
                      à ses côtés pour l’informatique interne. Lisez ce résultat comme le profil de l’un de ces postes.",
    beyond_it_department: "À {n}\u{a0}personnes, vous êtes bien au-delà des start-up pour lesquelles ce modèle a été conçu. Quand l’équipe tech est votre service informatique, le plus haut poste tech est d’ordinaire celui d’une ou d’un DSI, au comité de direction\u{a0}: lisez ce résultat comme le profil de ce poste.",
    beyond_team: "À {n}\u{a0}personnes, vous êtes bien au-delà des start-up pour lesquelles ce modèle a été conçu\u{a0}: \
                  lisez ce résultat comme le profil de l’équipe que vous montez, pas comme celui du CTO du groupe.",

    scores_heading: "Le score des trois profils",
    points: ["{n}\u{a0}point", "{n}\u{a0}points"],
    why: WhyText {
        heading: "Pourquoi",
        against_heading: "Ce qui tire dans l’autre sens",
        badge: "+{n} {type}",
        size,
        near_bound,
        team_none: "Pas encore d’équipe tech\u{a0}: il faut d’abord quelqu’un qui construise",
        team_none_running: "Pas encore d’équipe tech\u{a0}: il faut d’abord quelqu’un qui reprenne le produit en main",
        team_to_hire: "Pas encore d’équipe tech, et une équipe à recruter\u{a0}: un premier responsable qui construise et recrute",
        team,
        team_it_people: "Deux personnes tiennent votre informatique\u{a0}: elles restent vos référentes et mènent le projet de votre côté, sans développer l’application",
        team_it_person: "Une personne tient votre informatique\u{a0}: elle reste votre référente et la cheffe ou le chef de projet de votre côté, pas la développeuse ou le développeur de l’application",
        team_is_cto: "Une équipe tech d’une seule personne, le CTO, qui code",
        ciso_beside_cto: "La ou le CTO porte la sécurité du produit\u{a0}; à votre taille, une ou un RSSI à plein temps à ses côtés, rattaché à la direction, porte les risques, les politiques de sécurité et les certifications (ISO 27001, SOC 2, HDS).",
        security_beside_cto: "La ou le CTO porte la sécurité\u{a0}; pour une certification (ISO 27001, SOC 2, HDS), une consultante ou un consultant en sécurité ou une ou un RSSI à temps partagé à ses côtés, pour l’analyse de risques, la documentation et l’audit.",
        data_beside_cto: "Votre CTO garde la main sur les choix de données\u{a0}; pour les analyses et les flux eux-mêmes, une ou un data analyst ou data engineer à ses côtés, recruté ou sur un projet au forfait, coûte souvent moins cher que son temps.",
        team_steered: "Une équipe tech de {n}\u{a0}{people}\u{a0}: l’échelle du hackeur, où un CTO à temps partagé cadre et guide le travail de l’équipe plutôt que de coder",
        stage: stage_reason,
        needs: needs_reason,
        universal_needs: [
            "{needs}\u{a0}: tout CTO s’en occupe, et cela change ses missions, pas son profil.",
            "{needs}\u{a0}: tout CTO s’en occupe, et cela change ses missions, pas son profil.",
        ],
        staff_it: "Mieux vaut confier l’informatique des salariés à un prestataire qu’à votre CTO.",
        software: software_reason,
        software_internal_seat: SOFTWARE_INTERNAL_SEAT,
        software_cio: "Le logiciel sert votre métier\u{a0}: votre DSI travaille pour les équipes métier autant que sur les outils.",
        size_team_only: "Résultat fondé sur votre seul effectif et votre équipe tech\u{a0}: votre maturité et vos besoins peuvent changer la réponse (si c’est l’informatique des salariés qu’il vous faut plutôt qu’un logiciel, cochez-la).",
        size_needs_part_time: "Résultat fondé sur votre effectif et vos besoins\u{a0}: si une équipe développe déjà un logiciel chez vous, indiquez sa taille\u{a0}; le poste pourrait alors être un premier recrutement.",
        size_only: "Résultat fondé sur votre seul effectif\u{a0}: votre équipe tech, votre maturité et vos besoins peuvent changer la réponse.",
        at_bound_kept: "{n}\u{a0}{people}, pile au seuil\u{a0}: {type} reste à votre portée",
        at_bound_team: [
            "{n}\u{a0}{people}, pile au seuil\u{a0}: en dessous, ce serait d’ordinaire {type}\u{a0}; ici, l’équipe tech pèse davantage",
            "{n}\u{a0}{people}, pile au seuil où {type} prend d’ordinaire le relais\u{a0}; ici, l’équipe tech pèse davantage",
        ],
        at_bound: ["{n}\u{a0}{people}, pile au seuil\u{a0}: une de moins, et ce serait {type}", "{n}\u{a0}{people}, pile au seuil\u{a0}: une de plus, et ce serait {type}"],
    },
    runner_up: RunnerUpText {
        heading: "Juste derrière\u{a0}: {type}",
        by_size_heading: "Si l’on s’en tenait à l’effectif\u{a0}: {type}",
        close_heading: "Au coude-à-coude avec {type}",
        none_heading: "Si vous développiez votre propre technologie, ce serait {type}",
        none_intro: "Il en irait ainsi si",
        tips_intro: "Le résultat basculerait vers {type} si",
        tips_intro_any: "Le résultat basculerait vers {type} si, au choix,",
        none_no_tip_asked: "Il faudrait pour cela un produit à vous et une équipe pour le construire\u{a0}; ce que vous décrivez peut s’obtenir sans eux.",
        none_no_tip: "Cela supposerait un produit à construire et une équipe pour le faire\u{a0}: rien dans vos réponses ne le dit aujourd’hui.",
        no_tip: "Aucun changement réaliste ne ferait basculer le résultat vers {type}\u{a0}: vos autres réponses pèsent plus lourd que l’effectif.",
        add_any: "vous cochiez aussi {needs}",
        add_all: "vous cochiez aussi chacun de ces besoins\u{a0}: {needs}",
        drop_any: "vous décochiez {needs}",
        drop_all: "vous décochiez chacun de ces besoins\u{a0}: {needs}",
        headcount: "{org} comptait {n}\u{a0}personnes",
        team: "l’équipe tech passait à {n}\u{a0}{people}",
    },
    colon: "\u{a0}: ",
    people: ["personne", "personnes"],
    and: "et",
    or: "ou",

    delegate_to_leads: "À confier à vos lead developers",
    stabilizer_app: [
        "Rend solides et évolutives des applications qui marchent, et fait d’une poignée de développeuses et développeurs une équipe.",
        "L’équipe tech s’étoffe. Ce CTO la recrute, la forme et apporte la rigueur qui rend vos applications fiables, bien conçues et faciles à faire évoluer, pour celles et ceux qui s’en servent.",
    ],
    cio_seat: [
        "Dirige votre informatique comme une direction, avec des responsables de service et des process.",
        "Un poste de direction\u{a0}: la stratégie des systèmes d’information, les projets menés avec les métiers, les éditeurs et les prestataires, le budget, et la voix de l’informatique au comité de direction. Ici, le poste de l’industrialisateur est celui d’une ou d’un DSI.",
    ],
    hacker_running: [
        "Fait tourner et avancer le produit, les mains dans le code.",
        "Un touche-à-tout\u{a0}: front, back et serveurs. Reprend le code existant, le fait tourner et le fait évoluer, \
         et répond déjà aux questions techniques des clients, des partenaires et des investisseurs.",
    ],
    investors_early: MissionText { title: "Préparer la levée et convaincre les investisseurs", detail: "Raconte l’histoire technique aux premiers investisseurs et répond à leurs questions." },
    first_sales: MissionText { title: "Appuyer les premiers rendez-vous clients", detail: "Répond aux questions techniques des premiers clients, aux côtés de celles et ceux qui vendent." },
    missions_heading: "Ce que ferait ce CTO",
    tier,
    group,
    matched: "Répond à votre besoin\u{a0}: {need}",
    mission: mission_text,
    mission_for,
    mission_at_scale,
    source_note: "La typologie en trois profils vient de l’Ignition Program, citée dans une fiche métier CTO publiée par \
                  Vocation (Jasmine Manet, 2020, avec Jaafar Elalamy, CTO d’Adriver). Les douze casquettes et les \
                  priorités après la première version sont de Simon Creuchet, CTO de SELF & INNOV. Une aide à la \
                  réflexion, pas un verdict.",
    hats: HatsText {
        heading: "Les douze casquettes d’un CTO de petite structure",
        heading_large: "Les douze casquettes d’un CTO, et qui les porte à votre taille",
        heading_cio: "Les douze casquettes, et qui les porte dans votre direction informatique",
        intro: "Au départ, le CTO porte les douze casquettes, et personne n’excelle dans toutes. Mieux vaut assurer l’essentiel, puis progresser par petites touches. Quand l’équipe grandit, les casquettes se partagent, puis se délèguent.",
        team_given: "Répartition pour une équipe tech de {n}\u{a0}{people}.",
        team_none: "Sans équipe tech, le CTO porte toutes les casquettes.",
        team_none_part_time: "Sans équipe tech, une ou un CTO à temps partagé garde les casquettes d’architecte, de feuille de route et de produit\u{a0}; le reste revient à l’agence ou aux prestataires qui construisent et font tourner.",
        team_assumed: "Répartition pour une équipe tech estimée à {n}\u{a0}{people}\u{a0}; indiquez sa taille réelle pour une lecture plus juste.",
        roles: ["À porter soi-même", "À partager avec l’équipe", "À déléguer"],
        hat,
        priority_badge: "prioritaire après la première version",
        priorities_note: "Après la première version, trois casquettes pèsent le plus\u{a0}: la feuille de route, au service de la stratégie globale\u{a0}; l’architecture d’ensemble, prête à monter en charge et à s’étendre\u{a0}; et le dimensionnement de l’équipe pour suivre l’activité.",
        opinion: "Quand partager ou déléguer chaque casquette\u{a0}: c’est notre lecture de la source, pas une règle.",
    },
    grow: GrowText {
        heading: "En grandissant",
        next,
        next_by_team: NEXT_BY_TEAM,
        next_given: "Au-delà de {bound}\u{a0}personnes, c’est surtout la taille de l’équipe tech qui décidera\u{a0}: à partir d’environ {team}\u{a0}personnes dans la tech, c’est {type} qu’il vous faudra.",
        next_now: "Avec {n}\u{a0}{people} dans la tech, cette étape a commencé\u{a0}: voici ce qu’il faut déléguer dès maintenant.",
        hand_over_title: "À transmettre",
        take_on_title: "À prendre en main",
        keeps_title: "Ce que le poste garde des étapes précédentes",
        hand_over: [
            &["Écrire l’essentiel du code", "Faire tourner seul les serveurs", "Trancher chaque décision technique, petite ou grande"],
            &["Animer les sprints et le point quotidien", "Coordonner chaque mise en production", "Relire soi-même tout le code"],
        ],
        take_on: [
            &["Recruter et former les développeuses et développeurs qui rejoignent l’équipe", "La rigueur\u{a0}: tests, revues de code, supervision", "Une architecture qui monte en charge et sait évoluer"],
            &["La stratégie et la feuille de route technique", "Des process suivis par toutes les équipes"],
        ],
        take_on_board,
        keeps: &[
            "Le dernier mot sur l’architecture, par l’audit des choix techniques",
            "La proximité avec le produit et avec les questions les plus pointues des clients ou des usagers",
            "Le recrutement des personnes clés",
        ],
        profile_heading: "Le profil à rechercher",
        skills_title: "Compétences",
        skills_dev: "Développement logiciel\u{a0}: conception, code, architecture, tests",
        skill_data: "Ingénierie et science des données, pour un poste qui couvre aussi celui de CDO",
        skills_human: "Empathie, sens de la décision, maîtrise des risques et leadership",
        background_title: "Parcours",
        background: "Autodidacte, bootcamp ou école d’ingénieurs\u{a0}: les trois mènent au poste.",
        ladder_title: "La place du poste dans l’évolution de carrière",
        ladder: ["Développeuse ou développeur junior", "Développeuse ou développeur confirmé", "Développeuse ou développeur senior", "Head of engineering ou head of data", "CTO ou CDO"],
        position,
        position_cio: "En général une ou un DSI, ou son adjointe ou adjoint, qui a déjà dirigé une direction des systèmes d’information avec des responsables de service.",
        position_builder: "Quelqu’un qui a déjà construit un produit de bout en bout.",
        position_interim_team: [
            "Pour la transition, quelqu’un qui a déjà tenu un poste de CTO ou de responsable technique\u{a0}; pour le poste permanent qui suivra, en général une développeuse ou un développeur senior, ou une ou un head of engineering, qui a déjà monté une équipe.",
            "Pour la transition, quelqu’un qui a déjà tenu un poste de CTO ou de direction technique\u{a0}; pour le poste permanent qui suivra, en général une ou un head of engineering, ou une ou un CTO qui a déjà dirigé un département.",
        ],
        position_interim: "Quelqu’un qui a déjà repris un produit construit par d’autres, et l’a fait tourner de bout en bout.",
        coach_position,
        pay_title: "Rémunération indicative",
        pay_bands: [
            PayBand { label: "CTO junior", amount: "60\u{a0}k€" },
            PayBand { label: "CTO senior", amount: "80\u{a0}k€" },
            PayBand { label: "CTO expert", amount: "100 à 300\u{a0}k€, le haut de la fourchette surtout aux États-Unis" },
        ],
        pay_caveat: "La rémunération dépend surtout de l’expérience de la personne, puis de la taille de l’entreprise, du secteur et du lieu\u{a0}; la source rappelle que ces chiffres ne sont «\u{a0}pas une vérité absolue\u{a0}».",
        pay_reading: "Repère retenu\u{a0}: «\u{a0}{band}\u{a0}», parce que {because}\u{a0}; la rémunération réelle suit l’expérience de la personne.",
        because_small: "la structure et son équipe sont encore petites",
        because_hands_on: "le poste construit lui-même, ce qui plafonne à cette fourchette quelle que soit la taille de votre organisation",
        pay_reading_cio: "Repère retenu\u{a0}: la fourchette «\u{a0}{band}\u{a0}» de la source, celle d’une ou d’un DSI à cette taille, parce que {because}\u{a0}; la rémunération réelle suit l’expérience de la personne.",
        next_cio: "L’industrialisateur est la dernière des trois étapes\u{a0}: ici, un poste de DSI, qui dirige par ses responsables de service plutôt qu’en codant.",
        because_headcount: "{org} compte {n}\u{a0}{people}",
        your_org,
        because_team_head: "l’équipe tech que pilotera votre head of engineering compte {n}\u{a0}{people}",
        because_team_vp: "l’équipe tech que pilotera votre VP Engineering compte {n}\u{a0}{people}",
        because_team: "l’équipe tech que dirige le CTO compte {n}\u{a0}{people}",
        because_team_promoted: "la personne promue en interne prend son premier poste de CTO, sur une équipe de {n}\u{a0}{people}",
        because_stage,
        because_beyond: "{org} compte {n}\u{a0}personnes, bien au-delà d’une start-up",
    },
    job: JobText {
        heading: "Offre d’emploi",
        intro: "Rédigée à partir de vos réponses, publiable une fois les passages entre crochets complétés. Copiez-la en texte brut ou téléchargez-la en Markdown.",
        copy: "Copier le texte",
        copied: "Copié dans le presse-papiers.",
        copy_refused: "Le navigateur a refusé l’accès au presse-papiers. Le texte est sélectionné\u{a0}: appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.",
        download: "Télécharger (.md)",
        beside: "La fourchette de salaire est notre lecture des repères de la source par séniorité (junior 60\u{a0}k€, senior 80\u{a0}k€, expert 100 à 300\u{a0}k€). La source rappelle elle-même que ces chiffres ne sont «\u{a0}pas une vérité absolue\u{a0}»\u{a0}: ajustez-la à votre secteur et à votre région.",
        title_cto: "CTO (H/F)",
        title_part_time: "CTO à temps partagé (H/F)",
        headline_part_time: "Pour choisir, cadrer et piloter la réalisation de notre produit.",
        headline_part_time_next: "Pour faire évoluer notre application et guider l’équipe qui la développe.",
        headline_part_time_app: "Pour choisir, cadrer et piloter la réalisation de notre application.",
        interim_public: [
            "Pour tenir la direction du numérique pendant que nous recrutons sa ou son titulaire.",
            "Nous cherchons notre directrice ou directeur du numérique par intérim pour trois à six mois, le temps de recruter\u{a0}: faire fonctionner l’équipe au quotidien, sécuriser l’essentiel et aider à choisir la personne qui suivra.",
        ],
        headline_interim: "Pour tenir la direction technique pendant que nous recrutons notre CTO.",
        headline_part_time_takeover: "Pour reprendre en main notre produit, quelques jours par semaine.",
        headline_part_time_running: "Pour prendre en charge nos sujets techniques, quelques jours par mois.",
        must_team_part_time: "Vous avez déjà cadré un produit et guidé la petite équipe qui l’a construit",
        vp_delivery: "Piloter les livraisons de toutes les équipes par l’intermédiaire de leurs managers\u{a0}: planification et mises en production",
        part_time_first_version_team: "Mener la première version avec notre équipe",
        part_time_first_version_one: "Mener la première version avec notre développeuse ou développeur",
        role_part_time_running_one: "Nous cherchons la personne qui prendra en charge nos sujets techniques quelques jours par semaine\u{a0}: fixer l’architecture, cadrer les prochaines versions et guider notre développeuse ou développeur qui les construit.",
        headline_part_time_next_one: "Pour faire évoluer notre application et guider la personne qui la développe.",
        role_part_time_one: "Nous cherchons la personne qui prendra en charge nos sujets techniques quelques jours par semaine\u{a0}: choisir l’architecture et la stack, cadrer la première version et guider notre développeuse ou développeur qui la construit.",
        part_time_infrastructure: "Superviser l’infrastructure",
        cio_dashboard: "Suivre les indicateurs de la DSI",
        nice_public_clients: "Vous avez déjà répondu à des questions techniques pointues d’usagers, d’adhérents ou de partenaires",
        role_part_time_takeover: "Nous cherchons la personne qui prendra en charge nos sujets techniques quelques jours par semaine\u{a0}: reprendre à l’agence qui a construit notre produit le code, les accès et les contrats, fixer l’architecture pour la suite, puis recruter et guider nos premiers développeurs et développeuses.",
        pay_promote_outside: "Si personne dans l’équipe ne convient et que vous recrutez à l’extérieur, comptez plutôt sur le repère «\u{a0}{band}\u{a0}», comme dans l’annonce.",
        must_part_time_running: "Vous avez déjà fait tenir un produit en production pendant sa croissance et guidé l’équipe de développement qui le fait évoluer",
        must_part_time_takeover: "Vous avez déjà repris un produit construit par un prestataire et recruté les premiers membres d’une équipe de développement",
        role_part_time_team_running: "Nous cherchons la personne qui prendra en charge nos sujets techniques quelques jours par semaine\u{a0}: fixer l’architecture, cadrer les prochaines versions et guider notre équipe de développement qui les construit.",
        role_part_time_team: "Nous cherchons la personne qui prendra en charge nos sujets techniques quelques jours par semaine\u{a0}: choisir l’architecture et la stack, cadrer la première version et guider notre équipe de développement qui la construit.",
        role_part_time_services: "Nous cherchons la personne qui prendra en charge nos sujets techniques quelques jours par mois\u{a0}: reprendre en main notre site et nos outils, choisir entre une refonte et une solution existante, rédiger le cahier des charges et piloter l’agence ou le freelance qui la réalisera.",
        role_part_time_running_team: "Nous cherchons la personne qui prendra en charge nos sujets techniques quelques jours par mois\u{a0}: revoir ce qui tourne, guider notre équipe de développement, et décider de ce qui doit évoluer.",
        role_part_time_running: "Nous cherchons la personne qui prendra en charge nos sujets techniques quelques jours par mois\u{a0}: revoir ce qui tourne, guider notre développeuse ou développeur, et décider de ce qui doit évoluer.",
        role_part_time: "Nous cherchons la personne qui prendra en charge la technique quelques jours par semaine\u{a0}: choisir une solution existante ou rédiger le cahier des charges, puis piloter le freelance ou l’agence qui la réalisera.",
        must_skills: job_must_skills,
        nice_funders: "Vous avez déjà défendu des choix techniques devant des financeurs ou un conseil d’administration",
        title_interim: "CTO de transition (H/F)",
        title_vp: "VP Engineering (H/F)",
        headline: job_headline,
        headline_app: job_headline_app,
        headline_vp: "Pour piloter les livraisons et les équipes d’ingénierie.",
        about_heading: "Qui sommes-nous\u{a0}?",
        company: "Nous sommes {org} de {n}\u{a0}{people}",
        org: job_org,
        company_unknown: "Nous sommes une organisation en croissance",
        company_solo: "Pour l’instant, nous sommes une seule personne\u{a0}: la fondatrice ou le fondateur du projet",
        title_profile: "CTO\u{a0}: évolution du poste",
        coach_line_lead: "Notre responsable technique est en place\u{a0}: ce texte décrit le poste tel qu’il évolue, pour préparer ensemble sa progression. Ce n’est pas une annonce.",
        coach_line: "Notre CTO est en place\u{a0}: ce texte décrit le poste tel qu’il évolue, pour préparer ensemble sa progression. Ce n’est pas une annonce.",
        pay_search: "[À compléter\u{a0}: rémunération, à fixer avec votre cabinet\u{a0}; au-delà de 150\u{a0}k€ brut annuel à cette taille.]",
        stage: job_stage,
        stage_clause: job_stage_clause,
        scaling_service: ", et notre service se développe vite",
        launched_service: ", et notre service a ses premiers usagers",
        tech_team: ", dont {n} dans l’équipe tech",
        tech_department: ", dont {n} à la direction technique",
        tech_team_one: ", dont une personne dans l’équipe tech",
        no_tech_team: ", sans équipe tech pour l’instant",
        all_tech: ", toutes et tous dans la tech",
        about_placeholder: "[À compléter\u{a0}: votre nom, ce que vous faites, pour qui, et pourquoi maintenant.]",
        stack_placeholder: "[À compléter\u{a0}: votre stack technique, ou «\u{a0}à choisir\u{a0}».]",
        stack_placeholder_known: "[À compléter\u{a0}: votre stack technique.]",
        role_heading: "Le poste",
        role: job_role,
        role_hands_on: "Nous cherchons la personne qui reprendra notre produit, les mains dans le code\u{a0}: décider de ce qu’il faut garder ou refaire, et écrire encore une bonne part du code.",
        reports: job_reports,
        head: job_head,
        cofounder_line: "Ce poste donne accès au capital\u{a0}: vous nous rejoignez comme cofondatrice ou cofondateur, avec une part significative.",
        interim_part_time_line: "Deux à trois jours par semaine, en appui de notre développeuse ou développeur le plus expérimenté.",
        fractional_in_place_line: "Vous travaillez avec la personne qui tient notre informatique, cheffe ou chef de projet de notre côté.",
        fractional_next_line: "Quelques jours par semaine, tant que l’équipe reste petite.",
        fractional_building: "Quelques jours par semaine pendant la réalisation, puis quelques jours par mois une fois l’application en service.",
        fractional_lasting: "Quelques jours par mois, davantage pendant un projet.",
        fractional_line: "Quelques jours par mois ou par semaine pour commencer, avec la possibilité d’évoluer vers un temps plein.",
        missions_heading: "Vos missions",
        must_heading: "Le profil recherché",
        must: job_must,
        board: job_board,
        must_promote_large: "Vous avez déjà mené une équipe d’une vingtaine de développeuses et développeurs ou plus, avec des responsables d’équipe à vos côtés",
        must_exec_small: "Vous avez déjà porté la tech au niveau de la direction, avec une équipe réduite",
        must_heading_internal: "Les compétences attendues",
        headline_lead: "Pour mener notre équipe de développement et pérenniser notre logiciel.",
        headline_lead_platform: "Pour mener notre équipe de développement et pérenniser notre plateforme.",
        role_support: "Nous cherchons la personne qui rendra nos logiciels solides et évolutifs\u{a0}: structurer et faire grandir l’équipe, et apporter la rigueur qui les rend fiables et faciles à faire évoluer.",
        role_lead: "Nous cherchons la personne qui mènera notre équipe de développement\u{a0}: poser les pratiques, faire progresser chacune et chacun, et apporter la rigueur qui garde notre logiciel fiable et facile à faire évoluer.",
        must_lead: "Vous avez déjà mené une petite équipe de développement et posé ses pratiques",
        headline_building: "Pour terminer notre première version et bâtir l’équipe qui la fera durer.",
        role_hacker_new: "Nous cherchons la personne qui prendra en charge la technique\u{a0}: choisir la stack et construire la première version de notre nouveau produit, du front au back, en codant l’essentiel.",
        role_building_new: "Nous cherchons la personne qui construira la première version de notre nouveau produit, puis recrutera et structurera l’équipe.",
        role_building: "Nous cherchons la personne qui mènera notre première version jusqu’au lancement, puis recrutera et structurera l’équipe.",
        qualities: job_qualities,
        experience: "[À compléter\u{a0}: l’expérience attendue, en années.]",
        nice_heading: "Apprécié",
        nice: job_nice,
        offer_heading: "Ce que nous proposons",
        pay: "Rémunération\u{a0}: {range} brut annuel selon profil",
        pay_ranges: ["60 à 80\u{a0}k€", "80 à 100\u{a0}k€", "100 à 150\u{a0}k€"],
        one_to_one_one: "Accompagner votre développeuse ou développeur",
        pay_day_rate: "Tarif journalier\u{a0}: 800 à 1\u{a0}500\u{a0}€ HT, selon profil",
        pay_day_rate_senior: "Tarif journalier\u{a0}: 1\u{a0}200 à 2\u{a0}000\u{a0}€ HT, selon profil",
        pay_public: "Rémunération selon la grille applicable, poste ouvert par voie contractuelle ou statutaire. [À compléter\u{a0}: catégorie ou grade, et fourchette brute annuelle.]",
        equity: "[À compléter\u{a0}: BSPCE ou autre forme d’accès au capital.]",
        benefits: "[À compléter\u{a0}: part variable et avantages.]",
        benefits_public: "[À compléter\u{a0}: avantages.]",
        location: "[À compléter\u{a0}: lieu de travail et politique de télétravail.]",
        start: "[À compléter\u{a0}: date de prise de poste.]",
        contract: "[À compléter\u{a0}: type de contrat, par exemple CDI à temps plein.]",
        contract_public_service: "[À compléter\u{a0}: la procédure de marché public (consultation, critères d’attribution) et le nombre de jours.]",
        contract_part_time: "[À compléter\u{a0}: la forme (indépendant ou contrat à temps partiel) et le nombre de jours, par semaine ou par mois.]",
        contract_interim_part_time: "[À compléter\u{a0}: la forme de la mission (indépendant, portage, management de transition) et sa durée exacte.]",
        contract_interim: "[À compléter\u{a0}: la forme de la mission (indépendant, portage, management de transition), sa durée exacte et son rythme (temps plein ou quelques jours par semaine).]",
        contract_cofounder_venture: "[À compléter\u{a0}: la société créée pour le produit (souvent une SAS à côté de l’entreprise, dont le capital peut être fermé aux tiers, comme dans une profession réglementée), votre statut et votre part de son capital, BSPCE compris.]",
        contract_cofounder: "[À compléter\u{a0}: statut (mandataire social ou salarié) et part du capital, BSPCE compris.]",
        contract_public: "[À compléter\u{a0}: pour un contrat, sa durée.]",
        pay_grid: "Rémunération selon notre grille. [À compléter\u{a0}: fourchette brute annuelle.]",
        reports_cofounder: "Vous formez un binôme avec la personne qui assure la direction générale.",
        founder_line: "Ce texte décrit le poste pour celle ou celui d’entre nous qui le prend\u{a0}: une vision partagée du rôle, pas une annonce à publier.",
        founder_solo_line: "Ce texte décrit le rôle que vous tenez vous-même\u{a0}: une feuille de route pour vous, pas une annonce.",
        role_vp_public: "Aux côtés de notre directrice ou directeur du numérique, qui garde la vision technique et l’architecture, vous pilotez les livraisons, le recrutement et les responsables d’équipe.",
        role_cofounder_left: "Nous cherchons la personne qui reprendra la technique après le départ de notre CTO cofondateur\u{a0}: auditer la stack en place, terminer la première version avec nos développeurs en codant une bonne part, puis structurer l’équipe.",
        role_vp: "Aux côtés de notre CTO, qui garde la vision technique et l’architecture, vous pilotez les livraisons, le recrutement et les responsables d’équipe.",
        reports_vp_public: "Le poste est rattaché à notre directrice ou directeur du numérique.",
        reports_vp: "Le poste est rattaché à notre CTO.",
        role_interim: "Nous cherchons notre CTO de transition pour trois à six mois, le temps de recruter\u{a0}: faire fonctionner l’équipe au quotidien, sécuriser l’essentiel et aider à choisir la personne qui suivra.",
        pay_cofounder: "[À compléter\u{a0}: rémunération de départ, le cas échéant.]",
        apply_heading: "Processus de recrutement",
        apply: ["[À compléter\u{a0}: les étapes, par exemple deux entretiens et une étude de cas.]", "[À compléter\u{a0}: à qui écrire, et comment.]"],
        title_public: "Directrice ou directeur du numérique (H/F)",
        title_nonprofit: "Responsable technique du numérique (H/F)",
        title_public_lead: "Responsable du service numérique (H/F)",
        title_head_eng: "Head of Engineering (H/F)",
        title_cio: "Directrice ou directeur des systèmes d’information (H/F)",
        headline_cio: "Pour diriger notre informatique et porter nos projets numériques avec les métiers.",
        role_cio_plain: "Nous cherchons la personne qui dirigera notre direction des systèmes d’information et portera nos projets numériques avec les métiers, nos éditeurs et nos prestataires\u{a0}; elle siégera au comité de direction.",
        role_cio: "Nous cherchons la personne qui dirigera notre direction des systèmes d’information et portera nos projets numériques, dont notre application, avec une ou un product owner, nos éditeurs et nos prestataires\u{a0}; elle siégera au comité de direction.",
        cio_first_version: "Faire réaliser l’application avec le product owner et le prestataire",
        unsaid_body_line: "Rien dans vos réponses ne dit encore de quel poste il s’agit (responsable informatique, DSI, direction du numérique)\u{a0}: ce texte décrit ce que porterait un poste de direction si vous construisiez vous-mêmes des services numériques. Ce n’est pas une annonce.",
        unsaid_line: "Rien dans vos réponses n’appelle encore un poste\u{a0}: ce texte décrit ce que ferait une ou un CTO à temps partagé si vous aviez un logiciel à vous à construire ou à reprendre. Ce n’est pas une annonce.",
        title_seat_to_define: "Responsable de la technologie\u{a0}: à quoi servirait le poste",
        title_unsaid: "CTO à temps partagé\u{a0}: à quoi servirait le poste",
        title_cofounder: "CTO associé (H/F)",
        apply_public_service: "[À compléter\u{a0}: le calendrier de la consultation et l’adresse de dépôt des offres.]",
        apply_interim: "[À compléter\u{a0}: les étapes, par exemple un entretien avec la direction et une prise de références.]",
        apply_public: "[À compléter\u{a0}: les étapes, par exemple un entretien devant un jury.]",
        apply_partner: "[À compléter\u{a0}: les étapes, par exemple plusieurs rencontres et un court projet mené ensemble.]",
        title_internal: "Responsable des études et du développement (H/F)",
        headline_internal: "Pour faire évoluer nos applications métier et les pérenniser.",
        role_internal: "Nous cherchons la personne qui dirigera le développement de nos applications métier\u{a0}: l’équipe, les choix techniques et leur qualité, au service des équipes qui les utilisent chaque jour.",
        reports_internal: "Le poste est rattaché à la direction des systèmes d’information ou, à défaut, à la direction générale.",
        headline_running: "Les mains dans le code, pour faire avancer notre produit.",
        headline_support: "Pour faire grandir notre équipe tech et pérenniser les logiciels qui portent notre activité.",
        launched_support: ", et les logiciels qui portent notre activité sont en service",
        role_with_team: "Nous cherchons la personne qui prendra en charge la technique\u{a0}: choisir la stack et construire la première version avec nos développeurs, en codant une bonne part, puis en passant la main à l’équipe.",
        company_founders: "Notre équipe fondatrice compte {n}\u{a0}personnes, toutes dans la tech",
        reports_founders: "Vous travaillez main dans la main avec l’équipe fondatrice.",
        interim_roadmap: "Tenir la feuille de route en cours et préparer les décisions de la personne qui suivra",
        part_time_first_version: "Faire réaliser une première version par une ou un freelance ou une agence",
        must_interim: ["Vous avez déjà tenu un poste de CTO ou de responsable technique, et accompagné une équipe lors d’un changement de responsable", "Vous avez déjà audité une base de code et défendu une architecture devant des investisseurs ou des clients"],
        must_interim_firm: ["Vous avez déjà tenu un poste de CTO ou de responsable technique, et accompagné une équipe lors d’un changement de responsable", "Vous avez déjà audité une base de code et défendu une architecture devant la direction ou des clients"],
        must_vp: ["Vous avez dirigé une organisation technique avec des managers", "Vous avez déjà piloté les livraisons de plusieurs équipes par l’intermédiaire de leurs managers"],
        must_part_time: ["Vous avez déjà cadré un produit et piloté le freelance ou l’agence qui l’a réalisé", "Vous avez déjà choisi des technologies et des services pour une petite équipe"],
        subsidiary: "une filiale",
        scale_up: "une scale-up",
        nice_delivery_scale: "Vous avez déjà organisé les livraisons de plusieurs équipes",
        seat_equity: "Une part significative du capital, avec un salaire modeste plutôt qu’un salaire de marché\u{a0}; pour situer une éventuelle rémunération de départ, voyez le repère «\u{a0}{band}\u{a0}».",
        seat_equity_partner: "En partie en capital (BSPCE ou actions), avec un salaire sous le marché\u{a0}; pour le situer, voyez le repère «\u{a0}{band}\u{a0}».",
        pay_own_seat: "Votre propre poste\u{a0}: pas de salaire à fixer ici.",
        pay_title_grid: "La personne qui prend le titre progresse dans votre grille (un grade, une prime de responsabilité)\u{a0}; le repère «\u{a0}{band}\u{a0}» ne situe que le marché privé.",
        pay_unsaid_body: "Pas de repère pour l’instant\u{a0}: définissez d’abord le poste (responsable informatique, DSI ou direction du numérique ne se paient pas sur la même grille).",
        pay_unsaid: "Pas de rémunération à fixer tant qu’aucun besoin n’est dit\u{a0}; quelques jours de conseil se paient environ 800 à 1\u{a0}500\u{a0}€ HT par jour.",
        pay_title_raise: "Une augmentation au niveau du repère «\u{a0}{band}\u{a0}» pour celle ou celui qui prend le titre, ou une part du capital si vous êtes associés.",
        pay_reading_public: "Le repère «\u{a0}{band}\u{a0}» situe le marché privé\u{a0}; dans le public, la grille fixe la rémunération, souvent en dessous. Précisez la catégorie ou le grade dans l’offre.",
        pay_group: "Dans un groupe, ses propres grilles et intitulés fixent en général le poste\u{a0}: voyez-les d’abord.",
        pay_reading_nonprofit: "Le repère «\u{a0}{band}\u{a0}» situe le marché privé\u{a0}; une association ou une fondation paie selon sa grille ou sa convention collective, souvent en dessous. Annoncez la fourchette réelle dans l’offre.",
        pay_day_reading_senior: "Un tarif journalier, environ 1\u{a0}200 à 2\u{a0}000\u{a0}€ HT pour une équipe de cette taille\u{a0}; le repère «\u{a0}{band}\u{a0}» situe le poste permanent qui suivra.",
        pay_public_service: "Le prix d’une prestation d’assistance à maîtrise d’ouvrage achetée sur marché public, environ 800 à 1\u{a0}500\u{a0}€ HT par jour.",
        pay_day_lasting: "Un tarif journalier, environ 800 à 1\u{a0}500\u{a0}€ HT, tant que le poste reste à temps partagé (voir «\u{a0}En grandissant\u{a0}»).",
        pay_day_reading_grid: "Un tarif journalier, environ 800 à 1\u{a0}500\u{a0}€ HT\u{a0}; le repère «\u{a0}{band}\u{a0}» situe le poste permanent qui suivra, que vous paierez selon votre grille.",
        pay_day_reading: "Un tarif journalier, environ 800 à 1\u{a0}500\u{a0}€ HT\u{a0}; le repère «\u{a0}{band}\u{a0}» situe le poste permanent qui suivra.",
        pay_day_reading_equity: "Un tarif journalier, environ 800 à 1\u{a0}500\u{a0}€ HT\u{a0}; le repère «\u{a0}{band}\u{a0}» situe le poste permanent qui suivra, avec des BSPCE\u{a0}: à ce stade, une part significative.",
        title_founder: "Le rôle de CTO",
        title_profile_public: "Directrice ou directeur du numérique\u{a0}: évolution du poste",
        title_vp_public: "Responsable de l’ingénierie logicielle (H/F)",
        part_time_missions: ["Rédiger le cahier des charges", "Choisir et piloter le prestataire", "Recetter les livraisons"],
        headline_takeover: "Pour reprendre en main notre produit et créer notre équipe tech.",
        role_takeover: "Nous cherchons la personne qui reprendra en main notre produit, aujourd’hui développé par un prestataire, puis recrutera et structurera notre première équipe tech.",
        takeover_mission: "Reprendre le code existant et organiser la transition avec le prestataire",
        interim_architecture: "Sécuriser l’architecture existante et signaler ce qu’il faudra revoir",
        group_placeholder: ", au sein du groupe [À compléter\u{a0}: son nom]",
        title_vp_company: "VP Engineering (H/F)",
        title_interim_public: "Directrice ou directeur du numérique par intérim (H/F)",
        interim_hiring: "Mener les recrutements en cours",
        interim_next_cto: "Aider à recruter la personne qui prendra le poste",
        interim_investors: "Répondre aux questions techniques des investisseurs (due diligence)",
        interim_processes: "Faire vivre les process en place",
    },
    route: RouteText {
        heading: "Comment pourvoir le poste",
        name: route_name,
        why: route_why,
        executive_small: "Le poste siège au comité de direction, avec une petite équipe tech à faire grandir\u{a0}: cherchez quelqu’un qui a déjà porté la tech à ce niveau et sait monter une équipe. Passez par un cabinet qui connaît votre secteur.",
        it_manager_team: "À cette taille, une ou un responsable informatique dirige votre équipe informatique, organise ses projets et ses mises en production, et répond de la sécurité et du budget informatique.",
        in_place_one: [
            "La personne en place, épaulée par un prestataire",
            "Quelqu’un s’occupe déjà de votre informatique\u{a0}: gardez cette personne comme référente, et confiez à un prestataire d’infogérance ce qu’une personne seule ne peut pas tenir (sauvegardes, supervision, sécurité, remplacement pendant ses absences).",
        ],
        in_place_lead: [
            "Votre responsable informatique en place, avec des renforts",
            "Quelqu’un tient déjà ce poste\u{a0}: donnez-lui les moyens d’un DSI (un budget, un mandat de la direction) et ajoutez à ses côtés ce que demandent vos besoins plutôt que de recruter au-dessus de cette personne.",
        ],
        in_place_cio: [
            "Votre DSI en place, avec des renforts",
            "Votre DSI est en poste\u{a0}: ajoutez à ses côtés ce que demandent vos besoins plutôt que de recruter au-dessus de cette personne.",
        ],
        founder_team_name: "L’une ou l’un de vos ingénieurs",
        cofounder_left_alone: "Votre CTO cofondateur est parti\u{a0}: vos investisseurs attendront une nouvelle associée ou un nouvel associé technique, rémunéré en partie en capital (BSPCE ou actions). D’ici là, une ou un CTO à temps partagé, deux à trois jours par semaine, tient seul le code et l’infrastructure. Récupérez aujourd’hui même les accès, le code et la documentation, avant toute chose.",
        promote_left: "Votre CTO est parti\u{a0}: votre ingénieure ou ingénieur le plus expérimenté connaît le code, les clients et l’équipe\u{a0}; confiez-lui le poste, et récupérez dès maintenant les accès, le code et la documentation. Si personne n’en veut, une ou un CTO de transition le tient le temps de recruter.",
        founder_team: "Ici, tout le monde construit\u{a0}: la personne la plus expérimentée prend dès maintenant le titre de CTO, et les autres continuent de construire à ses côtés.",
        cofounder_left: "Votre CTO cofondateur est parti\u{a0}: vos investisseurs attendront une nouvelle associée ou un nouvel associé technique, rémunéré en partie en capital (BSPCE ou actions). D’ici là, une ou un CTO à temps partagé, deux à trois jours par semaine, tient le code et l’infrastructure avec votre développeuse ou votre développeur le plus expérimenté. Récupérez dès maintenant les accès, le code et la documentation.",
        it_manager_existing_team: "Vous avez déjà une petite équipe informatique\u{a0}: confiez à l’une ou l’un de ses membres, ou à une recrue si personne n’a l’envergure du poste, la responsabilité du service (prestataires, sécurité, budget informatique), avec un rattachement à la direction générale.",
        it_manager_group: "Si la DSI du groupe n’assure pas le quotidien sur place, une personne en interne (technicienne ou technicien de proximité, ou responsable informatique selon le volume) fait le lien avec elle et pilote les prestataires.",
        ciso_public: "À votre taille, la sécurité est un poste à plein temps\u{a0}: une ou un RSSI répond des risques, de la PSSI et de l’homologation des systèmes (RGS), aux côtés de la ou du DSI.",
        search_public_it: "Publiez le poste sur Choisir le service public, ouvert aux titulaires et aux contractuels\u{a0}; pour une collectivité, faites créer l’emploi par délibération s’il n’existe pas, déclarez la vacance au centre de gestion et publiez sur Emploi-Territorial.",
        search_public_it_senior: "Publiez le poste sur Choisir le service public, ouvert aux titulaires et aux contractuels\u{a0}; pour une collectivité, faites créer l’emploi par délibération s’il n’existe pas, déclarez la vacance au centre de gestion (au CNFPT pour un emploi de catégorie A+, comme ingénieur en chef) et publiez sur Emploi-Territorial.",
        it_manager_left_team: "Votre équipe informatique reste en place\u{a0}: confiez le service à l’une ou l’un de ses membres ou à une recrue, qui pilotera aussi vos projets, avec un rattachement à la direction\u{a0}; récupérez dès maintenant les accès.",
        it_manager_existing: "Vous avez déjà quelqu’un en informatique\u{a0}: confiez-lui, ou à une recrue si cette personne n’a pas l’envergure du poste, la responsabilité du service (prestataires, sécurité, budget informatique), avec un rattachement à la direction générale.",
        data_small_name: "Vos logiciels métier et leurs exports, plutôt qu’un poste",
        data_small_why: "Vos chiffres vivent déjà dans vos logiciels (gestion, comptabilité, clients ou adhérents)\u{a0}: commencez par leurs exports et tableaux de bord, et choisissez vos outils sur ce qu’ils permettent d’en sortir\u{a0}; si cela ne suffit pas, un cabinet de BI ou une ou un freelance au forfait. Une ou un data analyst à plein temps ne se justifie pas à votre taille.",
        change_project_light: [
            "Un projet avec l’éditeur et votre prestataire",
            "Menez le changement (la dématérialisation, une nouvelle version) avec l’éditeur de votre logiciel et votre prestataire informatique, une personne de l’équipe en référente ou référent\u{a0}; une ou un DSI à temps partagé seulement si le changement touche plusieurs outils à la fois.",
        ],
        change_project_choice_processes: "Choisissez parmi les solutions faites pour votre métier, sur démonstration\u{a0}; menez ensuite la bascule avec l’éditeur retenu et une personne de l’équipe qui porte le projet. Comme vous revoyez aussi vos processus, prévoyez quelques jours par mois d’une ou d’un DSI à temps partagé pour cadrer la bascule.",
        change_project_choice: [
            "Le logiciel de votre métier, puis un projet avec son éditeur",
            "Choisissez parmi les solutions faites pour votre métier, sur démonstration\u{a0}; menez ensuite la bascule avec l’éditeur retenu et une personne de l’équipe qui porte le projet. Une ou un DSI à temps partagé quelques jours par mois seulement si le changement touche plusieurs outils ou vos processus.",
        ],
        change_project: [
            "Un projet avec l’éditeur, épaulé par une ou un DSI à temps partagé",
            "Une ou un DSI à plein temps ne se justifie pas à votre taille\u{a0}: menez le projet avec l’éditeur du logiciel et une personne de l’équipe qui le porte, épaulés au besoin par quelques jours par mois d’une ou d’un DSI à temps partagé.",
        ],
        cio_plain: "Une ou un DSI",
        promote_public: "Si une personne de votre équipe tient déjà ce rôle de fait, c’est souvent le meilleur choix\u{a0}; dans le public, confier le poste passe par la fiche de poste et, pour une ou un titulaire, par le grade qui y correspond\u{a0}; pour une contractuelle ou un contractuel, par un avenant ou un nouveau contrat. À défaut, publiez le poste sur Choisir le service public (et, pour une collectivité, sur Emploi-Territorial, avec l’appui du centre de gestion), ouvert aux titulaires et aux contractuels.",
        shop_name_small: "Une solution en ligne à abonnement",
        shop_name_public: "La mutualisation, ou une agence retenue sur marché public",
        managed_it_public_name: "La mutualisation, ou un prestataire d’infogérance",
        business_software_public_name: "Vos logiciels métier, par les services mutualisés ou un marché public",
        it_trade_name: "Une directrice ou un directeur technique (production et infrastructures)",
        shop_name: "Une agence web ou une ou un freelance au forfait",
        shop_why_small: "Un abonnement à une solution existante (vitrine, boutique, commande à retirer, réservation, billetterie, prise de rendez-vous, adhésions et dons) se met en place sans agence\u{a0}; une ou un freelance pour quelques jours si vous voulez de l’aide, et quelques jours de conseil seulement si vous hésitez entre plusieurs.",
        shop_why_public: "Les démarches en ligne et le site se trouvent tout faits auprès des services mutualisés (intercommunalité, syndicat informatique, agence technique départementale)\u{a0}; à défaut, une agence retenue sur marché public met en place une solution existante. Quelques jours de conseil seulement si vous hésitez.",
        shop_why: "Une solution en ligne existante, mise en place par une agence web ou une ou un freelance au forfait, suffit généralement\u{a0}; quelques jours de conseil seulement si vous hésitez entre plusieurs.",
        first_hire_none: "Personne en tech pour l’instant\u{a0}: recrutez un profil senior qui a déjà tenu ce rôle, et laissez-lui la main pour bâtir son équipe.",
        first_hire_group: "En filiale, voyez d’abord ce que la DSI du groupe peut porter (hébergement, sécurité) et si un profil du groupe peut prendre le poste\u{a0}; sinon, recrutez un profil senior qui a déjà tenu ce rôle, et laissez-lui la main pour bâtir son équipe.",
        executive_group: "À votre taille, c’est un poste de dirigeant. En filiale, voyez d’abord les talents du groupe\u{a0}; puis cherchez, via un cabinet qui connaît votre secteur, quelqu’un qui a déjà dirigé une organisation technique avec des managers.",
        search_firm: "Un poste de ce niveau se pourvoit le plus souvent avec un cabinet de chasse, l’annonce publiée aussi sur l’Apec.",
        search_nonprofit: "Publiez d’abord le poste sur les sites d’emploi de votre secteur (associations, économie sociale et solidaire) et sur celui de l’Apec\u{a0}; un cabinet, qui facture un cinquième à un quart de la rémunération annuelle, seulement si ces annonces n’aboutissent pas.",
        search_nonprofit_large: "À votre taille, c’est un poste de direction\u{a0}: il se pourvoit le plus souvent avec un cabinet de chasse qui connaît le secteur associatif\u{a0}; publiez-le en parallèle sur l’Apec et sur les sites d’emploi de votre secteur.",
        search_public: "Publiez le poste, ouvert aux titulaires et aux contractuels, sur Choisir le service public et sur votre site. Dans une collectivité, déclarez la vacance au centre de gestion et publiez sur Emploi-Territorial\u{a0}; dans un hôpital, publiez sur le site emploi de la FHF.",
        search_public_senior: "Publiez le poste, ouvert aux titulaires et aux contractuels, sur Choisir le service public et sur votre site. Dans une collectivité, déclarez la vacance au centre de gestion (au CNFPT pour un emploi de catégorie A+, ingénieur en chef ou administrateur) et publiez sur Emploi-Territorial\u{a0}; dans un hôpital, publiez sur le site emploi de la FHF.",
        fractional_team_one: "Le besoin est réel, mais ne fait pas encore un temps plein\u{a0}: une ou un CTO à temps partagé, quelques jours par mois ou par semaine, revoit ce qui tourne, fixe l’architecture et guide votre développeuse ou développeur, jusqu’à ce que le produit exige une ou un responsable à plein temps.",
        fractional_team: "Le besoin est réel, mais ne fait pas encore un temps plein\u{a0}: une ou un CTO à temps partagé, quelques jours par mois ou par semaine, revoit ce qui tourne, fixe l’architecture et guide votre équipe de développement, jusqu’à ce que le produit exige une ou un responsable à plein temps.",
        interim_large: "Le poste est vacant\u{a0}: une ou un CTO de transition, payé à la journée, le tient trois à six mois pendant qu’un cabinet cherche la suite. Avec des managers en place, confier l’intérim à la personne la plus expérimentée, avec l’appui de la direction générale, peut coûter moins\u{a0}: pesez-le avant de signer. Récupérez dès maintenant les accès (code, hébergement, noms de domaine, comptes d’administration).",
        promote_raise: "Votre développeuse ou développeur le plus expérimenté connaît déjà le projet et l’équipe, et c’est souvent le meilleur choix\u{a0}: donnez-lui une vraie part (BSPCE), car les investisseurs regarderont qui tient le poste. À défaut, recrutez un profil expérimenté qui a déjà construit un produit de bout en bout, avec des BSPCE.",
        founder_solo_trade: "Vous êtes l’entreprise et vous codez\u{a0}: il n’y a pas de poste à pourvoir. Pour ce que vous demandez (hébergement, sécurité), un hébergement infogéré et un diagnostic annuel par un spécialiste coûtent moins que vos propres journées.",
        executive_unsaid_small_public: "À votre taille, la plupart des organismes publics ont d’abord besoin d’une informatique mutualisée (intercommunalité, syndicat informatique) ou d’une ou d’un responsable informatique, pas d’un dirigeant\u{a0}; une directrice ou un directeur du numérique pilote les services numériques que vous construisez vous-mêmes. Dites ce dont vous avez besoin pour une lecture plus fine.",
        executive_unsaid_firm: "À votre taille, la plupart des entreprises installées qui ne vendent pas de logiciel ont d’abord besoin d’une ou d’un DSI, pour leurs outils, leurs prestataires et leurs projets\u{a0}; une ou un CTO dirige un produit que vous vendez ou construisez vous-mêmes. Dites ce qu’il vous faut pour une lecture plus fine.",
        executive_unsaid_small_firm: "À votre taille, la plupart des entreprises installées qui ne vendent pas de logiciel ont d’abord besoin d’une ou d’un responsable informatique ou d’un prestataire d’infogérance\u{a0}; une ou un CTO prend son sens le jour où vous construisez votre propre logiciel. Dites ce qu’il vous faut pour une lecture plus fine.",
        executive_unsaid_nonprofit: "À votre taille, la plupart des associations et fondations ont d’abord besoin d’une ou d’un DSI pour leurs outils, leurs prestataires et leurs projets\u{a0}; une ou un responsable technique pilote les services numériques que vous construisez vous-mêmes. Dites ce dont vous avez besoin pour une lecture plus fine, puis publiez le poste sur votre site et les sites d’emploi du secteur associatif.",
        executive_unsaid_small_nonprofit: "À votre taille, la plupart des associations ont d’abord besoin d’une ou d’un responsable informatique ou d’un prestataire d’infogérance, pas d’un dirigeant\u{a0}; une ou un responsable technique se justifie quand vous construisez vous-mêmes des services numériques. Dites ce dont vous avez besoin pour une lecture plus fine.",
        seat_to_define: "Un poste à définir d’abord",
        search_if_empty: "Si le poste est vide\u{a0}: un poste de ce niveau se pourvoit le plus souvent avec un cabinet de chasse.",
        search_if_empty_public: "Si le poste est vide\u{a0}: publiez-le sur Choisir le service public (et, pour une collectivité, sur Emploi-Territorial, en déclarant la vacance au centre de gestion), ouvert aux titulaires et aux contractuels.",
        executive_public_unsaid: "À votre taille, la plupart des organismes publics ont d’abord besoin d’une ou d’un DSI pour leurs outils, leurs prestataires et leurs projets\u{a0}; une directrice ou un directeur du numérique pilote les services numériques que vous construisez vous-mêmes. Dites ce dont vous avez besoin pour une lecture plus fine, puis publiez le poste sur Choisir le service public.",
        head_of_engineering_why: "Votre CTO garde la vision technique\u{a0}; à ses côtés, une ou un head of engineering pilote les livraisons, le recrutement et les responsables d’équipe. Cherchez quelqu’un qui a déjà dirigé une équipe de votre taille.",
        head_of_engineering: "Une ou un head of engineering aux côtés de votre CTO",
        fractional_takeover: "Le besoin est réel, mais ne fait pas encore un temps plein\u{a0}: une ou un CTO à temps partagé, quelques jours par semaine, reprend à l’agence le code, les accès et les contrats, fixe l’architecture et recrute vos premières développeuses et vos premiers développeurs\u{a0}; ensuite, l’une ou l’un d’eux ou un CTO à plein temps prend la tête de l’équipe à mesure qu’elle grandit.",
        fractional_unsaid: "Rien dans vos réponses n’appelle encore un poste\u{a0}: à votre taille, la plupart des entreprises ont besoin d’une solution existante pour leur site et leurs outils, et d’un prestataire d’infogérance\u{a0}; une ou un CTO à temps partagé, payé à la journée, se justifie quand vous avez un logiciel à vous à construire ou à reprendre. Dites ce dont vous avez besoin pour une lecture plus fine.",
        executive_it_department_group: "Votre équipe tech est votre informatique interne, au service de votre organisation\u{a0}: le poste est d’ordinaire sa direction, une ou un DSI (en filiale, voyez d’abord ce que porte la DSI du groupe), qui porte l’application avec son éditeur ou une agence et une ou un product owner\u{a0}; si vos développeurs la construisent eux-mêmes, une ou un responsable des études et développements les encadre, sous sa direction.",
        executive_it_department_name: "Une ou un DSI, avec une ou un product owner pour l’application",
        executive_it_department_plain: "Votre équipe tech est votre informatique interne, au service de votre organisation\u{a0}: le poste est d’ordinaire sa direction, une ou un DSI, au comité de direction\u{a0}; un dirigeant de l’ingénierie ne se justifie que si vous construisez votre propre logiciel.",
        executive_it_department: "Votre équipe tech est votre informatique interne, au service de votre organisation\u{a0}: le poste est d’ordinaire sa direction (une ou un DSI), qui porte la plateforme avec ses équipes, son éditeur s’il y en a un et son hébergeur, avec une ou un product owner pour l’application\u{a0}; si vos développeurs la construisent eux-mêmes, une ou un responsable des études et développements les encadre, sous sa direction.",
        fractional_unsaid_name: "Pas de poste à pourvoir pour l’instant",
        fractional_in_place_name: "Votre informaticienne ou informaticien, avec une ou un CTO à temps partagé",
        fractional_left: "La personne qui tenait le poste est partie\u{a0}: récupérez dès maintenant les accès (code, hébergement, nom de domaine, comptes d’administration)\u{a0}; ensuite, une ou un CTO à temps partagé, quelques jours par semaine ou par mois, reprend le produit en main. À votre taille, cela peut durer, sans poste permanent à pourvoir.",
        fractional_running_name: "Une ou un CTO à temps partagé, pour le produit qui tourne",
        pilot_tagline: "Cadre votre application et pilote celles et ceux qui la réalisent.",
        pilot_next_versions_one: "Fixe l’architecture, cadre les prochaines versions et guide votre développeuse ou développeur qui les réalise\u{a0}; une agence au forfait seulement si une personne n’y suffit pas. À temps partagé, elle ou il cadre et guide plutôt que de coder l’application.",
        pilot_next_versions: [
            "Fait évoluer votre application et guide celles et ceux qui la développent.",
            "Fixe l’architecture, cadre les prochaines versions et guide vos développeuses et développeurs qui les réalisent\u{a0}; une agence au forfait seulement s’ils n’y suffisent pas. À temps partagé, elle ou il cadre et guide plutôt que de coder l’application.",
            "Quelqu’un qui a déjà fait évoluer une application en service et guidé l’équipe qui la développe.",
            "Un poste à temps partagé tant que l’équipe reste petite\u{a0}: un poste permanent ne viendra que si le logiciel devient un service à part entière, avec une équipe à diriger.",
        ],
        pilot_product: [
            "Cadre votre produit et pilote celles et ceux qui le réalisent.",
            "Écrit le besoin, fixe l’architecture et guide votre équipe qui construit le produit, avec une agence au forfait si elle n’y suffit pas. Elle ou il ne le code pas.",
            "Écrit le besoin, choisit entre une solution existante et un développement, et pilote le freelance ou l’agence qui réalise la première version au forfait. Elle ou il ne la code pas.",
            "Quelqu’un qui a déjà cadré un produit et piloté celles et ceux qui l’ont réalisé.",
            "Un poste à temps partagé, le temps de cadrer et de faire réaliser la première version\u{a0}: une ou un CTO à plein temps viendra quand le produit trouvera ses utilisateurs et demandera sa propre équipe.",
        ],
        pilot_portrait_provider: "Écrit le besoin, choisit entre une solution existante et un développement, et pilote le freelance ou l’agence qui la réalise au forfait. À temps partagé, elle ou il cadre et guide plutôt que de coder l’application.",
        pilot_portrait: "Écrit le besoin, choisit entre une solution existante et un développement, et pilote celles et ceux qui la réalisent\u{a0}: votre équipe interne, ou une agence au forfait si elle n’y suffit pas. À temps partagé, elle ou il cadre et guide plutôt que de coder l’application.",
        pilot_position: "Quelqu’un qui a déjà cadré une application et piloté celles et ceux qui l’ont réalisée.",
        pilot_next: "Un poste à temps partagé, le temps de cadrer et de réaliser le logiciel\u{a0}: un poste permanent ne viendra que s’il devient un service à part entière, avec une équipe à diriger.",
        pilot_next_hiring: "Un temps partagé, le temps de cadrer le logiciel et de recruter les premières personnes de l’équipe\u{a0}; le poste permanent vient avec l’équipe\u{a0}: une ou un lead developer, ou une ou un responsable du service, recruté avec l’aide de la ou du CTO à temps partagé.",
        fractional_team_support: "Le besoin est réel, mais ne fait pas encore un temps plein\u{a0}: une ou un CTO à temps partagé, quelques jours par semaine pendant la réalisation, cadre l’application, choisit entre une solution existante et un développement, et guide votre équipe interne, ou une agence si elle n’y suffit pas.",
        fractional_public_name: "La mutualisation, ou une AMO retenue sur marché public",
        fractional_public: "Voyez d’abord ce que proposent les services mutualisés (intercommunalité, syndicat informatique)\u{a0}; à défaut, quelques jours par mois d’une assistance à maîtrise d’ouvrage (AMO) retenue sur marché public cadrent le projet, réalisé par votre équipe informatique ou par une agence.",
        fractional_in_place: "Gardez la personne qui tient votre informatique comme cheffe ou chef de projet de votre côté\u{a0}: elle connaît vos outils et vos équipes. Construire une application est un autre métier\u{a0}: une ou un CTO à temps partagé, quelques jours par semaine pendant la réalisation puis quelques jours par mois, écrit le besoin avec elle et pilote une agence ou un éditeur spécialisé au forfait.",
        in_place_two_name: "Votre équipe informatique en place, épaulée par un prestataire",
        in_place_two: "Votre informatique est déjà tenue, à deux\u{a0}: gardez cette organisation, et confiez à un prestataire d’infogérance ce que deux personnes ne peuvent pas tenir seules (supervision, sécurité, remplacement pendant les absences).",
        in_place_one_public: "Quelqu’un s’occupe déjà de votre informatique\u{a0}: gardez cette personne comme référente. Derrière elle, voyez d’abord ce que proposent les services mutualisés (intercommunalité, syndicat informatique, centre de gestion), sinon un prestataire d’infogérance retenu sur marché public pour ce qu’une personne seule ne peut pas tenir (sauvegardes, supervision, sécurité, remplacement pendant ses absences).",
        change_project_public: [
            "La mutualisation, ou une AMO retenue sur marché public",
            "Une ou un DSI à plein temps ne se justifie pas à votre taille\u{a0}: voyez d’abord ce que proposent les services mutualisés (intercommunalité, syndicat informatique, centre de gestion)\u{a0}; à défaut, quelques jours par mois d’une assistance à maîtrise d’ouvrage (AMO) retenue sur marché public mènent le projet avec l’éditeur et une cheffe ou un chef de projet en interne.",
        ],
        it_costs_name: "Une consultante ou un consultant informatique pour quelques jours",
        it_costs_why_public: "Une question ponctuelle sur votre informatique (ses coûts, une feuille de route, des process, le choix d’un prestataire)\u{a0}: demandez d’abord à vos services mutualisés (votre intercommunalité, un syndicat informatique, le centre de gestion)\u{a0}; sinon, quelques jours d’une consultante ou d’un consultant informatique indépendant, achetés par commande publique, avec un rapport écrit.",
        software_choice_why_group: "En filiale, le choix d’un logiciel métier commence par la DSI du groupe, ses éditeurs référencés et ses contrats-cadres\u{a0}; si elle vous laisse la main, quelques jours d’une consultante ou d’un consultant en systèmes d’information (AMOA) cadrent les besoins, le cahier des charges et les démonstrations des éditeurs, payés à la journée.",
        software_choice_why: "Choisir un logiciel métier est un projet de votre informatique et des équipes qui l’utiliseront\u{a0}: quelques jours d’une consultante ou d’un consultant en systèmes d’information (AMOA) cadrent les besoins, le cahier des charges et les démonstrations des éditeurs, payés à la journée, avec un rapport écrit.",
        clients_why: "Les questions techniques de vos clients (un questionnaire de sécurité, une intégration, l’hébergement de leurs données)\u{a0}: votre prestataire informatique et les éditeurs de vos logiciels répondent à la plupart\u{a0}; pour le reste, quelques jours d’une consultante ou d’un consultant informatique indépendant, payés à la journée.",
        it_costs_why: "Une question ponctuelle sur votre informatique (ses coûts, une feuille de route, des process, le choix d’un prestataire)\u{a0}: quelques jours d’une consultante ou d’un consultant informatique indépendant ou d’une ou d’un DSI à temps partagé, payés à la journée, avec un rapport écrit.",
        business_software_name: "Les logiciels de votre métier, comparés avec leurs éditeurs",
        shop_name_it_person: "Une solution existante, menée par votre informaticienne ou informaticien",
        shop_why_it_person: "Une solution en ligne existante (portail client, boutique, prise de rendez-vous, dons) suffit généralement\u{a0}: choisie avec la personne qui s’occupe de votre informatique, qui mène le projet avec l’éditeur ou un intégrateur au forfait\u{a0}; quelques jours de conseil seulement si vous hésitez entre plusieurs.",
        executive_public_name: "Un recrutement de direction, sur la place de l’emploi public",
        coach_lead: [
            "Faire grandir la personne en place dans le rôle",
            "La personne qui dirige votre technique est en place\u{a0}: voyez ce profil comme celui vers lequel l’accompagner. Un mentorat par quelqu’un qui a déjà tenu ce poste, ou un coaching, raccourcit le chemin\u{a0}; ne recrutez au-dessus d’elle que si elle ne veut pas du rôle.",
        ],
        executive_public: "Publiez le poste sur la place de l’emploi public (Choisir le service public), ouvert aux titulaires et aux contractuels\u{a0}; un cabinet peut aider à trouver les candidatures.",
        interim_team: "Le poste est vacant et l’équipe a besoin d’une ou d’un responsable\u{a0}: une ou un CTO de transition, payé à la journée, le tient trois à six mois, à temps plein ou presque, et aide à recruter la suite. Si l’équipe suit déjà une ou un lead, lui confier l’intérim pendant ces mois, avec l’appui d’une ou d’un CTO à temps partagé, peut coûter moins\u{a0}: pesez-le avant de signer. Récupérez dès maintenant les accès (code, hébergement, noms de domaine, comptes d’administration).",
        interim_public: [
            "Un intérim par l’adjointe ou l’adjoint, ou une transition sur marché public",
            "Le poste est vacant\u{a0}: confiez l’intérim à l’adjointe ou l’adjoint, ou à une ou un manager de transition retenu sur marché public, et publiez le poste sur la place de l’emploi public (Choisir le service public), ouvert aux titulaires et aux contractuels.",
        ],
        interim_small: "Le poste est vacant, mais l’équipe tient le quotidien\u{a0}: deux à trois jours par semaine d’une ou d’un CTO de transition suffisent souvent, ou la développeuse ou le développeur le plus expérimenté assure l’intérim, avec l’appui d’une ou d’un CTO à temps partagé. Récupérez dès maintenant les accès (code, hébergement, noms de domaine, comptes d’administration).",
        managed_it_public: "Pensez d’abord à la mutualisation\u{a0}: service informatique de l’intercommunalité, syndicat informatique ou centre de gestion, et le GHT pour un établissement de santé. Sinon, un prestataire d’infogérance retenu sur marché public, avec une référente ou un référent en interne.",
        promote_early: "Votre développeuse ou développeur le plus expérimenté connaît déjà le projet et l’équipe, et c’est souvent le meilleur choix. À défaut, recrutez un profil qui a déjà construit un produit de bout en bout.",
        interim_none: "Le poste est vacant et personne n’est dans la tech\u{a0}: un CTO de transition, payé à la journée, reprend au prestataire le code, les accès et les contrats, puis aide à recruter les premières personnes de l’équipe.",
        founder_some: "Plusieurs de vos fondateurs construisent\u{a0}: la ou le plus expérimenté prend dès maintenant le titre de CTO, les autres continuent de construire à ses côtés. Ce qui manque le plus souvent ensuite, c’est une première développeuse ou un premier développeur, pas une associée ou un associé de plus.",
        founder_one: "La personne tech de votre équipe fondatrice est votre CTO\u{a0}: donnez-lui le titre dès maintenant. Ce qui manque le plus souvent ensuite, c’est une première développeuse ou un premier développeur, pas une associée ou un associé de plus.",
        founder_solo: "Vous avez fondé l’entreprise et vous codez\u{a0}: le poste de CTO, c’est déjà le vôtre. Ce qui manque le plus souvent, c’est une associée ou un associé côté business, ou un premier développeur.",
    },
    share: ShareText {
        button: "Partager ce résultat",
        copied: "Lien copié\u{a0}: collez-le où vous voulez pour rouvrir ce résultat.",
        shared: "Partagé.",
        refused: "Copiez ce lien pour partager le résultat\u{a0}:",
        print: "Ce résultat en ligne\u{a0}: {url}",
        title: "Quel CTO pour cette entreprise\u{a0}?",
    },
    summary: SummaryText { close: "juste derrière\u{a0}: {type}", more: "Voir le résultat complet" },
    candidate: CandidateText {
        title: "Votre parcours correspond-il à ce poste de CTO\u{a0}?",
        mode_legend: "Vous êtes…",
        mode_company: "Je recrute",
        mode_candidate: "Je suis candidate ou candidat",
        intro: "Voyez comment votre parcours correspond au CTO dont cette entreprise a besoin.",
        org_legend: "Quel type de structure recrute\u{a0}? (facultatif)",
        software_legend: "Quelle place tient le logiciel dans cette entreprise\u{a0}? (facultatif)",
        software: candidate_software,
        needs_legend: "Qu’attend l’entreprise de son responsable technique\u{a0}?",
        led_field: choice("Taille de la plus grande équipe que vous avez dirigée", "Les personnes qui vous étaient rattachées, directement ou via leurs responsables. 0 si aucune pour l’instant."),
        did_legend: "Qu’avez-vous fait et porté vous-même\u{a0}?",
        did_help: "Cochez ce que vous avez porté, pas ce que vous avez vu faire.",
        did: did_text,
        role_form: "Le poste (l’entreprise)",
        role_heading: "Le poste",
        role_missions: "Ses premières missions",
        result_label: "Votre lecture",
        waiting: "Indiquez la taille de la plus grande équipe que vous avez dirigée, ou cochez ce que vous avez fait, pour lire votre parcours.",
        reads_as: "Le profil que dessine votre parcours",
        it_operations_name: "Les systèmes d’information",
        it_manager_portrait: "Un parcours de responsable informatique\u{a0}: un métier à part entière, et le socle d’un poste de DSI.",
        steering_portrait: "Une première version menée à bien\u{a0}: le cœur de ce poste à temps partagé, qui la cadre et pilote celles et ceux qui la réalisent.",
        it_technician_portrait: "Un parcours de technicienne ou de technicien informatique\u{a0}: le socle d’un poste de responsable informatique, une fois une équipe ou des prestataires encadrés.",
        it_operations_portrait_seat: "Un parcours de DSI\u{a0}: un métier à part entière, et exactement ce que cherche une organisation qui n’a pas besoin de CTO.",
        specialty: candidate_specialty,
        scale_step_one: "L’équipe du poste compte {tech}\u{a0}personnes, bien plus que la personne que vous avez encadrée\u{a0}: une marche à franchir, qui abaisse l’adéquation d’un cran",
        scale_step: "L’équipe du poste compte {tech}\u{a0}personnes, bien plus que les {led} que vous avez dirigées\u{a0}: une marche à franchir, qui abaisse l’adéquation d’un cran",
        ciso_group_seat: "Dans une filiale, la sécurité relève d’abord du RSSI du groupe\u{a0}: le poste ouvert sur place est celui de correspondante ou correspondant sécurité, ou un poste dans l’équipe du RSSI du groupe.",
        ciso_seat_open_shared: "La page prévoit ce poste de RSSI en interne ou à temps partagé, aux côtés de celle ou celui qui dirige l’informatique\u{a0}: proposez-vous aussi pour un temps partagé.",
        ciso_step_advice: "Pour viser ce poste, montrez une politique de sécurité, une analyse de risques ou un budget que vous avez portés.",
        ciso_seat_open: "Cette organisation a besoin d’une ou d’un RSSI aux côtés de sa direction informatique\u{a0}: c’est le poste qui correspond à votre parcours.",
        ciso_seat: "Le poste de DSI est pourvu, mais cette organisation a besoin d’une ou d’un RSSI à ses côtés\u{a0}: c’est le poste qui correspond à votre parcours.",
        it_operations_portrait: "Un parcours de DSI plutôt que de CTO\u{a0}: un métier à part entière, et exactement ce que cherche une organisation qui n’a pas besoin de CTO. Le chemin vers un poste de CTO passe par la construction d’un produit et la direction de ceux qui le fabriquent.",
        fit_heading: "Votre adéquation avec ce poste",
        fit_need: "Forte adéquation avec le besoin",
        fit_need_partial: "Adéquation partielle avec le besoin",
        provider_reason: "Ici, le besoin relève d’un prestataire, pas d’un poste en interne",
        vendor_reason: "Ici, le besoin relève d’un projet avec l’éditeur du logiciel, pas d’un poste en interne",
        dev_head_advice: "La page prévoit aussi une ou un responsable des études et développements sous la direction informatique\u{a0}: avec les livraisons et les recrutements que vous avez menés, ce poste correspond à votre parcours tel qu’il est.",
        dev_head_reason: "Le poste de direction pilote l’informatique (celui d’une ou d’un DSI)\u{a0}; pour ses développeurs, la page prévoit une ou un responsable des études et développements sous sa direction\u{a0}: c’est le poste qui correspond à votre parcours",
        provider_reason_public: "Ici, le besoin relève de services mutualisés ou d’un prestataire retenu sur appel d’offres, pas d’un poste en interne",
        fit: fit_text,
        why_heading: "Pourquoi",
        led: "Vous avez encadré jusqu’à {n}\u{a0}{people}\u{a0}: l’échelle où travaille {type}",
        led_one: "Vous avez encadré une personne",
        led_none: "Vous n’avez pas encore dirigé d’équipe\u{a0}: un parcours d’expert, au plus près du terrain",
        led_none_steers: "Vous n’avez pas encore dirigé d’équipe, et ce poste guide une équipe de {n}\u{a0}{people}",
        led_none_steers_hires: "Vous n’avez pas encore dirigé d’équipe, et ce poste guide une équipe de {n}\u{a0}{people} et en recrute d’autres",
        led_none_hires: "Vous n’avez pas encore dirigé d’équipe, et ce poste recrute son équipe et la guide",
        it_seat_left_step: "{seat} est vacant\u{a0}: un poste de votre métier, à une échelle au-dessus de celle que vous avez tenue\u{a0}; si vous êtes l’adjointe ou l’adjoint, proposez-vous pour l’intérim, c’est la meilleure façon de franchir la marche.",
        interim_senior_developer: "Ici, l’intérim peut être confié à la développeuse ou au développeur le plus expérimenté, avec l’appui d’une ou d’un CTO à temps partagé\u{a0}: si c’est vous, proposez-le\u{a0}; c’est aussi le chemin le plus court vers le poste en titre.",
        step_team_led: "Vous avez déjà encadré une équipe de cette taille\u{a0}: ce que le poste ajoute, c’est la structure (les recrutements, l’organisation des livraisons, la rigueur des tests et des revues de code).",
        step_department: "Ce que le poste demande en plus de votre parcours\u{a0}: le budget technique et les processus de toute l’entreprise, que l’on fait porter par les managers de l’équipe.",
        it_project_portrait: "Un parcours de cheffe ou de chef de projet informatique\u{a0}: des outils choisis et des changements menés avec les équipes qui les utilisent, le socle d’un poste de responsable des applications.",
        level_reason_none: "Le poste est d’un ou deux niveaux au-dessus d’un parcours qui n’a pas encore encadré d’équipe\u{a0}: l’adéquation en tient compte",
        level_step_project: "Ce poste tient tout un service informatique\u{a0}: proposez-vous pour en mener le projet (l’outil à choisir, la bascule), ou visez d’abord un poste de cheffe ou chef de projet SI, ou de responsable des applications.",
        suits_it_project: "Votre parcours convient à un poste de cheffe ou chef de projet SI, ou de responsable des applications dans une structure moyenne.",
        data_team_step: "Le poste dirige une équipe data, et vous n’avez pas encore encadré\u{a0}: une marche à franchir, qui abaisse l’adéquation",
        data_team_member: "Cette équipe recrutera des data engineers et des data analysts\u{a0}: c’est là que votre parcours a sa place, et c’est de là qu’on monte à sa tête.",
        product_owner_seat: "Ici, le poste est celui qui dirige l’informatique, un autre métier que le vôtre\u{a0}; mais la page de l’organisation lui recommande une ou un product owner pour son application, rattaché à sa direction des systèmes d’information\u{a0}: c’est le poste qui correspond à votre parcours.",
        data_for_chosen_tool: "Ici, le poste est celui qui dirige l’informatique, un autre métier que le vôtre\u{a0}; pour ses chiffres, la page de l’organisation recommande de partir du logiciel qu’elle va choisir, avant tout projet de BI\u{a0}: proposez-vous en mission pour ce choix et la reprise de ses données, ou visez un poste data dans une structure plus grande.",
        data_officer_seat: "La page de l’organisation recommande une administratrice ou un administrateur des données à côté de son informatique\u{a0}: c’est le poste qui correspond à votre parcours\u{a0}; demandez s’il est ouvert ou encore à créer.",
        it_seat_much_smaller: "Vous avez dirigé bien plus que ce service ({n}\u{a0}{people})\u{a0}: dites ce qui vous y attire, montrez que vous savez aussi faire par vous-même, et attendez une rémunération à la taille du poste, pas de votre parcours.",
        seat_interim_public: "L’organisme assure d’abord l’intérim, par l’adjointe ou l’adjoint ou par une mission retenue sur marché public, puis publie le poste sur Choisir le service public\u{a0}: c’est par cette offre que l’on candidate\u{a0}; suivez sa publication, et dites-vous disponible si l’on vous sollicite pour la mission.",
        seat_interim_then_nonprofit: "L’organisation confie d’abord le poste à une mission de transition de quelques mois, payée à la journée, puis recrute sa ou son titulaire\u{a0}: c’est ce poste-là qui correspond à votre parcours\u{a0}; demandez-lui quand elle l’ouvrira.",
        steer_step_show: "Montrez une équipe que vous avez guidée (des freelances, une agence, des juniors accompagnés) avant de postuler\u{a0}: ce poste consiste à mener des personnes, pas seulement à cadrer le travail.",
        did_reason: "{needs}\u{a0}: le travail que fait {type}",
        ops_reason: "Votre parcours relève des systèmes d’information, pas de la construction d’un produit",
        step_from_it: "Pour viser un poste de CTO, il vous manque l’expérience d’un produit\u{a0}: pilotez un projet de développement, par exemple un service numérique interne, de la conception à la mise en production.",
        role_reason: "Le poste appelle {type}",
        role_none_reason,
        coverage: "Besoins du poste déjà couverts par votre parcours\u{a0}: {k} sur {n}",
        coverage_none: ["Le seul besoin du poste ne figure pas encore dans votre parcours", "Aucun des {n}\u{a0}besoins du poste ne figure encore dans votre parcours"],
        thin: "Encore peu de besoins du poste couverts\u{a0}: l’adéquation baisse d’un cran",
        ciso_team_reason: "Le poste qui vous correspond ici est celui de RSSI que la page de l’organisation recommande d’ajouter à côté de l’informatique",
        seat_below_reason: "Ce poste est bien en dessous des équipes que vous avez dirigées",
        seat_below: "Il n’y a pas ici de poste à votre niveau\u{a0}: l’informatique de cette structure repose sur une personne ou un prestataire. Visez la DSI d’une structure plus grande (dans le public, une intercommunalité ou un syndicat informatique).",
        thin_none: ["Le seul besoin du poste ne figure pas encore dans votre parcours\u{a0}: l’adéquation baisse d’un cran", "Aucun des {n}\u{a0}besoins du poste ne figure encore dans votre parcours\u{a0}: l’adéquation baisse d’un cran"],
        matched_heading: "Ce qui correspond",
        gaps_heading: "Ce qui manque",
        advice_heading: "Ce qui comblerait l’écart",
        step: step_text,
        over: over_text,
        managed_it_contact: "D’après sa page, cette organisation garde en interne une personne référente pour l’informatique, avec un prestataire en appui\u{a0}: c’est le poste qui correspond à votre parcours\u{a0}; demandez s’il est ouvert. S’il est déjà tenu, proposez-vous aux prestataires d’infogérance, ou visez une structure dotée d’un service informatique.",
        security_for_it_seat: "Ce poste pilote toute l’informatique (ses outils, ses prestataires, ses projets), bien au-delà de la sécurité\u{a0}: mettez en avant les prestataires et les projets que vous avez pilotés, ou proposez-vous pour les missions de sécurité qu’achète une telle organisation (un diagnostic, une ou un RSSI à temps partagé).",
        level_step_one: "Ici, la page de l’organisation recommande de confier le service à la personne déjà chargée de l’informatique\u{a0}: si c’est vous, proposez-vous, avec un prestataire que vous avez piloté ou un plan de sécurité que vous avez mené à montrer.",
        level_step_member: "Ici, la page de l’organisation recommande de confier le service à l’un des membres de l’équipe informatique\u{a0}: si vous en faites partie, proposez-vous, en montrant un projet ou un prestataire que vous avez piloté.",
        data_officer_reason: "Le poste qui vous correspond ici est celui d’administratrice ou d’administrateur des données que la page de l’organisation recommande à côté de son informatique, pas le poste qui dirige son informatique",
        vendor_project_advice: "Ici, la page de l’organisation recommande un projet avec l’éditeur de son logiciel, épaulé au besoin par une ou un DSI à temps partagé\u{a0}: proposez-vous pour ce projet, ou visez les éditeurs et intégrateurs de logiciels métier, ou une organisation dotée d’une équipe applications.",
        managed_it_technician: "Ici, la page de l’organisation recommande de confier l’informatique à un prestataire\u{a0}: proposez-vous aux prestataires d’infogérance (technicienne ou technicien de proximité, ingénieure ou ingénieur), ou visez une structure dotée d’un service informatique.",
        suits_head_of_data: "Votre parcours convient à un poste de responsable ou de directrice ou directeur des données (head of data), dans une structure moyenne ou une grande direction.",
        suits_data_engineer_lead: "Votre parcours convient à un poste de lead data engineer, ou de responsable des données d’une structure moyenne.",
        suits_data_lead: "Votre parcours convient à un poste de cheffe ou chef de projet data, ou de responsable des données d’une structure moyenne.",
        builder_for_it_seat: "Votre parcours est celui d’une ou d’un CTO qui construit un produit\u{a0}; ce poste pilote les outils, les prestataires et la sécurité d’une organisation. Visez plutôt la direction technique d’un éditeur ou d’une scale-up\u{a0}; pour passer à la DSI, mettez d’abord en avant ce que vous avez tenu d’infrastructure, de sécurité et de budget.",
        audit_mission: "Ici, la page de l’organisation recommande une solution existante ou quelques jours de conseil\u{a0}: tout au plus une courte mission, pas un poste.",
        security_engineer_portrait: "Un parcours d’ingénieure ou d’ingénieur systèmes et sécurité\u{a0}: des serveurs et leur sécurité tenus au quotidien. Le socle d’un poste de RSSI, une fois portés des politiques, des risques et un budget.",
        security_provider: "Ici, l’organisation confie son informatique, sécurité comprise, à un prestataire\u{a0}: il n’y a pas de poste à pourvoir. Proposez-vous pour les missions de sécurité qu’achète une telle structure (un diagnostic, la mise en œuvre d’un plan), en indépendant ou auprès des prestataires labellisés et des cabinets de sécurité\u{a0}; ou visez une organisation qui emploie une ou un RSSI.",
        security_mission: "Ici, la page de l’organisation recommande un cabinet de sécurité ou une ou un RSSI à temps partagé, quelques jours par mois payés à la journée\u{a0}: c’est une mission, pas un poste salarié. Proposez-vous en indépendant, ou rejoignez un cabinet qui accompagne ce type de structure.",
        hosting_mission: "Ici, la page de l’organisation recommande un hébergeur en infogérance ou une ou un freelance DevOps pour quelques semaines\u{a0}: c’est une mission, pas un poste salarié. Proposez-vous en freelance, ou rejoignez un hébergeur.",
        it_seat_name: ["Le poste qui pilote l’informatique", "Le poste de responsable informatique", "Le poste de DSI"],
        it_seat_left: "{seat} est vacant, et c’est celui qui correspond à votre parcours\u{a0}; si vous êtes l’adjointe ou l’adjoint, proposez-vous dès maintenant pour l’intérim.",
        no_seat_ready_made: "D’après sa page, cette organisation a besoin d’un prestataire ou de quelques jours d’expertise, sans poste en interne\u{a0}: rien à pourvoir pour un parcours comme le vôtre. Visez une structure qui construit son propre logiciel.",
        managed_it_public: "Ici, la page de l’organisation recommande la mutualisation ou un prestataire retenu sur marché public\u{a0}: visez le service informatique d’une intercommunalité, d’un syndicat informatique ou d’un centre de gestion, qui recrutent pour ces structures (Emploi-Territorial).",
        no_seat_other_trade: "D’après sa page, cette organisation n’ouvrira pas de poste interne de votre métier\u{a0}: visez une structure dotée d’une équipe produit ou data.",
        data_for_it_seat: "Ici, le poste est celui qui dirige l’informatique, un autre métier que le vôtre\u{a0}; pour ses données, la page de l’organisation recommande de faire appel à une ou un data analyst ou à un cabinet, au forfait\u{a0}: proposez-vous pour cette mission, ou visez un poste data dans une structure plus grande.",
        data_elsewhere: "Ici, le poste relève d’un autre métier que le vôtre\u{a0}: visez plutôt un poste data.",
        product_for_it_seat: "Ici, le poste relève d’un autre métier que le vôtre\u{a0}: visez plutôt un poste produit.",
        data_engineer_analyst: "Ici, le poste est d’abord celui d’une ou d’un analyste (tableaux de bord, reporting)\u{a0}: mettez en avant ce que vous avez construit pour les utilisateurs des données.",
        data_small_advice: "Ici, la page de l’organisation recommande de commencer par les exports des logiciels en place\u{a0}: proposez-vous en mission, ou visez une structure plus grande.",
        managed_it_strong: "Le besoin correspond à votre parcours, mais l’organisation n’ouvrira sans doute pas de poste interne.",
        level_step_manager: "Ce poste est d’un niveau au-dessus des équipes que vous avez encadrées\u{a0}: visez d’abord un poste d’adjointe ou d’adjoint au DSI, de responsable de pôle, ou de DSI d’une structure moyenne.",
        level_reason: "Le poste est d’un ou deux niveaux au-dessus des équipes que vous avez encadrées\u{a0}: l’adéquation en tient compte",
        level_step_it: "Ce poste est d’un ou deux niveaux au-dessus des équipes que vous avez encadrées\u{a0}: visez d’abord un poste de responsable informatique d’une petite structure.",
        scale_step_it: "Mettez en avant les projets menés à l’échelle de toute une organisation, ou visez d’abord un poste d’adjointe ou d’adjoint au DSI d’une grande structure.",
        managed_it_advice: "Ici, la page de l’organisation recommande de confier l’informatique à un prestataire\u{a0}: proposez-vous plutôt comme DSI à temps partagé, ou visez une structure dotée d’une équipe informatique.",
        seek: "Expérience à aller chercher\u{a0}: {needs}.",
        seek_over: "À mettre en avant si vous l’avez fait\u{a0}: {needs}.",
        suits: suits_text,
        suits_trade,
        suits_it: [
            "Votre parcours convient à un poste de technicienne ou technicien, ou d’administratrice ou administrateur systèmes et réseaux\u{a0}: le socle d’un poste de responsable informatique, une fois une équipe ou des prestataires encadrés.",
            "Votre parcours convient à un poste de responsable informatique dans une petite structure, ou de responsable d’équipe dans une direction informatique plus grande.",
            "Votre parcours convient à un poste de responsable informatique dans une petite ou moyenne structure, ou d’adjointe ou adjoint à la ou au DSI dans une plus grande.",
            "Votre parcours convient à l’exploitation informatique\u{a0}: un poste de responsable informatique ou de DSI, dans une entreprise qui n’a pas besoin de CTO.",
            "Votre parcours convient à la direction des systèmes d’information\u{a0}: un poste de DSI dans une PME, une ETI ou une collectivité moyenne, ou d’adjointe ou adjoint à la ou au DSI dans une grande structure, là où il ne faut pas de CTO.",
        ],
        led_plain: "Vous avez encadré jusqu’à {n}\u{a0}{people}",
        did_base: "{needs}\u{a0}: une base utile à tous les stades",
        seat_promote: "D’après sa page, le poste revient d’abord à la personne qui mène déjà l’équipe\u{a0}: si ce n’est pas vous, demandez où en est le recrutement.",
        seat_unsaid: "Rien dans les réponses de cette entreprise n’appelle encore un poste\u{a0}: demandez-lui ce dont elle a besoin avant de postuler.",
        data_team_seat: "D’après sa page, cette organisation gagnerait à créer, à côté de son informatique, un poste de responsable des données avec son équipe\u{a0}: c’est le poste qui correspond à votre parcours.",
        data_office_step: "À cette taille, le poste dirige une direction des données, avec plusieurs équipes et leurs responsables\u{a0}: une marche à franchir, qui abaisse l’adéquation",
        data_team_reason: "Le poste qui vous correspond ici est celui de responsable des données que la page de l’organisation recommande de créer à côté de la DSI, pas celui de la ou du DSI",
        cio_seat_reason: "Le poste est celui d’une ou d’un DSI, avec une ou un product owner pour l’application",
        seat_interim_then: "L’entreprise confie d’abord le poste à une mission de transition de quelques mois, payée à la journée, puis recrute sa ou son CTO en titre\u{a0}: c’est ce poste-là qui correspond à votre parcours\u{a0}; demandez-lui quand elle l’ouvrira, ou proposez de le prendre tout de suite.",
        data_beside_cto_seat: "Ici, la page de l’entreprise lui recommande de garder sa ou son CTO et d’ajouter un profil data à ses côtés\u{a0}: c’est ce poste-là, pas celui de CTO, qui correspond à votre parcours.",
        data_office_member: "Cette direction des données recrutera des data analysts, des data engineers et des responsables d’équipe\u{a0}: c’est là que votre parcours a sa place, et c’est de là qu’on monte à sa tête.",
        ciso_step: "Un poste de RSSI porte les risques, la politique de sécurité et l’homologation\u{a0}: une marche au-delà d’un parcours d’ingénieur sécurité, qui abaisse l’adéquation",
        seat_interim_step: "Le poste affiché est une mission de transition de quelques mois, qui se confie à quelqu’un qui a déjà tenu un poste de ce niveau\u{a0}; si vous êtes dans l’équipe, proposez plutôt à la direction d’assurer l’intérim avec son appui.",
        seat_interim: "Le poste affiché est une mission de transition de quelques mois, payée à la journée\u{a0}: voyez si ce cadre vous convient avant de postuler.",
        seat_part_time: "Le poste affiché est une mission à temps partagé de quelques jours par semaine ou par mois, payée à la journée\u{a0}: voyez si ce cadre vous convient avant de postuler.",
        seat_part_time_public: "Le poste est une prestation à temps partagé que la collectivité achète sur marché public\u{a0}: on y répond en indépendant ou par un cabinet, pas par une candidature.",
        seat_equity_advice: "Ce poste se paie surtout en capital, avec un salaire de départ modeste\u{a0}: voyez si ce cadre vous convient avant de postuler.",
        seat_vp: "Le poste ouvert est celui de VP Engineering, rattaché au CTO en place\u{a0}: vous n’auriez pas la direction technique.",
        step_head_seat: "Ce poste dirige plusieurs équipes par l’intermédiaire de leurs responsables\u{a0}: montrez celles et ceux que vous avez encadrés et la façon dont vous les avez organisés.",
        seat_head: "Le poste ouvert est celui de head of engineering, aux côtés du CTO en place\u{a0}: vous n’auriez pas la direction technique.",
        public_note: "Le poste est dans le public\u{a0}: recrutement par voie statutaire ou contractuelle, rémunération selon la grille, souvent en dessous du privé à ce niveau.",
        seat_founders: "Ce poste revient à l’un des fondateurs\u{a0}: cette lecture vous dit si un poste de ce type vous correspond, pas s’il est ouvert ici.",
        seat_not_open: "Le poste est déjà tenu\u{a0}: cette lecture vous dit si un poste de ce type vous correspond, pas s’il est ouvert ici.",
    },
};

fn role_needs(r: Role) -> Plural {
    match r {
        Role::ItOperations => {
            ["{needs}\u{a0}: le travail d’un service informatique, pas d’un CTO", "{needs}\u{a0}: le travail d’un service informatique, pas d’un CTO"]
        }
        Role::Data => ["{needs} seulement\u{a0}: un travail d’analyste, pas de CTO", "{needs} seulement\u{a0}: un travail d’analyste, pas de CTO"],
        Role::Security => {
            ["{needs}\u{a0}: un travail de spécialiste de la sécurité, pas de CTO", "{needs}\u{a0}: un travail de spécialiste de la sécurité, pas de CTO"]
        }
        Role::DigitalChange => [
            "{needs}, au service de votre organisation\u{a0}: le rôle d’une ou d’un DSI",
            "{needs}, au service de votre organisation\u{a0}: le rôle d’une ou d’un DSI",
        ],
        Role::Hosting => [
            "{needs} d’un logiciel déjà construit\u{a0}: de l’exploitation, pas un poste de CTO",
            "{needs} d’un logiciel déjà construit\u{a0}: de l’exploitation, pas un poste de CTO",
        ],
        Role::Audit => ["{needs}\u{a0}: une question de quelques jours, pas un poste", "{needs}\u{a0}: une question de quelques jours, pas un poste"],
    }
}

fn role_tagline(r: Role) -> &'static str {
    match r {
        Role::ItOperations => "Ce que vous décrivez relève du service informatique, pas d’une ou d’un CTO.",
        Role::Data => "Ce que vous décrivez relève de la donnée\u{a0}: faire parler vos chiffres, pas diriger une équipe technique.",
        Role::Security => "Ce que vous décrivez relève de la sécurité et de la conformité, pas d’une ou d’un CTO.",
        Role::DigitalChange => "Piloter les outils et les projets informatiques de votre organisation\u{a0}: c’est le rôle d’une ou d’un DSI, pas d’un CTO.",
        Role::Hosting => "Votre logiciel existe\u{a0}: il lui faut un hébergement et des mises en production solides, pas un CTO.",
        Role::Audit => "Ce que vous décrivez est une question ponctuelle\u{a0}: quelques jours d’une experte ou d’un expert suffisent.",
    }
}

fn role_portrait(r: Role) -> &'static str {
    match r {
        Role::ItOperations => {
            "Un CTO conçoit et construit la technologie que votre organisation propose ou sur laquelle elle s’appuie, \
                               et dirige celles et ceux qui la fabriquent. Le matériel, les comptes, les serveurs et leur sécurité sont \
                               un autre métier\u{a0}: un salaire de CTO paierait des compétences dont vous n’avez pas besoin."
        }
        Role::Data => {
            "Un CTO construit et dirige la technologie que votre organisation propose ou sur laquelle elle s’appuie. Les \
                       tableaux de bord, le reporting et les premiers indicateurs sont le métier d’une ou d’un data analyst\u{a0}; \
                       une ou un responsable des données prend le relais quand la donnée devient une équipe à part entière."
        }
        Role::Security => {
            "Un CTO porte la sécurité quand il y a un produit et une équipe pour le construire. Sans eux, la sécurité et la \
                           conformité (RGPD, ISO 27001, référentiels de l’ANSSI) sont un métier de spécialiste\u{a0}: une consultante ou un consultant, ou une ou un RSSI à temps \
                           partagé, une ou un RSSI à plein temps au-delà de mille personnes ou à côté d’une direction informatique \
                           d’au moins vingt personnes."
        }
        Role::DigitalChange => {
            "Un CTO construit un produit et l’équipe qui le fabrique. Piloter l’informatique d’une organisation \
                                (ses outils et ses applications, ses projets, ses processus et la conduite du changement, de la gestion financière au portail en ligne) revient à \
                                une ou un DSI, qui choisit les prestataires, mène les projets et fait adhérer les équipes."
        }
        Role::Hosting => {
            "Un hébergement devenu trop juste et des mises en production pénibles relèvent de l’exploitation\u{a0}: \
                          un hébergeur en infogérance ou une ou un freelance DevOps règle la question sans poste permanent."
        }
        Role::Audit => {
            "Une revue de la stack avant une levée, un audit des coûts ou une due diligence demandent quelques jours \
                        d’un CTO expérimenté, payé à la journée, avec un rapport écrit\u{a0}: un poste permanent durerait plus \
                        longtemps que la question."
        }
    }
}

fn role_instead(r: Role) -> &'static str {
    match r {
        Role::ItOperations => "Un prestataire d’infogérance, un responsable informatique ou un DSI, selon votre taille.",
        Role::Data => "Une ou un data analyst, ou un cabinet de BI pour de premiers tableaux de bord (un projet au forfait)\u{a0}; une ou un responsable des données quand la donnée devient une équipe à part entière.",
        Role::Security => "Un cabinet de sécurité, ou une ou un RSSI à temps partagé, quelques jours par mois au tarif journalier (environ 800 à 1\u{a0}500\u{a0}€ HT), pour évaluer vos risques, fixer les règles et les faire vivre (et obtenir une certification si des clients ou un régulateur l’exigent).",
        Role::DigitalChange => "Une ou un DSI qui pilote les outils, les prestataires et les projets, et rend compte à la direction générale.",
        Role::Hosting => "Un hébergeur en infogérance (un forfait mensuel), ou une ou un freelance DevOps pour quelques semaines, payé à la journée.",
        Role::Audit => "Une ou un CTO expérimenté pour quelques jours, payé à la journée (environ 800 à 1\u{a0}500\u{a0}€ HT), qui vous laisse un rapport écrit.",
    }
}
