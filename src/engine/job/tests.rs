use super::*;
use crate::engine::codec::checked;

fn ad(fragment: &str, ty: CtoType) -> JobAd {
    let p = checked(fragment);
    job_ad(ty, &p, p.lang.unwrap_or_default())
}

/// A recruiter reads the English ad whole: company, role, missions (the type's first), profile, offer.
#[test]
fn an_english_ad_reads_whole() {
    let text = ad("headcount=45&tech=6&stage=scaling&needs=hire-team,data,investors", CtoType::Stabilizer).plain();
    let expected = "CTO

To grow our tech team and make the product last.

About us

We are a startup of 45 people, six of them in tech, and we are growing fast.

[To complete: your name, what you do, for whom, and why now.]

[To complete: your stack.]

The role

We are looking for the person who will turn a product that works into one that lasts: to recruit and train the team, and to bring the rigor that keeps the product scalable.

You report to the CEO.

What you will do

- Lay out the architecture
- Own quality and security
- Recruit and structure the team
- Hold one-on-ones
- Plan the next sprints
- Put the data to work
- Work with product and the business teams
- Decide strategy and roadmap
- Report to investors and the board

Must-have

- Solid experience in software development and architecture
- You have recruited and led a development team
- You know how to structure and use data (data engineering, metrics)
- Rigor, patience to train people, and empathy
- [To complete: the experience you expect, in years.]

Nice to have

- You have presented technology to investors or a board

What we offer

- Salary: €80k–€100k gross per year, depending on experience
- [To complete: equity, for example stock options.]
- [To complete: location and remote policy.]
- [To complete: contract, for example permanent and full time.]
- [To complete: start date.]

How to apply

- [To complete: the hiring steps, for example two interviews and a case study.]
- [To complete: whom to write to, and how.]
";
    assert_eq!(text, expected);
}

/// The French ad, as a French recruiter writes one: (H/F), « Vos missions » as actions, « brut annuel », BSPCE.
#[test]
fn a_french_ad_reads_whole() {
    let text = ad("headcount=3&stage=idea&needs=first-version,investors&lang=fr", CtoType::Hacker).plain();
    let expected = "CTO associé (H/F)\n\nLes mains dans le code, pour construire notre produit.\n\nQui sommes-nous\u{a0}?\n\nNous sommes une start-up de trois\u{a0}personnes, et nous en sommes au stade de l’idée.\n\n[À compléter\u{a0}: votre nom, ce que vous faites, pour qui, et pourquoi maintenant.]\n\n[À compléter\u{a0}: votre stack technique, ou «\u{a0}à choisir\u{a0}».]\n\nLe poste\n\nNous cherchons la personne qui prendra en charge la technique\u{a0}: choisir la stack et construire la première version, du front au back, en codant l’essentiel.\n\nVous travaillez main dans la main avec l’équipe fondatrice.\n\nCe poste donne accès au capital\u{a0}: vous nous rejoignez comme cofondatrice ou cofondateur, avec une part significative.\n\nVos missions\n\n- Construire une première version fonctionnelle\n- Poser l’architecture\n- Faire tourner l’infrastructure\n- Prioriser selon les enjeux métier\n- Préparer la levée et convaincre les investisseurs\n\nLe profil recherché\n\n- Vous développez sur toute la stack\u{a0}: conception, code, architecture, tests\n- Vous avez déjà choisi des technologies et géré une petite infrastructure\n- Vous avez déjà lancé un produit à partir de zéro\n- Autonomie, sens des priorités et goût du concret\n- [À compléter\u{a0}: l’expérience attendue, en années.]\n\nApprécié\n\n- Vous avez déjà défendu des choix techniques devant des investisseurs ou un comité stratégique (board)\n\nCe que nous proposons\n\n- [À compléter\u{a0}: rémunération de départ, le cas échéant.]\n- [À compléter\u{a0}: lieu de travail et politique de télétravail.]\n- [À compléter\u{a0}: statut (mandataire social ou salarié) et part du capital, BSPCE compris.]\n- [À compléter\u{a0}: date de prise de poste.]\n\nProcessus de recrutement\n\n- [À compléter\u{a0}: les étapes, par exemple plusieurs rencontres et un court projet mené ensemble.]\n- [À compléter\u{a0}: à qui écrire, et comment.]\n";
    assert_eq!(text, expected);
}

