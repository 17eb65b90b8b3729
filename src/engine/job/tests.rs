use super::*;
use crate::engine::codec::decode;

fn ad(fragment: &str, ty: CtoType) -> JobAd {
    let p = decode(fragment).profile;
    job_ad(ty, &p, p.lang.unwrap_or_default())
}

/// A recruiter reads the English ad whole: company, role, missions (the type's first), profile, offer.
#[test]
fn an_english_ad_reads_whole() {
    let text = ad("headcount=45&tech=6&stage=scaling&needs=hire-team,data,investors", CtoType::Stabilizer).plain();
    let expected = "CTO, to grow our tech team and make the product last

About us

We are a company of 45 people, scaling fast, with a tech team of 6 people.

[To complete: what you do, for whom, and why now.]

[To complete: your stack, or \"to be chosen\".]

The role

We are looking for a CTO to turn a product that works into one that lasts: to recruit and train the team, and to bring the rigor that keeps the product scalable.

You report to the CEO.

What you will do

- Lay out the architecture
- Own quality and security
- Recruit and structure the team
- Hold one-on-ones
- Plan the next sprints
- Check in with the CEO
- Put the data to work
- Work with product, operations and data
- Decide strategy and roadmap
- Report to investors and the board

Must-have

- Solid experience in software development and architecture
- You have recruited and led a team of developers
- Empathy, decision making, risk control and leadership

Nice to have

- You have hired developers and built a team
- You have presented technology to investors or a board
- Data engineering and data science

What we offer

- Salary: €80k–€100k gross per year, depending on experience
- [To complete: equity, for example stock options.]
- [To complete: location and remote policy.]
- [To complete: contract, for example permanent and full time.]
";
    assert_eq!(text, expected);
}

/// The French ad, as a French recruiter writes one: (H/F), « Vos missions » as actions, « brut annuel », BSPCE.
#[test]
fn a_french_ad_reads_whole() {
    let text = ad("headcount=3&stage=idea&needs=first-version,investors&lang=fr", CtoType::Hacker).plain();
    let expected = "CTO opérationnel (H/F) pour construire notre première version\n\nQui sommes-nous\u{a0}?\n\nNous sommes une entreprise de 3\u{a0}personnes, au stade de l’idée.\n\n[À compléter\u{a0}: ce que vous faites, pour qui, et pourquoi maintenant.]\n\n[À compléter\u{a0}: votre stack technique, ou «\u{a0}à choisir\u{a0}».]\n\nLe poste\n\nNous cherchons la personne qui prendra en charge la technique\u{a0}: choisir la stack et construire la première version, du front au back, en codant l’essentiel.\n\nVous êtes rattaché(e) au CEO.\n\nIl s’agit d’un poste d’associé(e), avec une entrée significative au capital.\n\nVos missions\n\n- Construire une première version fonctionnelle\n- Poser l’architecture\n- Faire tourner l’infrastructure\n- Prioriser selon les enjeux business\n- Rendre compte aux investisseurs et au board\n\nLe profil recherché\n\n- Vous développez sur toute la stack\u{a0}: conception, code, architecture, tests\n- Vous avez déjà choisi des technologies et géré une petite infrastructure\n- Qualités attendues\u{a0}: empathie, capacité à trancher, prudence face au risque, leadership\n\nApprécié\n\n- Vous avez déjà lancé un produit à partir de zéro\n- Vous avez déjà défendu des choix techniques devant des investisseurs ou un board\n\nCe que nous proposons\n\n- [À compléter\u{a0}: rémunération de départ, le cas échéant.]\n- [À compléter\u{a0}: BSPCE ou autre intéressement au capital.]\n- [À compléter\u{a0}: lieu de travail et politique de télétravail.]\n- [À compléter\u{a0}: type de contrat, par exemple CDI à temps plein.]\n";
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
    assert!(md.starts_with("# CTO, to lead our technology organization\n\n## About us\n"), "{md}");
    assert!(md.contains("\n## What you will do\n\n- Manage the technical budget\n"), "{md}");
    let stripped = md.replace("## ", "").replace("# ", "");
    assert_eq!(stripped, a.plain());
}

#[test]
fn the_industrializer_ad_leads_with_strategy_processes_and_the_board() {
    let text = ad("headcount=300&tech=60&stage=scaling", CtoType::Industrializer).plain();
    let missions = text.split("What you will do").nth(1).unwrap_or_default();
    for m in ["Decide strategy and roadmap", "Define engineering processes", "Report to investors and the board", "Manage the technical budget"] {
        assert!(missions.contains(m), "{m} missing: {text}");
    }
    assert!(!missions.contains("Run the daily stand-up"), "{text}");
    assert!(text.contains("You report to the CEO and sit on the leadership team."));
    assert!(text.contains("€100k–€150k (more for the largest seats) gross per year"));
    assert!(text.contains("[To complete: variable pay and benefits.]"), "300 people: benefits, not equity");
    assert!(!text.contains("stock options"), "{text}");
}

#[test]
fn a_part_time_or_interim_seat_is_paid_by_the_day_and_a_vp_has_their_own_title() {
    let part_time = ad("headcount=25&tech=1&stage=launched&software=support&needs=infrastructure,first-version", CtoType::Hacker).plain();
    assert!(part_time.contains("Day rate: €800–€1,500, a few days a week"), "{part_time}");
    assert!(!part_time.contains("gross per year"), "{part_time}");
    let interim = ad("headcount=40&tech=8&stage=scaling&cto=left&needs=hire-team&lang=fr", CtoType::Stabilizer).plain();
    assert!(interim.contains("Tarif journalier\u{a0}: 800 à 1\u{a0}500\u{a0}€"), "{interim}");
    let vp = ad("headcount=200&tech=40&stage=scaling&cto=in-place&needs=organize-delivery,hire-team", CtoType::Industrializer);
    assert_eq!(vp.title, "VP of Engineering, beside our CTO, to run delivery and the engineering teams");
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
    assert!(fractional.contains("Part-time to start"), "{fractional}");
    assert!(fractional.contains("[To complete: contract, part time to start.]"), "{fractional}");
    assert!(fractional.contains("takes our product in hand"), "a launched product is not built from scratch: {fractional}");
    let placeholders = fractional.matches("[To complete:").count();
    assert_eq!(placeholders, 5, "{fractional}");
    assert_eq!(job_file_name(CtoType::Industrializer, Lang::Fr), "cto-industrializer-fr.md");
}