#[test]
fn a_co_founder_ad_quotes_no_salary() {
    // The route says a salary is hard to justify at this stage: the ad leaves the figure to the company.
    let text = ad("headcount=3&stage=idea&needs=first-version&lang=fr", CtoType::Hacker).plain();
    assert!(text.contains("[À compléter\u{a0}: rémunération de départ, le cas échéant.]"), "{text}");
    assert!(!text.contains("k€"), "{text}");
    let hire = ad("headcount=15&tech=0&stage=idea&needs=first-version&lang=fr", CtoType::Hacker).plain();
    assert!(hire.contains("brut annuel"), "a first hire is paid a salary: {hire}");
}

#[test]
fn markdown_and_plain_text_say_the_same() {
    let a = ad("headcount=300&tech=60&stage=scaling&needs=processes", CtoType::Industrializer);
    let md = a.markdown();
    assert!(md.starts_with("# CTO\n\nTo lead the technology and the teams who build and run it.\n\n## About us\n"), "{md}");
    assert!(md.contains("\n## What you will do\n\n- Manage the technical budget\n"), "{md}");
    let stripped = md.replace("## ", "").replace("# ", "");
    assert_eq!(stripped, a.plain());
}

#[test]
fn the_industrializer_ad_leads_with_strategy_processes_and_the_board() {
    let text = ad("headcount=300&tech=60&stage=scaling", CtoType::Industrializer).plain();
    let missions = text.split("What you will do").nth(1).unwrap_or_default();
    for m in ["Decide strategy and roadmap", "Define engineering processes", "Report to management and the board", "Manage the technical budget"] {
        assert!(missions.contains(m), "{m} missing: {text}");
    }
    assert!(!missions.contains("Run the daily stand-up"), "{text}");
    assert!(text.contains("You report to the managing director and sit on the leadership team."), "no investors said: no CEO of a startup assumed");
    assert!(text.contains("€100k–€150k gross per year"));
    assert!(text.contains("[To complete: variable pay and benefits.]"), "300 people: benefits, not equity");
    assert!(!text.contains("stock options"), "{text}");
}

#[test]
fn a_part_time_or_interim_seat_is_paid_by_the_day_and_a_vp_has_their_own_title() {
    let part_time = ad("headcount=25&tech=1&stage=launched&software=support&needs=infrastructure,first-version", CtoType::Hacker).plain();
    assert!(part_time.contains("Day rate: €800–€1,500 before tax"), "{part_time}");
    assert!(!part_time.contains("gross per year"), "{part_time}");
    let interim = ad("headcount=40&tech=8&stage=scaling&cto=left&needs=hire-team&lang=fr", CtoType::Stabilizer).plain();
    assert!(interim.contains("Tarif journalier\u{a0}: 800 à 1\u{a0}500\u{a0}€ HT"), "{interim}");
    let vp = ad("headcount=200&tech=40&stage=scaling&cto=in-place&needs=organize-delivery,hire-team", CtoType::Industrializer);
    assert_eq!((vp.title, vp.headline), ("VP of Engineering", "To run delivery and the engineering teams."));
    assert!(part_time.starts_with("Part-time CTO\n\n"), "{part_time}");
    assert!(interim.starts_with("CTO de transition (H/F)\n\n"), "{interim}");
}

#[test]
fn the_caveat_and_the_widget_stay_out_of_the_ad() {
    for lang in ["en", "fr"] {
        for (fragment, ty) in [("headcount=3", CtoType::Hacker), ("headcount=45", CtoType::Stabilizer), ("headcount=5000", CtoType::Industrializer)] {
            let text = ad(&format!("{fragment}&lang={lang}"), ty).markdown();
            for outside in ["absolute truth", "vérité absolue", "source", "widget", "cto-match", "USA", "États-Unis", "{"] {
                assert!(!text.contains(outside), "{outside:?} in the ad: {text}");
            }
        }
    }
}

#[test]
fn placeholders_are_marked_and_the_route_shows() {
    let fractional = ad("headcount=25&tech=1&stage=launched&needs=infrastructure", CtoType::Hacker).plain();
    assert!(fractional.contains("A few days a month or a week to start"), "{fractional}");
    assert!(fractional.contains("[To complete: the form (freelance or part-time contract) and the number of days, per week or per month.]"), "{fractional}");
    assert!(!fractional.contains("equity") && !fractional.contains("benefits"), "a part-time CTO is not staff: {fractional}");
    assert!(fractional.contains("review what runs, guide our developer"), "nothing to build: the part-time seat takes what runs in hand: {fractional}");
    let building = ad("headcount=25&tech=1&stage=launched&needs=infrastructure,first-version", CtoType::Hacker).plain();
    assert!(building.contains("choose a ready-made solution or write the brief"), "a part-time seat steers the building: {building}");
    // Every fact only the company knows: name and pitch, stack, experience, place, contract, start date,
    // hiring steps, contact.
    let placeholders = fractional.matches("[To complete:").count();
    assert_eq!(placeholders, 8, "{fractional}");
    assert_eq!(job_file_name(CtoType::Industrializer, Lang::Fr), "cto-industrializer-fr.md");
}

/// The organisation sets the offer and the words: no equity, no investors, no sales team where there are none.
#[test]
fn the_organisation_sets_the_offer_and_the_words() {
    let public = ad("headcount=2000&tech=30&stage=established&org=public&needs=roadmap,clients", CtoType::Industrializer).plain();
    assert!(public.contains("We are a public body of 2,000 people"), "{public}");
    assert!(public.contains("Salary on the public pay scale"), "{public}");
    assert!(public.contains("You report to the director general"), "{public}");
    assert!(public.contains("Report to management and the governing bodies") || !public.contains("investors"), "{public}");
    for startup in ["stock options", "equity", "investors", "CEO", "€"] {
        assert!(!public.contains(startup), "{startup:?} in a public body's ad: {public}");
    }
    let nonprofit = ad("headcount=60&tech=3&stage=launched&org=nonprofit&needs=first-version&lang=fr", CtoType::Hacker).plain();
    assert!(nonprofit.contains("Nous sommes une [À compléter\u{a0}: association ou fondation] de 60\u{a0}personnes"), "{nonprofit}");
    assert!(nonprofit.contains("[À compléter\u{a0}: avantages.]") && nonprofit.contains("Rémunération selon notre grille"), "{nonprofit}");
    assert!(!nonprofit.contains("BSPCE") && !nonprofit.contains("CEO") && !nonprofit.contains("investisseurs"), "{nonprofit}");
    let scale_up = ad("headcount=300&tech=60&stage=scaling&org=startup", CtoType::Industrializer).plain();
    assert!(scale_up.contains("stock options") && scale_up.contains("Report to investors and the board"), "a startup of 300 still grants equity: {scale_up}");
    let unsaid = ad("headcount=30&tech=6&stage=launched", CtoType::Stabilizer).plain();
    assert!(!unsaid.contains("stock options") && !unsaid.contains("investors") && !unsaid.contains("CEO"), "nothing says startup: {unsaid}");
}

/// Must-have and nice-to-have never ask the same thing twice.
#[test]
fn nice_to_have_never_repeats_a_must_have() {
    for ty in CtoType::ALL {
        let all: String = Need::ALL.iter().map(|n| n.id()).collect::<Vec<_>>().join(",");
        let a = ad(&format!("headcount=45&needs={all}"), ty);
        let must = &a.sections.iter().find(|s| s.heading == "Must-have").expect("must-have").bullets;
        let nice = &a.sections.iter().find(|s| s.heading == "Nice to have").expect("nice to have").bullets;
        for need in must_covers(ty) {
            assert!(!nice.contains(&(Lang::En.texts().job.nice)(*need).to_owned()), "{ty:?}: {need:?} asked twice");
        }
        assert!(nice.iter().all(|line| !must.contains(line)));
    }
}

/// A public body's hands-on seat, a partner's seat and a team with leads, as a French recruiter titles them.
#[test]
fn titles_and_steps_fit_the_seat() {
    let public = ad("headcount=120&tech=6&stage=launched&org=public&software=product&needs=product,quality-security,data&lang=fr", CtoType::Stabilizer);
    assert_eq!(public.title, "Responsable du service numérique (H/F)");
    assert!(public.plain().contains("un entretien devant un jury"), "{}", public.plain());
    let partner = ad("headcount=2&tech=0&stage=idea&org=startup&software=product&needs=first-version,product&lang=fr", CtoType::Hacker);
    assert_eq!(partner.title, "CTO associé (H/F)");
    assert!(!partner.plain().contains("étude de cas"), "{}", partner.plain());
    // Fourteen engineers have leads: the CTO's ad leaves them the one-to-ones and the planning.
    let saas = ad("headcount=55&tech=14&stage=launched&org=sme&software=product&needs=scalability,quality-security,clients&lang=fr", CtoType::Stabilizer);
    assert!(!saas.plain().contains("Accompagner chaque membre"), "{}", saas.plain());
    let small = ad("headcount=20&tech=4&stage=launched&needs=hire-team", CtoType::Stabilizer);
    assert!(small.plain().contains("- Hold one-on-ones\n"), "{}", small.plain());
}
