//! The English table (American spelling throughout).

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
        Stage::Idea => choice("Idea", "Nothing is built yet."),
        Stage::Mvp => choice("First version", "A minimum viable product is being built."),
        Stage::Launched => choice("Launched", "The product has its first customers."),
        Stage::Scaling => choice("Scaling", "More customers, more people, fast."),
        Stage::Established => choice("Established", "A mature business with steady revenue."),
    }
}

fn software(s: Software) -> Choice {
    match s {
        Software::Product => choice("It is what we sell", "An app, a platform, a SaaS: the software is the product."),
        Software::Support => choice("It supports what we sell", "An online shop, a client app or booking site beside another business."),
        Software::Internal => choice("Staff tools only", "Email, accounting, office tools: nothing built for clients."),
    }
}

fn org(o: Org) -> Choice {
    match o {
        Org::Startup => choice("A startup with investors", "Funded to grow fast; equity is part of the offer."),
        Org::Sme => choice("A company or SME, self-funded", "Owner-run, family-owned or bootstrapped."),
        Org::Group => choice("A group, or one of its companies", "A parent company sets pay grids and shares some IT."),
        Org::Public => choice("A public body", "An administration, a local authority, a hospital, a public agency."),
        Org::Nonprofit => choice("A non-profit", "An association, a foundation, an NGO."),
    }
}

fn cto_today(i: Incumbent) -> Choice {
    match i {
        Incumbent::Nobody => choice("Not yet", "Nobody holds the seat."),
        Incumbent::Left => choice("They have just left", "The seat is empty; the team carries on."),
        Incumbent::InPlace => choice("Yes, in place", "The result then reads as the profile to grow toward."),
    }
}

/// The same answers as `software`, worded about the company that hires.
fn candidate_software(s: Software) -> Choice {
    let label = match s {
        Software::Product => "It is what the company sells",
        Software::Support => "It supports what the company sells",
        Software::Internal => "Staff tools only",
    };
    choice(label, software(s).help)
}

fn need_group(g: NeedGroup) -> &'static str {
    match g {
        NeedGroup::Build => "Build the product",
        NeedGroup::Grow => "Grow the team and the product",
        NeedGroup::Steer => "Steer the company",
        NeedGroup::Outside => "Speak for the technology",
        NeedGroup::Everyday => "Everyday IT",
    }
}

fn need_text(n: Need) -> NeedText {
    match n {
        Need::FirstVersion => need("Build the first version", "the first version", "Ship a first product that works, hands on the code."),
        Need::TechChoices => need("Choose or audit the stack", "the technical choices", "Settle architecture, languages and tools, or review those in place."),
        Need::HireTeam => need("Recruit a tech team", "hiring", "Hire developers and give the team a structure."),
        Need::OrganizeDelivery => need("Organize delivery", "organizing delivery", "Sprints, stand-ups and releases at a steady pace."),
        Need::Scalability => need("Get ready to scale", "scalability", "A product and an architecture that hold as usage grows."),
        Need::QualitySecurity => need("Quality and security", "quality and security", "Tests, production monitoring, and security as a standing concern."),
        Need::Processes => need("Company-wide processes", "company-wide processes", "Engineering processes the whole company can rely on."),
        Need::Roadmap => need("Technology roadmap", "the roadmap", "A technical strategy that serves the growth plan."),
        Need::Budget => need("Technical budgets", "budgets", "Plan and control what technology costs."),
        Need::Investors => need("Investors and board", "investors", "Explain and defend the technology before investors and the board."),
        Need::Clients => need("Clients and partners", "clients and partners", "Present the technology and take the hardest technical questions."),
        Need::Data => need("Put data to work", "data", "Collect the platform's data and use it."),
        Need::Product => need("Product and UX design", "product design", "Shape features and experience, close to the users."),
        Need::Infrastructure => need("Run the infrastructure", "the infrastructure", "Servers, hosting and deployments."),
        Need::InternalIt => need("Staff equipment and IT support", "staff IT", "Computers, accounts, office tools and help for employees."),
        Need::Change => need("Lead change", "leading change", "Carry change through the company and explain it to each department."),
    }
}

fn field(f: Field) -> &'static str {
    match f {
        Field::Headcount => "People in the company",
        Field::Tech => "Tech team",
        Field::Stage => "Stage",
        Field::Org => "Organization",
        Field::Software => "Software",
        Field::Cto => "CTO today",
        Field::Needs => "Needs",
        Field::Lang => "Language",
        Field::Mode => "Mode",
        Field::Led => "Largest team led",
        Field::Did => "What you have done",
    }
}

fn candidate_specialty(s: Specialty) -> [&'static str; 5] {
    match s {
        Specialty::Product => [
            "Product",
            "A product manager's record rather than a CTO's: you decide what to build and for whom; a CTO also decides how, and builds it or has it built.",
            "{needs}: a product manager's work",
            "This seat codes the first version: a co-founder's seat on the product side would suit you better, if the founding team is looking for one.",
            "For a CTO's seat, show technical choices you carried and a development team you led.",
        ],
        Specialty::Data => [
            "Data",
            "A data record rather than a CTO's: collecting, cleaning and using data, a career of its own, and what an organization that wants its figures is looking for.",
            "{needs}: data work",
            "This seat codes the first version: a head of data's seat suits your record better.",
            "For a CTO's seat, show technical choices you carried and a development team you led; a data seat suits your record as it is, up to a head of data's where you have led a team.",
        ],
        Specialty::Infrastructure => [
            "Infrastructure",
            "An infrastructure and operations record (DevOps, SRE) rather than a CTO's: running platforms that are reliable, secure and hold the load. A career of its own, and a platform or infrastructure lead's seat in a company that builds a product.",
            "{needs}: an infrastructure lead's work",
            "This seat codes the first version: a platform or infrastructure lead's seat suits your record better.",
            "For a CTO's seat, show product choices you carried and a development team you led; a platform or infrastructure lead's seat suits your record as it is.",
        ],
        Specialty::Security => [
            "Security",
            "A security lead's record (a CISO's) rather than a CTO's: risks, security policies and certifications across an organization. A career of its own.",
            "{needs}: a security lead's work",
            "This seat codes the first version: a CISO's or security lead's seat suits your record better.",
            "For a CTO's seat, show a product you helped build and a development team you led; a CISO's seat suits your record as it is.",
        ],
    }
}

fn cto(ty: CtoType) -> TypeText {
    match ty {
        CtoType::Hacker => TypeText {
            label: "hacker",
            the: "the hacker",
            name: "The hacker",
            tagline: "Builds the first version with their own hands.",
            portrait: "A jack of all trades: front end, back end and servers. They pick the architecture and the \
                       languages, then write the first working version, mostly alone, while already answering \
                       the technical questions of clients, partners and investors.",
        },
        CtoType::Stabilizer => TypeText {
            label: "stabilizer",
            the: "the stabilizer",
            name: "The stabilizer",
            tagline: "Turns a product that works into one that lasts, and a few developers into a team.",
            portrait: "The tech team is growing. This CTO recruits and trains it, and brings the rigor that keeps \
                       the product scalable, well built and easy to change.",
        },
        CtoType::Industrializer => TypeText {
            label: "industrializer",
            the: "the industrializer",
            name: "The industrializer",
            tagline: "Runs technology as a department, through managers and processes.",
            portrait: "A management post: a strategic vision, processes the whole company follows, budgets, and the \
                       voice of technology on the leadership team. The bigger the team, the less this CTO codes.",
        },
    }
}

fn size(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "{n} {people}: under {low}, the typology's hacker",
        CtoType::Stabilizer => "{n} {people}: {low} to {high}, the typology's stabilizer",
        CtoType::Industrializer => "{n} {people}: over {high}, the typology's industrializer",
    }
}

fn near_bound(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "{n} {people}, just past the {bound} threshold: the hacker is not far",
        CtoType::Stabilizer => "{n} {people}, close to the {bound} threshold: the stabilizer is not far",
        CtoType::Industrializer => "{n} {people}, close to {bound}, the threshold past which the industrializer takes over",
    }
}

fn team(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "A tech team of {n} {people}: the CTO builds alongside them",
        CtoType::Stabilizer => "A tech team of {n} {people} to structure and train",
        CtoType::Industrializer => "A tech team of {n} {people} is a department, led through managers",
    }
}

fn stage_reason(s: Stage) -> &'static str {
    match s {
        Stage::Idea => "Nothing is built yet: the first job is to build",
        Stage::Mvp => "The first version is under way: the CTO builds too",
        Stage::Launched => "Launched: the product now has to become reliable and last",
        Stage::Scaling => "Scaling: a bigger team and an architecture that holds the load",
        Stage::Established => "Established: a long-range plan and processes",
    }
}

fn needs_reason(ty: CtoType) -> [&'static str; 2] {
    match ty {
        CtoType::Hacker => ["{needs}: work for a builder", "{needs}: work for a builder"],
        CtoType::Stabilizer => ["{needs}: work for someone who structures", "{needs}: work for someone who structures"],
        CtoType::Industrializer => ["{needs}: work for someone who steers", "{needs}: work for someone who steers"],
    }
}

fn software_reason(s: Software) -> &'static str {
    match s {
        Software::Product => "Software is at the heart of what you do: the CTO's work is the product itself.",
        Software::Support => "Software supports your business: the CTO serves the business teams as much as the code.",
        Software::Internal => "Software is staff tools only: whoever you hire also has IT operations to oversee.",
    }
}

const SOFTWARE_INTERNAL_SEAT: &str =
    "Software is staff tools only: IT operations stay with your head of IT if you have one; otherwise whoever you hire oversees them too.";

fn tier(t: Tier, ty: CtoType) -> &'static str {
    match (t, ty) {
        (Tier::First, _) => "Carries personally, first",
        (Tier::Also, _) => "Also part of the job",
        (Tier::Later | Tier::Asked, CtoType::Industrializer) => "Through the managers",
        (Tier::Later | Tier::Asked, _) => "Later, as the team grows",
    }
}

fn group(g: Group) -> &'static str {
    match g {
        Group::Overall => "Overall",
        Group::TechTeam => "With the tech team",
        Group::Departments => "With the other departments",
        Group::Leadership => "With the leadership",
        Group::Outside => "With the outside world",
    }
}

fn mission_text(m: Mission) -> MissionText {
    match m {
        Mission::BuildFirstVersion => mission("Build the first working version", "Writes most of the code, front end to back end, and ships it."),
        Mission::Architecture => mission("Lay out the architecture", "Designs the system, sketches screens and algorithms, and picks the stack."),
        Mission::TechAudit => mission("Audit the technical choices", "Reviews the stack and past decisions, and corrects course where needed."),
        Mission::RunInfrastructure => mission("Run the infrastructure", "Keeps servers, hosting and deployments running."),
        Mission::QualitySecurity => mission("Own quality and security", "A test strategy, production monitoring, and security as a standing concern."),
        Mission::Data => mission("Put the data to work", "Collects the platform's data and turns it into decisions and features."),
        Mission::TechBudget => mission("Manage the technical budget", "Plans and tracks what tools, hosting and people cost."),
        Mission::RecruitTeam => mission("Recruit and structure the team", "Hires developers and decides who does what."),
        Mission::AssignWork => mission("Organize and assign the work", "Splits the work so each person has a clear share."),
        Mission::DailyStandup => mission("Run the daily stand-up", "A short meeting each morning to see where everyone stands."),
        Mission::OneToOnes => mission("Hold one-on-ones", "Regular time with each person, to unblock them and help them grow."),
        Mission::SprintPlanning => mission("Plan the next sprints", "Chooses what the team builds in the coming weeks."),
        Mission::Dashboard => mission("Keep a dashboard", "Progress, incidents and delivery, tracked in one place."),
        Mission::ReleaseCoordination => mission("Coordinate releases", "Brings the code together and ships it to production safely."),
        Mission::WeeklyReview => mission("Close the week with the team", "A weekly Scrum review of what shipped and what comes next."),
        Mission::BusinessPriorities => mission("Set priorities by business need", "Weighs a client's feature or a contract to sign against the rest."),
        Mission::CrossTeamRollout => mission("Work with product and the business teams", "Coordinates how new technology rolls out across teams."),
        Mission::SalesTraining => mission("Train the sales team", "Gives sales the technical and data pitch, so they sell with confidence."),
        Mission::EngineeringProcesses => mission("Define engineering processes", "Sets the ways of working the whole company follows."),
        Mission::LeadChange => mission("Lead change", "Carries change through the company and explains it to each department."),
        Mission::StrategyRoadmap => mission("Decide strategy and roadmap", "Sets, with the leadership, where technology takes the company."),
        Mission::CeoCheckin => mission("Check in with the CEO", "A regular review of progress, hiring needs and strategy."),
        Mission::InvestorsBoard => mission("Report to investors and the board", "Presents the technology and answers for it."),
        Mission::ClientsPartners => {
            mission("Defend the technology to clients and partners", "Presents the product's technology and takes the hardest technical questions.")
        }
    }
}

fn hat(h: Hat) -> Choice {
    match h {
        Hat::ProductManager => choice("Product manager", "Functional design, close to the field: users, clients, consultants."),
        Hat::ProjectManager => choice("Project manager", "Drives development: plans, follows up, unblocks."),
        Hat::Architect => choice("Architect", "Technology choices and technical design."),
        Hat::Developer => choice("Developer", "Writes the code."),
        Hat::Manager => choice("Manager", "Recruits and leads the team, and sizes it to the business."),
        Hat::SystemAdministrator => choice("System administrator", "Runs the infrastructure."),
        Hat::Security => choice("Security consultant", "Security as a permanent concern."),
        Hat::Quality => choice("Quality lead", "Test design and production monitoring."),
        Hat::Innovation => choice("Innovation director", "Technology watch, and a roadmap tied to the strategy."),
        Hat::DataOfficer => choice("Chief data officer", "Collects the platform's data and puts it to use."),
        Hat::Designer => choice("UX and web designer", "The product's look and its user experience."),
        Hat::InternalIt => choice("Internal IT", "Equipment and tools for the employees."),
    }
}

fn because_stage(s: Stage) -> &'static str {
    match s {
        Stage::Idea | Stage::Mvp => "the company is building its first product",
        Stage::Launched => "the product has its first customers",
        Stage::Scaling => "the company is scaling",
        Stage::Established => "the company is established",
    }
}

fn next(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "From {bound} people, the hacker's job turns into the stabilizer's.",
        CtoType::Stabilizer => "Past {bound} people, the stabilizer's job turns into the industrializer's.",
        CtoType::Industrializer => {
            "The industrializer is the last of the three steps: the bigger the team, the more a manager and the less a producer of code."
        }
    }
}

const NEXT_BY_TEAM: &str = "The company is past the headcount where the typology moves on: here the next step comes with the \
                            tech team. From about {team} people in tech, the job becomes {type}'s.";

fn coach_position(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "What to grow your CTO towards: someone who has built a product end to end.",
        CtoType::Stabilizer => "What to grow your CTO towards: someone who has built and structured a team.",
        CtoType::Industrializer => "What to grow your CTO towards: someone who has run a department through managers.",
    }
}

fn position(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Someone who has built a product end to end before, or a founder who codes.",
        CtoType::Stabilizer => "Usually a senior developer or a head of engineering who has built a team before.",
        CtoType::Industrializer => "Usually a seasoned head of engineering or CTO who has run a department.",
    }
}

fn job_headline_app(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Hands-on, to build our application.",
        CtoType::Stabilizer => "To grow our tech team and make our applications last.",
        CtoType::Industrializer => job_headline(ty),
    }
}

fn job_headline(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Hands-on, to build our product.",
        CtoType::Stabilizer => "To grow our tech team and make the product last.",
        CtoType::Industrializer => "To lead the technology and the teams who build and run it.",
    }
}

fn job_org(o: Option<Org>) -> &'static str {
    match o {
        None | Some(Org::Sme) => "a company",
        Some(Org::Startup) => "a startup",
        Some(Org::Group) => "[To complete: a group, or one of a group's companies]",
        Some(Org::Public) => "a public body",
        Some(Org::Nonprofit) => "a [To complete: non-profit or foundation]",
    }
}

fn job_head(o: Option<Org>) -> &'static str {
    match o {
        Some(Org::Startup) => "to the CEO",
        None | Some(Org::Sme | Org::Group) => "to the managing director",
        Some(Org::Public) => "to the director general",
        Some(Org::Nonprofit) => "to the executive director",
    }
}

fn job_qualities(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "Autonomy, a sense of priorities and a taste for shipping",
        CtoType::Stabilizer => "Rigor, patience to train people, and empathy",
        CtoType::Industrializer => "Leadership, decision making and control of risk",
    }
}

fn mission_for(m: Mission, o: Option<Org>) -> MissionText {
    let report = "Presents the technology and answers for it.";
    let checkin = "A regular review of progress, hiring needs and strategy.";
    match (m, o) {
        (Mission::InvestorsBoard, None) => mission("Report to management and the board", report),
        (Mission::InvestorsBoard, Some(Org::Sme)) => mission("Report to the owners and management", report),
        (Mission::InvestorsBoard, Some(Org::Group)) => mission("Report to the group's management", report),
        (Mission::InvestorsBoard, Some(Org::Public)) => mission("Report to management and the governing bodies", report),
        (Mission::InvestorsBoard, Some(Org::Nonprofit)) => mission("Report to the board and the funders", report),
        (Mission::CeoCheckin, Some(Org::Startup)) => mission_text(m),
        (Mission::CeoCheckin, None | Some(Org::Sme | Org::Group)) => mission("Check in with the managing director", checkin),
        (Mission::CeoCheckin, Some(Org::Public)) => mission("Check in with the director general", checkin),
        (Mission::CeoCheckin, Some(Org::Nonprofit)) => mission("Check in with the executive director", checkin),
        (Mission::ClientsPartners, Some(Org::Public | Org::Nonprofit)) => {
            mission("Present the technology to users and partners", "Explains the service's technology and takes the hardest technical questions.")
        }
        (Mission::CrossTeamRollout, Some(Org::Public | Org::Nonprofit | Org::Sme | Org::Group)) => {
            mission("Work with the business teams", "Coordinates how new technology rolls out across teams.")
        }
        (Mission::SalesTraining, Some(Org::Public | Org::Nonprofit)) => {
            mission("Train the teams who serve the public", "Explains the tools and the data to the teams in the field, so they use them with confidence.")
        }
        _ => mission_text(m),
    }
}

/// Missions as a department's leader carries them: through the teams, not by hand.
fn mission_at_scale(m: Mission) -> Option<MissionText> {
    Some(match m {
        Mission::BuildFirstVersion => mission("Get the first version built", "Puts a team on it, decides what ships first, and protects it from the rest."),
        Mission::Architecture => mission("Set the architecture's direction", "Owns the big design decisions and the principles the teams build by."),
        Mission::RunInfrastructure => mission("Oversee the infrastructure", "Makes sure hosting and deployments are run well, by a team or a provider."),
        Mission::OneToOnes => mission("Hold one-on-ones with the managers", "Regular time with each direct report, to unblock them and help them grow."),
        Mission::Dashboard => mission("Track the department's indicators", "Delivery, incidents and costs, reviewed with the managers."),
        _ => return None,
    })
}

fn job_stage(s: Stage) -> &'static str {
    match s {
        Stage::Idea => "We are at the idea stage.",
        Stage::Mvp => "We are building our first version.",
        Stage::Launched => "Our product has its first customers.",
        Stage::Scaling => "We are growing fast.",
        Stage::Established => "Our business is well established.",
    }
}

fn job_stage_clause(s: Stage) -> &'static str {
    match s {
        Stage::Idea => ", and we are at the idea stage",
        Stage::Mvp => ", and we are building our first version",
        Stage::Launched => ", and our product has its first customers",
        Stage::Scaling => ", and we are growing fast",
        Stage::Established => ", and our business is well established",
    }
}

fn role_none_reason(r: Role) -> &'static str {
    match r {
        Role::ItOperations => "The role is an IT department's, not a CTO's",
        Role::Data => "The role is a data role (an analyst, a head of data), not a CTO's",
        Role::Security => "The role is a security lead's, not a CTO's",
        Role::DigitalChange => "The role is a CIO's, not a CTO's",
        Role::Hosting => "The role is hosting and deployments, not a CTO's",
        Role::Audit => "The need is a ready-made service or a few days of advice, not a CTO's seat",
    }
}

fn job_role(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "We are looking for our first technical leader: someone who chooses the stack and builds the first working version, front end to back end, mostly hands on.",
        CtoType::Stabilizer => "We are looking for the person who will turn a product that works into one that lasts: to recruit and train the team, and to bring the rigor that keeps the product scalable.",
        CtoType::Industrializer => "We are looking for the person who will lead technology as a department (strategy, processes, budgets) and be its voice on the leadership team.",
    }
}

fn job_reports(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker | CtoType::Stabilizer => "You report {head}.",
        CtoType::Industrializer => "You report {head} and sit on the leadership team.",
    }
}

fn job_must(ty: CtoType) -> &'static [&'static str] {
    match ty {
        CtoType::Hacker => &[
            "Hands-on software development across the stack: design, code, architecture, testing",
            "You have chosen technologies and run a small infrastructure",
        ],
        CtoType::Stabilizer => &["Solid experience in software development and architecture", "You have recruited and led a development team"],
        CtoType::Industrializer => &["You have led an engineering organization through managers", "At ease with strategy, budgets and working with {board}"],
    }
}

fn your_org(o: Option<Org>) -> &'static str {
    match o {
        Some(Org::Sme | Org::Startup | Org::Group) => "your company",
        _ => "your organization",
    }
}

fn job_board(o: Option<Org>) -> &'static str {
    match o {
        None => "governing bodies",
        Some(Org::Startup) => "the board",
        Some(Org::Sme) => "the management committee",
        Some(Org::Group) => "the group's management",
        Some(Org::Public) => "the governing bodies (elected members, the board or the supervising ministry)",
        Some(Org::Nonprofit) => "the board",
    }
}

fn take_on_board(o: Option<Org>) -> &'static str {
    match o {
        None | Some(Org::Startup | Org::Nonprofit) => "Budgets, and the technology before the board",
        Some(Org::Sme) => "Budgets, and the technology before the management committee",
        Some(Org::Group) => "Budgets, and the technology before the group's management",
        Some(Org::Public) => "Budgets, and the technology before management and the governing bodies (elected members, the board or the supervising ministry)",
    }
}

fn job_must_skills(ty: CtoType) -> &'static [&'static str] {
    match ty {
        CtoType::Hacker => &["Developing across the stack: design, code, architecture, testing", "Choosing technologies and running a small infrastructure"],
        CtoType::Stabilizer => &["Software development and architecture", "Recruiting and leading a development team"],
        CtoType::Industrializer => &["Leading an engineering organization through managers", "Owning strategy and budgets, and working with {board}"],
    }
}

fn job_nice(n: Need) -> &'static str {
    match n {
        Need::FirstVersion => "You have shipped a product from scratch",
        Need::TechChoices => "You have audited and reshaped an existing stack",
        Need::HireTeam => "You have hired developers and built a team",
        Need::OrganizeDelivery => "You have run sprints and regular releases",
        Need::Scalability => "You have taken a product through a steep rise in usage",
        Need::QualitySecurity => "Testing, monitoring and security practices",
        Need::Processes => "You have set engineering processes for a whole company",
        Need::Roadmap => "You have built a technology roadmap tied to an organization's strategy",
        Need::Budget => "You have planned and held a technical budget",
        Need::Investors => "You have presented technology to investors or a board",
        Need::Clients => "You have taken clients' hardest technical questions",
        Need::Data => "You know how to structure and use data (data engineering, metrics)",
        Need::Product => "A feel for product and user experience",
        Need::Infrastructure => "Cloud infrastructure and deployments",
        Need::InternalIt => "Working with an IT provider",
        Need::Change => "You have led change across an organization",
    }
}

fn route_name(r: Route) -> &'static str {
    match r {
        Route::Interim => "An interim CTO, while you hire",
        Route::VpEngineering => "A VP of Engineering beside your CTO",
        Route::Coach => "Grow your CTO into the role",
        Route::Founder => "One of the founders",
        Route::Cofounder => "A technical co-founder",
        Route::Fractional => "A part-time CTO or an agency",
        Route::FirstHire => "A first senior hire",
        Route::Promote => "An internal promotion: whoever already leads the team",
        Route::Executive => "An executive hire",
        Route::ManagedIt => "A managed IT provider",
        Route::ItManager => "An IT manager",
        Route::ItDirector => "An IT director (CIO)",
        Route::DataAnalyst => "A data analyst or a BI consultancy",
        Route::HeadOfData => "A head of data",
        Route::SecurityConsultant => "A security consultant or a part-time CISO",
        Route::Ciso => "A CISO",
        Route::Cio => "A CIO, who also leads the transformation",
        Route::ManagedHosting => "Managed hosting or a DevOps freelancer",
        Route::Audit => "A CTO for a few days",
    }
}

fn route_why(r: Route) -> &'static str {
    match r {
        Route::Interim => "The seat is empty and the team still needs a lead: an interim CTO, full time or nearly and paid by the day, holds it for three to six months, and helps write the profile and interview the candidates. Get the access back now (code, hosting, domains, admin accounts).",
        Route::VpEngineering => "Your CTO keeps the technology vision; a VP of Engineering runs delivery, hiring and the engineering managers beside them. Hire one who has run a team of your size.",
        Route::Coach => "You have a CTO: read this type as the profile to grow them toward. A mentor who has held such a seat, or a coach, shortens the way; hire above them only if they do not want the job.",
        Route::Founder => "Everyone here builds: one of you takes the CTO title now, and the others the product, the sales or the money. A founding team that is all technical more often lacks a business profile than a technical one.",
        Route::Cofounder => "With little or nothing built and a handful of people, a salary for a CTO is hard to justify and the risk is shared: look for a co-founder who builds, with equity to match.",
        Route::Fractional => "The need is real but a full-time seat is not, yet: a part-time CTO, a few days a month or a week, who picks a ready-made platform or writes the brief, with a freelancer or an agency building on a fixed price, covers it until the product needs more.",
        Route::FirstHire => "When nobody in the company can take the seat, hire a senior who has done this job before, and give them room to build their team.",
        Route::Promote => "Your lead engineer already knows the code and the people, and is often the best candidate. If nobody fits, hire a senior who has built a team before.",
        Route::Executive => "At your size the seat is an executive's: search for someone who has run an engineering organization through managers, with a recruiter who knows the field.",
        Route::ManagedIt => "Equipment, accounts, servers and their security are a provider's trade: pay per user or per month, and keep someone in-house as the contact.",
        Route::ItManager => "At this size, IT operations need someone of your own who runs a provider and answers for security and the IT budget.",
        Route::ItDirector => "At your size IT is a department: an IT director with a team runs operations, security and the IT budget, and reports to the leadership.",
        Route::DataAnalyst => "Your figures are the need: a data analyst, or a BI consultancy for a first set of dashboards, gets reports and your first indicators running, for far less than a CTO.",
        Route::HeadOfData => "At your size data is a function of its own: a head of data decides what to measure, builds a small team (analysts, then a data engineer) and reports to the leadership.",
        Route::SecurityConsultant => "Security and compliance without a product team: a consultant or a part-time CISO, a few days a month, sets the rules and runs the audits, and the certification where clients or a regulator ask for one.",
        Route::Ciso => "At your size security is a full-time job: a CISO owns the risks, the policies and the certifications, beside the IT director.",
        Route::Cio => "What is at stake is how your organization works, not a product: a CIO chooses the tools and the vendors, runs the projects and brings the teams along.",
        Route::ManagedHosting => "Your software is built and what hurts is running it: a managed hosting provider, or a DevOps freelancer for a few weeks, puts hosting and deployments right.",
        Route::Audit => "A one-off question (a stack review, a cost audit, a choice of vendor or service) takes a few days of an experienced CTO, paid by the day, with a written report.",
    }
}

fn did_text(n: Need) -> &'static str {
    match n {
        Need::FirstVersion => "Built a first version",
        Need::TechChoices => "Chose or audited a stack",
        Need::HireTeam => "Hired engineers",
        Need::OrganizeDelivery => "Ran sprints and releases",
        Need::Scalability => "Scaled a product",
        Need::QualitySecurity => "Owned quality and security",
        Need::Processes => "Set company-wide processes",
        Need::Roadmap => "Drew a technology roadmap",
        Need::Budget => "Held a technical budget",
        Need::Investors => "Faced investors or a board",
        Need::Clients => "Defended the technology to clients",
        Need::Data => "Put data to work",
        Need::Product => "Shaped a product",
        Need::Infrastructure => "Ran the infrastructure",
        Need::InternalIt => "Supported staff IT",
        Need::Change => "Led change across a company",
    }
}

fn fit_text(f: Fit) -> &'static str {
    match f {
        Fit::Strong => "Strong fit",
        Fit::Partial => "Partial fit",
        Fit::Weak => "Weak fit",
    }
}

fn step_text(ty: CtoType) -> &'static str {
    match ty {
        CtoType::Hacker => "The usual next step: build and ship a product yourself, as the senior developer who takes the lead on a first version.",
        CtoType::Stabilizer => "The usual next step: lead a team of five or more, as a lead developer or head of engineering.",
        CtoType::Industrializer => "The usual next step: lead several teams through their managers, for example as a head of engineering.",
    }
}

fn over_text(role: Outcome) -> &'static str {
    match role {
        Outcome::Cto(CtoType::Hacker) => "In this role you code every day: show recent hands-on work.",
        Outcome::Cto(CtoType::Stabilizer) => {
            "Here the seat stays close to the code and the team: show you can still find your way in a codebase, not only lead managers."
        }
        Outcome::Cto(CtoType::Industrializer) => "You have run more than this role asks: say what draws you to it.",
        Outcome::NoCto => "This seat is not a CTO's: if it interests you, put forward what you have done that comes closest to its needs.",
    }
}

fn suits_trade(s: Specialty) -> &'static str {
    match s {
        Specialty::Product => "Your record suits a product manager's post, or a product co-founder's seat beside a CTO who builds.",
        Specialty::Data => {
            "Your record suits a data post (data engineer, data analyst, then head of data) in an organization that wants to make use of its figures."
        }
        Specialty::Infrastructure => "Your record suits an infrastructure or platform lead's post (DevOps, SRE) in a company that builds a product.",
        Specialty::Security => "Your record suits a CISO's post, or a security consultant's.",
    }
}

fn suits_text(reads_as: Outcome) -> &'static str {
    match reads_as {
        Outcome::Cto(CtoType::Hacker) => "Your record suits a company of fewer than {low} people, or any company's first product: the hacker's seat.",
        Outcome::Cto(CtoType::Stabilizer) => "Your record suits a company of {low} to {high} people with a team to grow: the stabilizer's seat.",
        Outcome::Cto(CtoType::Industrializer) => "Your record suits a company past {high} people, with a department to lead: the industrializer's seat.",
        Outcome::NoCto => {
            "Your record suits an IT director's post: a CIO's in a mid-sized firm or public body, or a deputy CIO's in a large one, where no CTO is needed."
        }
    }
}

pub static EN: Texts = Texts {
    lang_name: "English",
    lang_switch: "Language",
    title: "Which CTO does your company need?",
    page_title: "cto-match: which CTO does your company need?",
    intro: "Describe your company: the result updates with each answer, and the page's address keeps your answers, to come back to or to share.",
    intro_embedded: "Describe your company: the result updates with each answer, and you can share it as a link.",
    form_label: "Your company",

    headcount: choice("People in the company", "A whole number, from 1 to 1,000,000."),
    tech: choice("People in the tech team (optional)", "Developers, designers, ops: everyone who builds the product. 0 if nobody yet."),
    stage_legend: "Stage",
    unsure: "Not sure",
    stage,
    org_legend: "What kind of organization? (optional)",
    org,
    software_legend: "What is software to your business? (optional)",
    software,
    cto_legend: "Does someone lead technology or IT today (a CTO, a CIO, an IT manager)? (optional)",
    cto_today,
    needs_legend: "What do you expect from your tech leader?",
    needs_help: "Tick all that apply. The result says how each answer weighs.",
    need_group,
    need: need_text,
    start_over: "Start over",
    more_questions: "More about your organization (optional)",
    more_result: "The full result: why, what is close, missions, hats, pay and the job ad",
    cta_default: "Talk to us about it",

    field,
    link_errors: "Some values given to the widget (by the link, the page or saved answers) could not be used and were left out:",
    not_whole_number: "{field}: “{given}” is not a number of people (give a whole number, for example {example}).",
    number_with_words: "{field}: “{given}” is not a number alone; did you mean {n}?",
    number_in_words: "{field}: write “{given}” in figures ({n}).",
    below_min: "{field}: at least {min} (you entered {given}).",
    below_zero: "{field}: 0 or more (you entered {given}).",
    above_max: "{field}: at most {max} (you entered {given}).",
    tech_above_headcount: "{field}: {given} is more than the {headcount} people in the whole company.",
    unknown_choice_near: "{field}: “{given}” is not a value the widget knows; did you mean “{label}” (“{id}” in a link)?",
    unknown_choice: "{field}: “{given}” is not a value the widget knows; choose in the form among {choices}.",
    quoted: "“{label}”",
    unknown_need: "{field}: “{given}” is not a need this widget knows.",
    unknown_lang: "{field}: “{given}” is not available; the widget speaks English (en) and French (fr).",
    more_errors: "And {count} more.",
    more_values: "{field}: {count} more values were left out.",
    storage_failed: "Your answers cannot be saved in this browser (its storage is full or blocked). The widget works all the same, but they will not be here next time.",

    result_label: "Result",
    waiting: "Enter the number of people in your company to see which CTO fits.",
    you_need: "Best fit",
    cto,
    no_cto: TypeText {
        label: "none",
        the: "no CTO",
        name: "Another role than a CTO",
        tagline: "What you describe calls for another role than a CTO, and the result says which.",
        portrait: "A CTO designs and builds the technology an organization offers or runs on, and leads the people who \
                   build it. Equipment, accounts, servers and their security are another trade, and a CTO's salary \
                   would pay for the wrong work.",
    },
    why_no_cto: NoCtoText {
        needs: role_needs,
        tagline: role_tagline,
        portrait: role_portrait,
        staff_tools: "Software is staff tools only: there is no product to build",
        it_dept_project: "Your app is a project of your IT department, beside the business: not a product team to lead",
        nothing_to_build: "Nothing to build: no product, no first version under way",
        product_built: "Your software is built, and nothing new is under way",
        no_team: "No tech team to lead",
        cto_left_no_post: "The person who held this role has left: get the access back now (code, hosting and domain accounts, passwords, documentation); what you describe is a provider's work or a few days' advice, not a post to fill",
        no_team_one: "One person in tech: no team to lead",
        cto_in_place: "Your CTO in place keeps the technology in hand; what you describe calls for another role beside them",
        it_left: "The person who ran your IT has left: the seat is to fill again, directly or, while you hire, with an interim manager",
        it_left_team: "The person who ran your IT has left: the seat is to fill again; while you hire, one of your IT team holds the service",
        it_left_manager: "The person who ran your IT has left: the seat is to fill again, with your provider stepping up while you hire",
        it_in_place: "Whoever leads your IT keeps it in hand; what you describe calls for another role beside them",
        in_place_one: "Keep the person as your IT contact, with a yearly budget and a managed IT contract behind them for security and backups.",
        in_place_two_unsaid: "Keep your two IT people as your IT contacts, with a yearly budget and a managed IT contract behind them for security, backups and holidays.",
        in_place_two: "Keep your IT manager in charge, with their colleague, a yearly budget and a managed IT contract behind them for security, backups and holidays.",
        venue_it: "For the computers and the network, a managed IT provider on a monthly fee.",
        shop_it: "For your computers and network (and tills, if you have shops), a managed IT provider or your till's vendor, on a monthly fee; till software must be certified, and may offer online ordering.",
        data_small_reason: "Your figures and the tools that give them: a matter of a few days, not a post",
        shop_data: "Your sales figures are in your online shop's service (and your till, if you have a store): their dashboards and exports are usually enough.",
        data_small: "Your figures (customers, quotes, files, invoices) live in your business software and on your file servers: ask its vendors for the exports and dashboards they offer, and check where the data is hosted and backed up (GDPR, and a certified health data host if it is health data).",
        before_tax: "before tax",
        vat_nonprofit: "Day rates are quoted before tax: a non-profit usually pays the VAT on top and cannot recover it.",
        change_project_lead_public: "For the project itself (a management or finance system, a business application, going paperless), a project lead, in house or on an assignment bought by public tender, reporting to whoever runs your IT.",
        change_project_lead_to_name_public: "For the project itself (a management or finance system, a business application, going paperless), a project lead, in house or on an assignment bought by public tender, reporting to management beside the IT manager you name.",
        cio_backing_hire_public: "To structure your projects and their follow-up, a part-time CIO a few days a month, bought by public tender or lent by a shared IT service, can back the IT manager you appoint or hire.",
        cio_backing_choice: "To choose and roll out your new software, a few days of an information systems consultant for the specification and the vendors' demonstrations, then, if needed, a part-time CIO a few days a month to lead the change.",
        cio_backing_choice_public: "To choose and roll out your new software, project-owner support bought by public tender for the specification and the vendors' demonstrations, then, if needed, a part-time CIO, or a shared IT service's, to lead the change.",
        app_project_team: "For the app itself, a product owner in house working with your developers (and an agency if needed), reporting to the IT director.",
        data_team_large: "For your data, a head of data with a team of its own (analysts, data engineers), reporting to management.",
        security_plan_provider: "Your IT provider (or a managed IT provider, if you have none) carries out the plan the consultant sets: accounts, updates, backups, access.",
        shop_none_fits_one: "If no existing service does what you need, a few days of a part-time CTO to write the brief and guide your IT person, or a freelancer on a fixed price; on a ready-made service, its hosting and security are the vendor's: ask where the data is kept and how it is backed up.",
        shop_none_fits: "If no existing service does what you need, a few days of a part-time CTO to write the brief and steer a freelancer on a fixed price.",
        data_small_site: "Your figures (sales, customers, orders, invoices) live in your site or app and in your management software: ask their vendors, or your provider, for the exports and dashboards they offer, and check where the data is hosted and backed up (GDPR).",
        data_small_members: "Your figures (donors, members, invoices) live in your business software and on your file servers: ask its vendors for the exports and dashboards they offer, and check where the data is hosted and backed up (GDPR).",
        data_beside_small: "Your figures live in your business software: not enough to keep a data analyst busy",
        data_beside_team: "The data: a head of data's work, not a CTO's",
        ciso_group: "Security is among your needs: see first what the group's CISO covers, and name a security contact on site.",
        security_checkup_team: "Start with a security check-up: a few days of a security consultant (about €800 to €1,500 a day before tax), then your IT staff or provider carry out the plan.",
        security_checkup: "Start with a security check-up: a few days of a security consultant (about €800 to €1,500 a day before tax), then whoever looks after your IT, or your provider, carries out the plan.",
        security_checkup_host: "Start with a security check-up: a few days of a consultant (about €800 to €1,500 a day before tax), then your developers and your host carry out the plan.",
        security_checkup_clients: "Start with a provider certified for small organizations' cybersecurity (in France, ExpertCyber, on Cybermalveillance.gouv.fr); for your clients' security questionnaires, a consultant for a few days (about €800 to €1,500 a day before tax), then your provider carries out the plan; a certification only if a contract requires one.",
        security_checkup_provider: "Start with a provider certified for small organizations' cybersecurity (in France, ExpertCyber, on Cybermalveillance.gouv.fr); a check-up by a security consultant (about €800 to €1,500 a day before tax) if your data calls for it, then your provider carries out the plan.",
        security_public: "In the public sector, the national cybersecurity agency's support schemes or your region's incident response center can point you to the right help.",
        change_small_it: "Your project is run with the vendor or your provider, with whoever looks after your IT as its project lead; a few days a month of a part-time CIO can back them if the project is heavy.",
        roadmap_beside_it: "Your IT roadmap and its budget are written with the person in place; a few days a month of a part-time CIO can help build them, cost them and present them to your management and your board or council.",
        processes_beside_it: "Your IT rules (requests, access, updates, backups) are set with the person who looks after your IT and your provider; a few days of a part-time CIO can help.",
        online_service: "Your first online service: a ready-made service or your business software vendor's module usually does it, set up by your IT team with the vendor, before any development.",
        online_service_public: "Your first online procedure: look first at what your pooled services or public digital operator offer (for a state service in France, Démarches simplifiées), shared open-source software for public bodies or your business software vendor's module, before any development; your IT team sets it up and keeps it running.",
        it_manager_team_first: "An IT manager who leads your IT team and its projects, and keeps security and the IT budget in hand.",
        business_software_first_nonprofit: "Your sector's software vendors first: ask for demonstrations, and for the advice of similar non-profits or your federation (in France, the DLA local support scheme or Solidatech can guide you too); a few days of independent advice only if you are torn.",
        business_software_first: "Your trade's software vendors first: ask for demonstrations, and for your peers' and your accountant's advice (e-invoicing included); a few days of independent advice only if you are torn.",
        head_unsaid: "An organization of this size usually has its CIO: if so, keep them in charge and add beside them what your needs call for; if the seat is empty, fill it first.",
        it_costs: "An independent IT consultant or a part-time CIO for a few days, paid by the day (about €800 to €1,500 before tax), who leaves you a written report.",
        it_costs_chamber: "For a small firm or a craft business, see first the digital check-up offered by your chamber of trades or of commerce.",
        data_tool_project: "For the tool itself (a CRM, a reporting suite), a project lead with an integrator, beside your IT team, which stays in place.",
        change_no_it_public: "Pooling first (your inter-municipal body, a public IT syndicate, the management centre); otherwise, the computers, accounts and backups go to a managed IT provider chosen by public tender.",
        change_project_lead: "For the project itself (a management or finance system, a business application, going paperless), a project lead, in house or on assignment, reporting to whoever runs your IT.",
        it_left_small: "The person who looked after your IT has left: at your size, a managed IT contract with a contact in-house usually costs less than a post and no longer hangs on one person; get the access back now",
        change_no_it: "The computers, accounts and backups: a managed IT provider, on a monthly fee.",
        it_left_one: "The person who looked after your IT has left: hire someone to replace them and, meanwhile, ask a managed IT provider to keep things running (access, backups, support)",
        it_left_public: "The person who ran your IT has left: the seat is to fill again; while you recruit, the deputy holds it, or an interim manager hired through a public tender",
        it_one_left: "The seat to fill looks after staff tools: an IT post, not a product team",
        in_place_dept: "Keep your CIO in charge and give their department the reinforcements your needs call for.",
        cto_in_place_dept: "Your CIO is in the seat: what you describe is reinforced beside them, not hired over them",
        cto_in_place_one: "The person already in place runs your IT day to day: give them a budget and a provider behind them",
        in_place_it: "Keep the person in charge and give them a CIO's means: a budget and a mandate from management.",
        cto_left: "The person who held this role has left: what you describe calls for another role, to fill directly or, while you hire, with an interim manager",
        no_team_unsaid: "No tech team given, or none that could be read: we read it as none",
        shop_platform_small: "A subscription to a ready-made online service (a showcase site, a shop, click and collect, reservations, ticketing, bookings, memberships and donations) is often enough, with no agency.",
        it_projects_portrait: "A CTO designs and builds the technology a business sells or runs on, and leads the people who build it. Running an organization's IT (its tools, projects, processes and data, with its providers) is another trade, and a CTO's salary would pay for the wrong work.",
        business_software_team: "Whoever runs your IT leads the choice with the teams who will use the software, backed by a few days of an information-systems consultant for the specifications and the vendors' demonstrations.",
        shop_platform_service: "An existing solution for your online service (a portal, a catalogue, forms, bookings), often one other bodies already use, set up by a provider at a fixed price, is usually enough.",
        shop_platform_service_public: "An existing solution for your online service (a portal, a catalogue, forms, bookings), often one other bodies already use, set up at a fixed price by a provider chosen by public tender, is usually enough.",
        shop_platform: "A ready-made online service (a showcase site, a shop, click and collect, reservations, ticketing, bookings, a client portal), set up by a web agency, is usually enough.",
        it_manager_change: "An IT manager on staff, who runs your projects (business software, an ERP, paperless processes) with the teams and the providers, and reports to management.",
        cio_backing_hire: "To structure your projects and their follow-up, a part-time CIO a few days a month can back the IT manager you appoint or hire.",
        cio_backing: "To structure processes and projects, a part-time CIO a few days a month can back whoever runs your IT.",
        cio_small: "At your size, a part-time CIO or a consultancy may be enough.",
        data_beside_it: "Data: an analyst's work, not a CTO's",
        public_pooled: "In the public sector, see first what is pooled, or could be, before you define the seat: a hospital group for a hospital, a joint IT body or a service shared between an inter-municipal body and its towns, your ministry's digital department for the state.",
        group_it_held: "If you are a subsidiary, see with the group's IT department what it already carries.",
        managed_it_public_referent: "For your computers, your IT person stays the referent, backed by pooling (your inter-municipal body, a public IT syndicate, the management centre) or a provider chosen by public tender.",
        cio_group: "A CIO who steers the tools, the providers and the projects, and answers both to the company's management and to the group's CIO (in an international group, fluent English is usually expected).",
        managed_it_public_first: "Pooling (your inter-municipal body, a public IT syndicate, the management centre; a health establishment's hospital group), or a managed IT provider chosen by public tender.",
        group_it: "If you are a subsidiary, see first what the group's IT department already carries, and what is left to run locally.",
        data_too_public: "For your data and its opening, a data officer (or an open data lead), with the national open data portal; a BI consultancy at a fixed price for the dashboards.",
        data_office: "For your data, a data office: a chief data officer with a team for governance, quality and analytics.",
        public_pooled_scope: "See too what you already pool (a hospital group for a hospital, a joint IT body or shared services): it draws the seat's scope.",
        business_software_sector: "To choose your business software (management, your donors', members' or users' records, accounts), compare the solutions made for your sector and ask for demonstrations; a few days of independent advice if you are torn (about €800 to €1,500 a day before tax): a managed IT provider does not choose your business software.",
        cio_large: "A CIO who steers the tools, the providers and the projects, reports to the chief executive and sits on the executive committee.",
        head_unsaid_org: "An organization of this size usually has its IT head: if so, keep them in charge and add beside them what your needs call for; if the seat is empty, fill it first.",
        business_software_public_first: "Pooled services first (a public IT syndicate, your department's agency, a purchasing centre) and what bodies like yours have chosen: ask for demonstrations, buy by tender or through a purchasing centre; a few days of independent advice only if you are torn.",
        business_software_public: "To choose your business software, see first what pooled services offer and what bodies like yours have chosen; compare with demonstrations, then buy by public tender or through a purchasing centre; a few days of independent advice if you are torn (about €800 to €1,500 a day before tax).",
        platform_vendor_first: "If your platform is a vendor's online service (ticketing, a shop, bookings), its load is the vendor's: ask for its plan for peaks or a waiting queue, or change vendor; hosting of your own only if you run the software yourselves.",
        business_software_group: "In a group's company, see first with the group's IT department: business software is usually chosen within its frame (listed vendors, framework contracts, security); if it leaves you the choice, a few days of an information-systems consultant, and the group's IT to run it on site.",
        business_software_consultant: "An IT consultant or a part-time CIO for a few days, paid by the day, to run the choice with your teams and the vendors' demonstrations; then someone to run your IT once the software is chosen.",
        vendor_project_portrait: "At your size, your tools and their projects are run with their vendors and your IT provider, someone on the team as the referent; a part-time CIO only for a heavy change.",
        vendor_project_portrait_mid: "At your size, your tools and their projects are run with their vendors and someone on your staff who carries the project, backed if needed by a few days of a part-time CIO: no full-time seat.",
        vendor_project_portrait_public: "At your size, your tools and their projects go through pooled services first, or a few days a month of project support bought by public tender: no full-time seat.",
        vendor_project_tagline: "Choosing your tools and running their project with the vendor: neither a CTO's seat nor a CIO's.",
        vendor_project_reason: "Choosing your trade's tools and putting them in place: a project with their vendor, not a CTO's seat nor a CIO's",
        change_project_lead_to_name: "For the project itself (a management or finance system, a business application, going paperless), a project lead, in house or on assignment, reporting to management beside the IT manager you name.",
        data_office_public: "For your data, a data office: a chief data officer (in a hospital, with its medical information department) with a team for governance, quality and analytics.",
        in_place_it_group: "Keep the person in charge and give them a CIO's means: a budget and a mandate from the company's management, in step with the group's IT department.",
        no_team_runs: "Your IT team runs the software, it does not build it: no product team to lead",
        dev_keeps_code: "Your developer keeps your platform's code: what is asked is its hosting, not a product team to lead",
        devs_keep_code: "Your developers keep your platform's code: what is asked is its hosting, not a product team to lead",
        data_too: "For your data, a data analyst or a BI consultancy, on a fixed-price project.",
        data_team_public: "For your data, a head of data with a small team (in a hospital, with its medical information department; in a local authority, with its open data policy).",
        data_small_tagline: "Your figures are already in your software: a few days to get them out, not a seat.",
        data_small_portrait: "A CTO builds and leads a technology. At your size, your figures come from your business software's exports and dashboards; a BI consultancy or a freelancer on a fixed price takes over if that is not enough.",
        scale_beside_cio: "For your clients' platform under load, an architect or a head of development beside your CIO, and managed hosting if operations cannot keep up.",
        app_project: "For the app itself, a product owner in house, with an agency or the vendor, reporting to the IT director.",
        dev_head_it_public: "For the developers themselves, a head of software development reporting to the IT director, on a management post of the public scale.",
        dev_head_it_large_public: "For the development teams, a director of software development reporting to the CIO, on a senior management post, paid on the public scale.",
        dev_head_it_large: "For the development teams, a director of software development reporting to the CIO, at an executive's level and pay.",
        dev_head_it: "For the developers themselves, a head of software development reporting to the IT director, paid as a senior, not as an executive.",
        dev_lead_it_manager: "For the developers themselves, a lead developer among them who runs their releases, reporting to the IT manager.",
        data_team: "For your data, a head of data with a small team.",
        business_software: "To choose your business software (management, quotes, client or patient records, accounts, or your profession's technical tools), compare the solutions made for your trade and ask for demonstrations; a few days of independent advice if you are torn (about €800 to €1,500 a day before tax): a managed IT provider does not choose your business software.",
        shop_advice: "If you are torn between several services, a few days of advice are enough (about €800 to €1,500 a day before tax).",
        business_software_hire: "To choose your business software, have the person you hire run the choice, with demonstrations from your sector's vendors; a few days of independent advice if you are torn (about €800 to €1,500 a day before tax).",
        business_software_hire_public: "To choose your business software, have the person you hire run the choice, with demonstrations from your sector's vendors, bought by tender or through a purchasing centre; see first what bodies like yours have chosen (your network; your hospital group for a care home).",
        business_software_it: "To choose your business software (an ERP, a CRM, software made for your sector), compare the solutions made for your sector with demonstrations; your IT manager runs the choice, with a few days of independent advice if you are torn (about €800 to €1,500 a day before tax).",
        data_from_chosen: "Your figures will come from the software you choose: check its reports and exports before any BI project.",
        data_tool_choose: "For the tool itself (a CRM, a reporting suite), first compare the solutions made for your sector, with a few days of advice if you are torn: the first dashboards often come with the tool.",
        shop_load: "For the peaks (holidays, sales), your platform's higher plan or managed hosting (a monthly fee); have the agency load-test the shop before the season.",
        it_security: "IT security",
        site_not_seat_service: "Your online service (a portal, a catalogue, forms, bookings): a choice of existing solution, not a seat",
        data_tools_reason: "Your data and the tools to use it: an analyst's work, not a CTO's",
        site_not_seat: "Your site, online shop, client portal or bookings: a choice of existing service, not a seat",
        shop_tagline: "What you describe is settled with a ready-made service, not a seat.",
        shop_portrait_small: "A website, ticketing, an online shop or bookings are set up today with subscription services, which you put in place yourself or with a freelancer for a few days.",
        shop_portrait_service: "A website, a members' or users' area, sign-ups, donations or online ticketing are set up today with ready-made services, often already used by organizations like yours: a web agency or a freelancer sets them up for a fixed price, then develops them as needed.",
        shop_portrait_public: "A website, an online procedures portal, sign-ups or ticketing are set up today with ready-made services, often offered by your pooled services: a provider chosen by public tender sets them up, then develops them as needed.",
        shop_portrait: "A website, an online shop, a client portal or ticketing is set up today with ready-made services, or your management software's own module: a web agency, a freelancer or your ERP's integrator puts them in place at a fixed price, then changes them as needed.",
        audit_plain: "Writing and costing a roadmap, choosing a service or a provider, or reviewing costs or security takes a few days of an expert paid by the day, with a written report: a permanent seat would outlast the question.",
        cto_in_place_cio: "The person already in the seat in fact holds a CIO's role: give them the means to hold it, whatever the title",
        ciso_full_public: "A full-time CISO reporting to the director general, in close step with the IT director, who owns the risks, the security policy and the systems' accreditation.",
        ciso_full: "A full-time CISO (RSSI) beside the IT director, who owns the risks, the policies and the certifications.",
        ciso_too_firm: "Security is among your needs: at this size, plan for a CISO as well, in-house or part time (an outsourced CISO).",
        ciso_too: "Security is among your needs: at this size, plan for a CISO as well, in-house or shared with other organizations.",
        it_team: "Your tech team runs staff tools: an IT team, not a product team",
        it_one: "The person in charge of IT runs staff tools: an IT post, not a product team",
        it_team_services: "Your tech team runs the services you provide: an IT production team, not a product team to lead",
        it_one_beside: "The person in charge of IT does not make what your organization is about: an IT post, not a product team to lead",
        it_team_beside: "Your tech team does not make what your organization is about: an IT team, not a product team to lead",
        instead_heading: "What to look for instead",
        instead: [
            "A managed IT provider for equipment, accounts, backups, servers and the help desk, paid per user or per month.",
            "An IT manager on staff, who runs a provider and keeps security and the IT budget in hand.",
            "An IT director with an IT team, who runs operations, security and the IT budget, and reports to the leadership.",
        ],
        it_director_team: "An IT director at the head of your IT team, who runs operations, security and the IT budget, and reports to the leadership.",
        it_manager_change_public: "An IT manager on staff, who runs your projects (finance and HR software, procedures online) with the departments and the providers, and reports to the director general.",
        instead_build: "If you start building software of your own, come back: that is when a CTO makes sense.",
        instead_role: role_instead,
    },
    beyond_typology: "At {n} people you are far past the startups this model was written for. At that size the top technology \
                      job is a group CTO's (in the public sector, a chief digital officer's), with CTOs or VPs of engineering under them and often a CIO beside them for \
                      internal IT: read this result as the profile for one of those posts.",
    beyond_it_department: "At {n} people you are far past the startups this model was written for. Where the tech team is your IT department, the top technology job is usually a CIO's, on the leadership team: read this result as the profile for that post.",
    beyond_team: "At {n} people you are far past the startups this model was written for: read this result as the \
                  profile for the team you are building, not for the group's top technology job.",

    scores_heading: "How the three types score",
    points: ["{n} point", "{n} points"],
    why: WhyText {
        heading: "Why",
        against_heading: "What pulls the other way",
        badge: "+{n} {type}",
        size,
        near_bound,
        team_none: "No tech team yet: someone has to build first",
        team_none_running: "No tech team yet: someone has to take the product in hand first",
        team_to_hire: "No tech team yet, and one to hire: a first leader who builds and recruits",
        team,
        team_it_people: "Two people run your IT: they stay your contacts and lead the project on your side, not the app's builders",
        team_it_person: "One person runs your IT: they stay your contact and the project's lead on your side, not the app's builder",
        team_is_cto: "A tech team of one, the CTO, who codes",
        ciso_beside_cto: "The CTO carries the product's security; at your size, a full-time CISO beside them, reporting to management, carries the risks, the policies and the certifications (ISO 27001, SOC 2, a health data host's).",
        security_beside_cto: "The CTO carries security; for a certification (ISO 27001, SOC 2, a health data host's), a security consultant or a part-time CISO beside them, for the risk analysis, the documents and the audit.",
        data_beside_cto: "Your CTO keeps the data choices in hand; for the analyses and the pipelines themselves, a data analyst or a data engineer beside them, hired or on a fixed-price project, usually costs less than their time.",
        team_steered: "A tech team of {n} {people}: the hacker's scale, where a part-time CTO frames and guides their work rather than coding it",
        stage: stage_reason,
        needs: needs_reason,
        universal_needs: [
            "Every CTO deals with {needs}: that shapes the missions, not the type.",
            "Every CTO deals with {needs}: that shapes the missions, not the type.",
        ],
        staff_it: "Staff IT is best left to an IT provider, not to your CTO.",
        software: software_reason,
        software_internal_seat: SOFTWARE_INTERNAL_SEAT,
        software_cio: "Software serves your business: your CIO works for the business teams as much as on the tools.",
        size_team_only: "Read from your size and your team alone: your stage and your needs can change the answer (if it is staff IT you need rather than software, tick it).",
        size_needs_part_time: "Read from your size and your needs: if a team already builds software here, give its size; the seat may then be a first hire.",
        size_only: "Read from your size alone: your tech team, your stage and your needs can change the answer.",
        at_bound_kept: "{n} {people}, right at the threshold: {type} is still within reach",
        at_bound_team: [
            "{n} {people}, right at the threshold: below it, it would usually be {type}; here your tech team weighs more",
            "{n} {people}, right at the threshold where {type} usually takes over; here your tech team weighs more",
        ],
        at_bound: ["{n} {people}, right at the threshold: one fewer and it would be {type}", "{n} {people}, right at the threshold: one more and it would be {type}"],
    },
    runner_up: RunnerUpText {
        heading: "Close behind: {type}",
        by_size_heading: "By headcount alone: {type}",
        close_heading: "A close call with {type}",
        none_heading: "If you built technology of your own, it would be {type}",
        none_intro: "That would be so if",
        tips_intro: "The result would tip to {type} if",
        tips_intro_any: "The result would tip to {type} if any one of these held:",
        none_no_tip_asked: "That would take a product of your own and a team to build it; what you describe can be had without them.",
        none_no_tip: "That would take a product to build and a team to build it: nothing in your answers says so today.",
        no_tip: "No realistic change would tip the result to {type}: your other answers outweigh the headcount.",
        add_any: "{needs} mattered to you too",
        add_all: "{needs} all mattered to you too",
        drop_any: "{needs} mattered less",
        drop_all: "{needs} all mattered less",
        headcount: "{org} had {n} people",
        team: "the tech team grew to {n} {people}",
    },
    colon: ": ",
    people: ["person", "people"],
    and: "and",
    or: "or",

    delegate_to_leads: "Hand to your lead developers",
    stabilizer_app: [
        "Makes the applications that work last, and turns a few developers into a team.",
        "The tech team is growing. This CTO recruits and trains it, and brings the rigor that keeps your applications reliable, well built and easy to change, for the teams who use them.",
    ],
    cio_seat: [
        "Leads your IT as a department, through service heads and processes.",
        "A leadership post: the information systems strategy, the projects carried with the business teams, the vendors and the providers, the budget, and IT's voice on the executive committee. Here the industrializer's seat is a CIO's.",
    ],
    hacker_running: [
        "Keeps the product running and moving, hands on.",
        "A generalist across front end, back end and servers. Takes over the code already there, keeps it running and moves it on, \
         and already answers the technical questions of clients, partners and investors.",
    ],
    investors_early: MissionText { title: "Prepare the raise and win the investors over", detail: "Tells the technical story to the first investors and answers their questions." },
    first_sales: MissionText { title: "Back the first client meetings", detail: "Answers the first clients' technical questions, beside whoever sells." },
    missions_heading: "What this CTO would do",
    tier,
    group,
    matched: "Answers your need: {need}",
    mission: mission_text,
    mission_for,
    mission_at_scale,
    source_note: "The three CTO types are the Ignition Program's, as cited in a CTO job sheet published by Vocation \
                  (Jasmine Manet, 2020, with Jaafar Elalamy, CTO of Adriver). The twelve hats and the priorities past \
                  the first version are Simon Creuchet's, CTO of SELF & INNOV. An aid to thinking, not a verdict.",
    hats: HatsText {
        heading: "The twelve hats of a CTO at a small company",
        heading_large: "The twelve hats of a CTO, and who wears them at your size",
        heading_cio: "The twelve hats, and who wears them in your IT department",
        intro: "At the start the CTO wears all twelve, and nobody excels at all of them. The lean way: cover the vital minimum, then improve in small steps. As the team grows, hats are shared, then handed over.",
        team_given: "Read for a tech team of {n} {people}.",
        team_none: "With no tech team yet, the CTO wears every hat.",
        team_none_part_time: "With no tech team yet, a part-time CTO keeps the architect's, the roadmap's and the product's hats; the rest goes to the agency or the providers who build and run it.",
        team_assumed: "Read for a typical tech team of {n} {people}; give yours for a closer reading.",
        roles: ["Wear it yourself", "Share it with the team", "Hand it over"],
        hat,
        priority_badge: "a priority past the first version",
        priorities_note: "Past the first version, three hats weigh most: the roadmap, serving a real growth strategy; the overall architecture, ready to scale and to extend; and sizing the team to keep up with the business.",
        opinion: "When each hat is shared or handed over is this widget's reading of the source, not a rule.",
    },
    grow: GrowText {
        heading: "As you grow",
        next,
        next_by_team: NEXT_BY_TEAM,
        next_given: "Past {bound} people, the tech team's size decides more than the headcount: from about {team} people in tech, the job becomes {type}'s.",
        next_now: "With {n} {people} in tech, that step has begun: start handing these over now.",
        hand_over_title: "To hand over",
        take_on_title: "To take on",
        keeps_title: "What the role keeps from the earlier steps",
        hand_over: [
            &["Writing most of the code", "Running the servers alone", "Every technical decision, small or large"],
            &["Running the sprints and the daily stand-up", "Coordinating each release", "Reviewing all the code yourself"],
        ],
        take_on: [
            &["Recruiting and training the developers who join the team", "Rigor: tests, reviews, monitoring", "An architecture that scales and can change"],
            &["Strategy and the technology roadmap", "Processes every team follows"],
        ],
        take_on_board,
        keeps: &[
            "The last word on architecture, through audits of the technical choices",
            "Closeness to the product and to the hardest questions of clients or users",
            "Recruiting the key people",
        ],
        profile_heading: "The profile to look for",
        skills_title: "Skills",
        skills_dev: "Software development: design, code, architecture, testing",
        skill_data: "Data engineering and data science, for a post that is also chief data officer",
        skills_human: "Empathy, decision making, risk control and leadership",
        background_title: "Background",
        background: "Self-taught, bootcamps or engineering schools: all three lead to the role.",
        ladder_title: "Where the post sits on the ladder",
        ladder: ["Junior developer", "Mid-level developer", "Senior developer", "Head of engineering or head of data", "CTO or CDO"],
        position,
        position_cio: "Usually a CIO, or a deputy CIO, who has already led an IT department with service heads under them.",
        position_builder: "Someone who has built a product end to end before.",
        position_interim_team: [
            "For the interim, someone who has already held a CTO's or a technical lead's seat; for the permanent seat that follows, usually a senior developer or a head of engineering who has built a team.",
            "For the interim, someone who has already held a CTO's or a technical director's seat; for the permanent seat that follows, usually a head of engineering, or a CTO who has run a department.",
        ],
        position_interim: "Someone who has taken over a product others built, and run it end to end.",
        coach_position,
        pay_title: "Indicative pay",
        pay_bands: [
            PayBand { label: "junior CTO", amount: "60k EUR" },
            PayBand { label: "senior CTO", amount: "80k EUR" },
            PayBand { label: "expert CTO", amount: "100k to 300k EUR, the top mostly in the USA" },
        ],
        pay_caveat: "Pay follows the person's seniority, and depends on company size, sector, experience and location: the source calls these figures \"not an absolute truth\".",
        pay_reading: "This widget's reading: the {band} band, because {because}; the actual pay follows the person's experience.",
        because_small: "a small company and a small team do not yet call for more",
        because_hands_on: "the seat builds by hand, which tops out at that band whatever your organization's size",
        pay_reading_cio: "This widget's reading: the source's {band} band, a CIO's at this size, because {because}; the actual pay follows the person's experience.",
        next_cio: "The industrializer is the last of the three steps: here a CIO's seat, which leads through its service heads rather than by coding.",
        because_headcount: "{org} has {n} {people}",
        your_org,
        because_team_head: "the tech team your head of engineering will run has {n} {people}",
        because_team_vp: "the tech team your VP of Engineering will run has {n} {people}",
        because_team: "the tech team the CTO leads has {n} {people}",
        because_team_promoted: "the person promoted from within takes a first CTO seat, over a team of {n} {people}",
        because_stage,
        because_beyond: "{org} has {n} people, far past the startup scale",
    },
    job: JobText {
        heading: "Job ad",
        intro: "Built from your answers, ready to publish once the bracketed parts are filled in. Copy it as plain text, or download it as Markdown.",
        copy: "Copy the text",
        copied: "Copied to the clipboard.",
        copy_refused: "The browser refused the clipboard. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
        download: "Download (.md)",
        beside: "The salary range is this widget's reading of the source's bands by seniority (junior 60k, senior 80k, expert 100k to 300k EUR), which the source calls \"not an absolute truth\": adjust it to your sector and location.",
        title_cto: "CTO",
        title_part_time: "Part-time CTO",
        headline_part_time: "To choose, brief and steer the building of our product.",
        headline_part_time_next: "To make our application grow and guide the team that builds it.",
        headline_part_time_app: "To choose, brief and steer the building of our application.",
        interim_public: [
            "To lead our digital services while we recruit their director.",
            "We are looking for our interim chief digital officer, for three to six months, while we recruit: keep the team delivering, secure what matters most, and help choose who comes next.",
        ],
        headline_interim: "To lead technology while we recruit our CTO.",
        headline_part_time_takeover: "To take our product back in hand, a few days a week.",
        headline_part_time_running: "To take charge of our technology, a few days a month.",
        must_team_part_time: "You have framed a product and guided a small team who built it",
        vp_delivery: "Run delivery across the teams through their managers: planning and releases",
        part_time_first_version_team: "Lead the first version with our developers",
        part_time_first_version_one: "Lead the first version with our developer",
        role_part_time_running_one: "We are looking for the person who will take charge of our technology a few days a week: set the architecture, frame the next versions, and guide our developer who builds them.",
        headline_part_time_next_one: "To make our application grow and guide the developer who builds it.",
        role_part_time_one: "We are looking for the person who will take charge of our technology a few days a week: choose the architecture and the stack, frame the first version, and guide our developer who builds it.",
        part_time_infrastructure: "Oversee the infrastructure",
        cio_dashboard: "Track the IT department's indicators",
        nice_public_clients: "You have taken the hardest technical questions of users, members or partners",
        role_part_time_takeover: "We are looking for the person who will take charge of our technology a few days a week: take the code, the accounts and the contracts back from the agency that built our product, set the architecture for what comes next, and hire and guide our first developers.",
        pay_promote_outside: "If nobody in the team fits and you hire from outside, count on the {band} band, as in the ad.",
        must_part_time_running: "You have kept a product in production through its growth and guided the developers who build it",
        must_part_time_takeover: "You have taken over a product built by a provider and hired the first developers of a team",
        role_part_time_team_running: "We are looking for the person who will take charge of our technology a few days a week: set the architecture, frame the next versions, and guide our development team that builds them.",
        role_part_time_team: "We are looking for the person who will take charge of our technology a few days a week: choose the architecture and the stack, frame the first version, and guide our development team that builds it.",
        role_part_time_services: "We are looking for the person who will take charge of our technology a few days a month: take our site and tools in hand, choose between a rebuild and a ready-made service, write the brief and steer the agency or freelancer who delivers it.",
        role_part_time_running_team: "We are looking for the person who will take charge of our technology a few days a month: review what runs, guide our developers, and decide what to change.",
        role_part_time_running: "We are looking for the person who will take charge of our technology a few days a month: review what runs, guide our developer, and decide what to change.",
        role_part_time: "We are looking for the person who will take charge of our technology a few days a week: choose a ready-made solution or write the brief, then steer the freelancer or agency who builds it.",
        must_skills: job_must_skills,
        nice_funders: "You have presented technology to funders or a board",
        title_interim: "Interim CTO",
        title_vp: "VP of Engineering",
        headline: job_headline,
        headline_app: job_headline_app,
        headline_vp: "To run delivery and the engineering teams.",
        about_heading: "About us",
        company: "We are {org} of {n} {people}",
        org: job_org,
        company_unknown: "We are a growing organization",
        company_solo: "For now, we are one person: the founder",
        title_profile: "CTO: how the role grows",
        coach_line_lead: "The person who leads our technology is in place: this text describes the role as it grows, to plan their progress together. It is not a job ad.",
        coach_line: "Our CTO is in place: this describes the role as it grows, to plan their development together. It is not a job ad.",
        pay_search: "[To complete: salary, set with your search firm; above €150k gross per year at this size.]",
        stage: job_stage,
        stage_clause: job_stage_clause,
        scaling_service: ", and our service is growing fast",
        launched_service: ", and our service has its first users",
        tech_team: ", {n} of them in tech",
        tech_department: ", {n} of them in the technology department",
        tech_team_one: ", one of them in tech",
        no_tech_team: ", none of them in tech yet",
        all_tech: ", all of us in tech",
        about_placeholder: "[To complete: your name, what you do, for whom, and why now.]",
        stack_placeholder: "[To complete: your stack, or \"to be chosen\".]",
        stack_placeholder_known: "[To complete: your stack.]",
        role_heading: "The role",
        role: job_role,
        role_hands_on: "We are looking for the person who will take charge of technology, hands on: someone who takes our product in hand, decides what to keep and what to rebuild, and still writes much of the code.",
        reports: job_reports,
        head: job_head,
        cofounder_line: "This is a co-founder role, with the equity that goes with it.",
        reports_cofounder: "You work as a pair with the founder who runs the company.",
        founder_line: "This text describes the seat for the one of us who takes it: a shared picture of the role, not an ad to publish.",
        founder_solo_line: "This text describes the role you hold yourself: a roadmap for you, not an ad.",
        role_vp_public: "Beside our chief digital officer, who keeps the technology vision and the architecture, you run delivery, hiring and the engineering managers.",
        role_cofounder_left: "We are looking for the person who will take the technology over after our co-founding CTO left: audit the stack in place, finish the first version with our developers while coding a good share, then structure the team.",
        role_vp: "Beside our CTO, who keeps the technology vision and the architecture, you run delivery, hiring and the engineering managers.",
        reports_vp_public: "You report to our chief digital officer.",
        reports_vp: "You report to our CTO.",
        role_interim: "We are looking for our interim CTO, for three to six months, while we recruit: keep the team delivering, secure what matters most, and help choose who comes next.",
        interim_part_time_line: "Two or three days a week, backing our most senior developer.",
        fractional_in_place_line: "You work with the person who runs our IT, who leads the project on our side.",
        fractional_next_line: "A few days a week, as long as the team stays small.",
        fractional_building: "A few days a week while it is built, then a few days a month once the application runs.",
        fractional_lasting: "A few days a month, more during a project.",
        fractional_line: "A few days a month or a week to start, with room to grow into the full role.",
        missions_heading: "What you will do",
        must_heading: "Must-have",
        must: job_must,
        board: job_board,
        must_promote_large: "You have led a team of twenty engineers or more, with leads beside you",
        must_exec_small: "You have carried technology at leadership level, with a small team",
        must_heading_internal: "Skills the role asks for",
        headline_lead: "To lead our developers and make our software last.",
        headline_lead_platform: "To lead our developers and make our platform last.",
        role_support: "We are looking for the person who will make our software last: structure and grow the team, and bring the rigor that keeps it reliable and easy to change.",
        role_lead: "We are looking for the person who will lead our developers: set the practices, help each of them grow, and bring the rigor that keeps our software reliable and easy to change.",
        must_lead: "You have led a small development team and set its practices",
        headline_building: "To finish our first version and build the team that will make it last.",
        role_hacker_new: "We are looking for our first technical leader: someone who chooses the stack and builds the first version of our new product, front end to back end, mostly hands on.",
        role_building_new: "We are looking for the person who will build the first version of our new product, then recruit and structure the team.",
        role_building: "We are looking for the person who will take our first version to launch, then recruit and structure the team.",
        qualities: job_qualities,
        experience: "[To complete: the experience you expect, in years.]",
        nice_heading: "Nice to have",
        nice: job_nice,
        offer_heading: "What we offer",
        pay: "Salary: {range} gross per year, depending on experience",
        pay_ranges: ["€60k–€80k", "€80k–€100k", "€100k–€150k"],
        one_to_one_one: "Coach your developer",
        pay_day_rate: "Day rate: €800–€1,500 before tax, depending on experience",
        pay_day_rate_senior: "Day rate: €1,200–€2,000 before tax, depending on experience",
        pay_public: "Salary on the public pay scale, open to contract staff and civil servants. [To complete: grade and gross annual range.]",
        equity: "[To complete: equity, for example stock options.]",
        benefits: "[To complete: variable pay and benefits.]",
        benefits_public: "[To complete: benefits.]",
        location: "[To complete: location and remote policy.]",
        start: "[To complete: start date.]",
        contract: "[To complete: contract, for example permanent and full time.]",
        contract_public_service: "[To complete: the public procurement procedure (consultation, award criteria) and the number of days.]",
        contract_part_time: "[To complete: the form (freelance or part-time contract) and the number of days, per week or per month.]",
        contract_interim_part_time: "[To complete: the form of the mission (freelance, umbrella company, interim management) and its exact length.]",
        contract_interim: "[To complete: the form of the mission (freelance, umbrella company, interim management), its exact length and its rhythm (full time or a few days a week).]",
        contract_cofounder_venture: "[To complete: the company set up for the product (often a simplified joint-stock company beside the firm, whose own capital may be closed to outsiders, as in a regulated profession's), your status in it and your share of its capital, stock options included.]",
        contract_cofounder: "[To complete: status (corporate officer or employee) and share of the capital, stock options included.]",
        contract_public: "[To complete: civil servant or contract staff, and the contract's length.]",
        pay_grid: "Salary on our pay grid. [To complete: gross annual range.]",
        pay_cofounder: "[To complete: starting salary, if any.]",
        apply_heading: "How to apply",
        apply: ["[To complete: the hiring steps, for example two interviews and a case study.]", "[To complete: whom to write to, and how.]"],
        title_public: "Chief Digital Officer",
        title_nonprofit: "Head of Technology",
        title_public_lead: "Head of Digital Services",
        title_head_eng: "Head of Engineering",
        title_cio: "Chief Information Officer",
        headline_cio: "To lead our IT and carry our digital projects with the business.",
        role_cio_plain: "We are looking for the person who will lead our IT department and carry our digital projects with the business, our vendors and our providers; they will sit on the leadership team.",
        role_cio: "We are looking for the person who will lead our IT department and carry our digital projects, our app among them, with a product owner, our vendors and our providers; they will sit on the leadership team.",
        cio_first_version: "Have the app built with the product owner and the provider",
        unsaid_body_line: "Nothing in your answers says yet which seat this is (an IT manager, a CIO, a head of digital services): this text describes what an executive's seat would carry if you built digital services yourselves. It is not an ad.",
        unsaid_line: "Nothing in your answers calls for a seat yet: this text describes what a part-time CTO would do if you had software of your own to build or take in hand. It is not an ad.",
        title_seat_to_define: "Head of technology: what the seat would be for",
        title_unsaid: "Part-time CTO: what the seat would be for",
        title_cofounder: "Co-founding CTO",
        apply_public_service: "[To complete: the consultation's timetable and where offers are sent.]",
        apply_interim: "[To complete: the steps, for example a meeting with management and a reference check.]",
        apply_public: "[To complete: the hiring steps, for example an interview before a panel.]",
        apply_partner: "[To complete: the steps, for example a few meetings and a short project done together.]",
        title_internal: "Head of Software Development",
        headline_internal: "To develop our business applications and make them last.",
        role_internal: "We are looking for the person who will lead the development of our business applications: the team, the technical choices and their quality, for the staff who use them every day.",
        reports_internal: "The post reports to the head of IT, or else to the managing director.",
        headline_running: "Hands on the code, to take our product further.",
        headline_support: "To grow our tech team and make the software behind our business last.",
        launched_support: ", and the software behind our business is in service",
        role_with_team: "We are looking for the person who will take charge of technology: choose the stack and build the first version with our developers, writing a good part of the code, then handing more of it to the team.",
        company_founders: "Our founding team is {n} people, all of us in tech",
        reports_founders: "You work hand in hand with the founding team.",
        interim_roadmap: "Keep the current roadmap on course and prepare the decisions of the CTO who comes next",
        part_time_first_version: "Have a first working version built, by a freelancer or an agency",
        must_interim: ["You have held a CTO's or a tech lead's seat, and carried a team through a change of leader", "You have audited a codebase and defended an architecture before investors or clients"],
        must_interim_firm: ["You have held a CTO's or a tech lead's seat, and carried a team through a change of leader", "You have audited a codebase and defended an architecture before management or clients"],
        must_vp: ["You have led an engineering organization through managers", "You have run several teams' delivery through their managers"],
        must_part_time: ["You have scoped a product and steered a freelancer or an agency who built it", "You have chosen technologies and services for a small team"],
        subsidiary: "a subsidiary",
        scale_up: "a scale-up",
        nice_delivery_scale: "You have organized the delivery of several teams",
        seat_equity: "A significant share of the capital, with a modest salary rather than a market one; to set any starting salary, the {band} band.",
        seat_equity_partner: "Partly in equity (stock options or shares), with a salary below the market; to set it, the {band} band.",
        pay_own_seat: "Your own seat: no salary to set here.",
        pay_title_grid: "The one who takes the title moves up your pay scale or grid (a grade, a responsibility allowance); the {band} band only places the private market.",
        pay_unsaid_body: "No band yet: define the seat first (an IT manager, a CIO or a head of digital services are paid on different scales).",
        pay_unsaid: "No pay to set while no need is said; a few days of advice cost about €800 to €1,500 a day before tax.",
        pay_title_raise: "A raise to the {band} band for the one who takes the title, or a share of the company if you are partners.",
        pay_reading_public: "The {band} band places the private market; in the public sector the pay scale sets the salary, often below it: state the grade or category in the ad.",
        pay_group: "In a group, its own pay scales and titles usually set the seat: check them first.",
        pay_reading_nonprofit: "The {band} band places the private market; a non-profit or a foundation pays by its own grid or collective agreement, often below it: state the real range in the ad.",
        pay_day_reading_senior: "A day rate, about €1,200 to €2,000 before tax for a team this size; the {band} band places the permanent seat that follows.",
        pay_public_service: "The price of a project-owner support service bought by public tender, about €800 to €1,500 a day before tax.",
        pay_day_lasting: "A day rate, about €800 to €1,500 before tax, while the seat stays part time (see “As you grow”).",
        pay_day_reading_grid: "A day rate, about €800 to €1,500 before tax; the {band} band places the permanent seat that follows, which you will pay on your own scale.",
        pay_day_reading: "A day rate, about €800 to €1,500 before tax; the {band} band places the permanent seat that follows.",
        pay_day_reading_equity: "A day rate, about €800 to €1,500 before tax; the {band} band places the permanent seat that follows, with stock options: at this stage, a significant share.",
        title_founder: "The CTO role",
        title_profile_public: "Chief Digital Officer: how the role grows",
        title_vp_public: "Head of Software Engineering",
        part_time_missions: ["Write the brief", "Choose and steer the provider", "Accept the deliveries"],
        headline_takeover: "To take our product in hand and build our tech team.",
        role_takeover: "We are looking for the person who will take in hand our product, built today by a provider, then recruit and structure our first tech team.",
        takeover_mission: "Take over the existing code and organize the handover with the provider",
        interim_architecture: "Secure the architecture in place and flag what will need revisiting",
        group_placeholder: ", part of the group [To complete: its name]",
        title_vp_company: "Director of Engineering",
        title_interim_public: "Interim Chief Digital Officer",
        interim_hiring: "Run the hiring under way",
        interim_next_cto: "Help recruit whoever takes the seat next",
        interim_investors: "Answer the investors' technical questions (due diligence)",
        interim_processes: "Keep the processes in place running",
    },
    route: RouteText {
        heading: "How to fill the seat",
        name: route_name,
        why: route_why,
        executive_small: "The seat sits on the leadership team, with a small tech team to grow: look for someone who has carried technology at that level and can build a team, with a recruiter who knows the field.",
        it_manager_team: "At this size, an IT manager leads your IT team, organizes its projects and releases, and answers for security and the IT budget.",
        in_place_one: [
            "Your IT person in place, backed by a provider",
            "Someone already looks after your IT: keep that person as the contact, and hand a managed IT provider what one person cannot hold alone (backups, monitoring, security, cover while they are away).",
        ],
        in_place_lead: [
            "Your IT lead in place, strengthened",
            "Someone already holds this seat: give them a CIO's means (a budget, a mandate from management), and add beside them what your needs call for rather than hiring over them.",
        ],
        in_place_cio: [
            "Your CIO in place, strengthened",
            "Your CIO is in the seat: add beside them what your needs call for rather than hiring over them.",
        ],
        founder_team_name: "One of your own engineers",
        cofounder_left_alone: "Your co-founding CTO has left: investors will expect a new technical co-founder, paid partly in equity. Until then, a part-time CTO two or three days a week holds the code and the servers alone. Get the access, the code and the documentation back today, before anything else.",
        promote_left: "Your CTO has left: your most experienced engineer knows the code, the clients and the people; give them the seat, and get the access, the code and the documentation back now. If nobody wants it, an interim CTO holds it while you hire.",
        founder_team: "Everyone here builds: the most experienced of you takes the CTO title now, and the others keep building beside them.",
        cofounder_left: "Your co-founding CTO has left: investors will expect a new technical co-founder, paid partly in equity. Until then, a part-time CTO two or three days a week holds the code and the servers with your most experienced developer. Get the access, the code and the documentation back now.",
        it_manager_existing_team: "You already have a small IT team: give one of them, or a hire if none of them has the scope for it, charge of the service (providers, security, the IT budget), reporting to management.",
        it_manager_group: "If the group's IT does not cover the day-to-day on site, someone in house (a field technician, or an IT manager if the workload calls for it) is the link with it and steers the providers.",
        ciso_public: "At your size security is a full-time job: a CISO owns the risks, the security policy and the accreditation of the systems, beside the IT director.",
        search_public_it: "Publish the post on the public job boards, open to civil servants and contract staff alike; a local authority creates the post by a council decision if it does not exist, declares the vacancy to its management centre and publishes it on its own board.",
        search_public_it_senior: "Publish the post on the public job boards, open to civil servants and contract staff alike; a local authority creates the post by a council decision if it does not exist, declares the vacancy to its management centre (to the national centre for a senior grade, such as chief engineer) and publishes it on its own board.",
        it_manager_left_team: "Your IT team stays: give the service to one of them or to a hire, who will also lead your projects, reporting to management; get the access back now.",
        it_manager_existing: "You already have someone in IT: give them, or a hire if they lack the scope for it, charge of the service (providers, security, the IT budget), reporting to management.",
        data_small_name: "Your business software and its exports, rather than a hire",
        data_small_why: "Your figures already live in your software (management, accounting, clients or members): start with their exports and dashboards, and choose your tools by what they let you take out; if that is not enough, a BI consultancy or a freelancer at a fixed price. A full-time data analyst is not worth it at your size.",
        change_project_light: [
            "A project with the vendor and your IT provider",
            "Run the change (going paperless, a new version) with your software's vendor and your IT provider, someone on the team as its referent; a part-time CIO only if the change reaches several tools at once.",
        ],
        change_project_choice_processes: "Choose among the solutions made for your trade, with demonstrations; then run the switch with the chosen vendor and someone on your staff who carries the project. As you are reviewing your processes too, plan a part-time CIO a few days a month to frame the switch.",
        change_project_choice: [
            "Your trade's software, then a project with its vendor",
            "Choose among the solutions made for your trade, with demonstrations; then run the switch with the chosen vendor and someone on your staff who carries the project. A part-time CIO a few days a month only if the change reaches several tools or your processes.",
        ],
        change_project: [
            "A project with the vendor, backed by a part-time CIO",
            "A full-time CIO is not worth it at your size: run the project with the software's vendor and someone on your staff who carries it, backed if needed by a part-time CIO a few days a month.",
        ],
        cio_plain: "A CIO",
        promote_public: "If someone on your team already holds this role in fact, they are often the best candidate; in the public sector, handing over the seat goes through the post's description and, for a civil servant, the matching grade; for contract staff, a new contract or an amendment. Otherwise, publish the post open to civil servants and contract staff alike (for a local authority, with its management centre's help).",
        shop_name_small: "A subscription online service",
        shop_name_public: "Pooled services, or an agency chosen by public tender",
        managed_it_public_name: "Pooled services, or a managed IT provider",
        business_software_public_name: "Your business software, through pooled services or a tender",
        it_trade_name: "A technical director (production and infrastructure)",
        shop_name: "A web agency or a freelancer, at a fixed price",
        shop_why_small: "A subscription to a ready-made service (a showcase site, a shop, click and collect, reservations, ticketing, bookings, memberships and donations) is set up without an agency; a freelancer for a few days if you want help, and a few days of advice only if you are torn between several.",
        shop_why_public: "Online forms and a website come ready-made from pooled services (your inter-municipal body, a public IT syndicate, the departmental technical agency); otherwise, an agency chosen by public tender sets up an existing solution. A few days of advice only if you are torn.",
        shop_why: "A ready-made online service, set up by a web agency or a freelancer at a fixed price, is usually enough; a few days of advice only if you are torn between several.",
        first_hire_none: "Nobody in tech yet: hire a senior who has held this role before, and give them room to build their team.",
        first_hire_group: "In a subsidiary, see first what the group's IT can carry (hosting, security) and whether someone in the group can take the seat; otherwise, hire a senior who has held this role before, and give them room to build their team.",
        executive_group: "At your size this is an executive seat. In a group, look at the group's own people first; then search, through a firm that knows your sector, for someone who has led a technical organization with several levels of management.",
        search_firm: "A seat of this level is usually filled through a search firm.",
        search_nonprofit: "Publish the post first on your sector's job boards (non-profits, the social economy) and on the executives' job board (in France, the Apec); a search firm, at a fifth to a quarter of the yearly pay, only if those bring no one.",
        search_nonprofit_large: "At your size this is a leadership seat, usually filled through a search firm that knows non-profits; publish it on your sector's job boards at the same time.",
        search_public: "Publish the post on the public job boards (for a local authority, declare the vacancy to its management centre and use its own board too; for a hospital, the hospital federation's job site) and on your own site, open to civil servants and contract staff alike.",
        search_public_senior: "Publish the post on the public job boards (for a local authority, declare the vacancy to the management centre, or to the national centre for a senior grade such as a chief engineer or an administrator, and use the local authorities' board too; for a hospital, the hospital federation's job site) and on your own site, open to civil servants and contract staff alike.",
        fractional_team_one: "The need is real but a full-time seat is not, yet: a part-time CTO, a few days a month or a week, reviews what runs, sets the architecture and guides your developer, until the product needs a full-time lead.",
        fractional_team: "The need is real but a full-time seat is not, yet: a part-time CTO, a few days a month or a week, reviews what runs, sets the architecture and guides your developers, until the product needs a full-time lead.",
        interim_large: "The seat is empty: an interim CTO, paid by the day, holds it for three to six months while a search firm finds the next one. With engineering managers in place, one of them acting as CTO with the CEO's backing can cost less: weigh it before you sign.",
        promote_raise: "Your most experienced developer already knows the project and the team, and is often the best candidate: give them a real stake (stock options), as investors will look at who holds the seat. If nobody fits, hire someone experienced who has built a product end to end, with equity.",
        founder_solo_trade: "You are the company and you code: there is no seat to fill. For what you ask (hosting, security), managed hosting and a yearly check-up by a specialist cost less than your own days.",
        executive_unsaid_small_public: "At your size, most public bodies need pooled IT (an inter-municipal service, a public IT syndicate) or an IT manager first, not an executive; a chief digital officer leads digital services you build yourselves. Say what you need for a closer reading.",
        executive_unsaid_firm: "Most established firms of your size that sell no software need a CIO first, for their tools, vendors and projects; a CTO leads a product you sell or build yourselves. Say what you need for a closer reading.",
        executive_unsaid_small_firm: "At your size, most established firms that sell no software need an IT manager or a managed IT provider first; a CTO makes sense once you build software yourselves. Say what you need for a closer reading.",
        executive_unsaid_nonprofit: "Most non-profits of your size need a CIO first, for their tools, vendors and projects; a head of technology leads the digital services you build yourselves. Say what you need for a closer reading; then advertise the post on your own site and the non-profit sector's job boards.",
        executive_unsaid_small_nonprofit: "At your size, most non-profits need an IT manager or a managed IT provider first, not an executive; a head of technology makes sense once you build digital services yourselves. Say what you need for a closer reading.",
        seat_to_define: "A seat to define first",
        search_if_empty: "If the seat is empty: a seat of this level is usually filled through a search firm.",
        search_if_empty_public: "If the seat is empty: publish it on the public job boards, open to civil servants and contract staff, and declare the vacancy.",
        executive_public_unsaid: "Most public bodies of your size need a CIO first, for their tools, vendors and projects; a chief digital officer leads the digital services you build yourselves. Say what you need for a closer reading; then advertise the post where public jobs are published.",
        head_of_engineering_why: "Your CTO keeps the technology vision; beside them, a head of engineering runs delivery, hiring and the team leads. Hire one who has run a team of your size.",
        head_of_engineering: "A head of engineering beside your CTO",
        fractional_takeover: "The need is real but a full-time seat is not, yet: a part-time CTO, a few days a week, takes the code, the accounts and the contracts back from the agency, sets the architecture and hires your first developers; then one of them, or a full-time CTO, takes the lead as the team grows.",
        fractional_unsaid: "Nothing you said calls for a seat yet: at your size most firms need a ready-made service for their site and tools and a managed IT provider; a part-time CTO, paid by the day, makes sense once you have software of your own to build or take in hand. Say what you need for a closer reading.",
        executive_it_department_group: "Your tech team is your IT department, beside the business: the seat is usually its director, a CIO (in a subsidiary, see first what the group's IT carries), who owns the app with its vendor or an agency and a product owner; if your developers build it themselves, a head of software development leads them under the CIO.",
        executive_it_department_name: "A CIO, with a product owner for the app",
        executive_it_department_plain: "Your tech team is your IT department, beside the business: the seat is usually its director, a CIO, on the leadership team; an engineering executive makes sense only if you build software of your own.",
        executive_it_department: "Your tech team is your IT department, beside the business: the seat is usually its director (a CIO), who owns the platform with its teams, its vendor if any, and its hosting, with a product owner for the app; if your developers build it themselves, a head of software development leads them under the CIO.",
        fractional_unsaid_name: "No seat to fill for now",
        fractional_in_place_name: "Your IT person, with a part-time CTO",
        fractional_left: "The person who held the seat has left: get the access back now (code, hosting, domain, admin accounts); then a part-time CTO, a few days a week or a month, takes the product in hand. At your size that can last, with no permanent seat to fill.",
        fractional_running_name: "A part-time CTO, for the product that runs",
        pilot_tagline: "Frames your app and steers those who build it.",
        pilot_next_versions_one: "Sets the architecture, frames the next versions and guides your developer who builds them; an agency on a fixed price only where one is not enough. Part time, they frame and guide rather than code the app.",
        pilot_next_versions: [
            "Makes your application grow and guides those who build it.",
            "Sets the architecture, frames the next versions and guides your developers who build them; an agency on a fixed price only where they are not enough. Part time, they frame and guide rather than code the app.",
            "Someone who has made an application in service grow and guided the developers who build it.",
            "A part-time seat while the team stays small: a permanent seat comes only if the software becomes a service of its own, with a team to lead.",
        ],
        pilot_product: [
            "Frames your product and steers those who build it.",
            "Writes the brief, sets the architecture and guides your developers who build the product, with an agency on a fixed price when they are not enough. They do not code it themselves.",
            "Writes the brief, chooses between a ready-made platform and a build, and steers the freelancer or the agency who builds the first version on a fixed price. They do not code it themselves.",
            "Someone who has framed a product and steered those who built it.",
            "A part-time seat while the first version is framed and built: a full-time CTO comes when the product finds its users and needs a team of its own.",
        ],
        pilot_portrait_provider: "Writes the brief, chooses between a ready-made solution and a build, and steers the freelancer or the agency who builds it on a fixed price. Part time, they frame and guide rather than code the app.",
        pilot_portrait: "Writes the brief, chooses between a ready-made solution and a build, and steers those who build it: your own developers, or an agency on a fixed price when they are not enough. Part time, they frame and guide rather than code the app.",
        pilot_position: "Someone who has framed an app and steered those who built it.",
        pilot_next: "A part-time seat for as long as the software is framed and built: a permanent seat comes only if it becomes a service of its own, with a team to lead.",
        pilot_next_hiring: "Part time while the software is framed and its first developers hired; the permanent lead comes with the team: a lead developer or a head of the service, hired with the part-time CTO's help.",
        fractional_team_support: "The need is real but a full-time seat is not, yet: a part-time CTO, a few days a week while it is built, frames the app, chooses between a ready-made solution and a build, and guides your developers, or an agency when they are not enough.",
        fractional_public_name: "Pooled services, or project-owner support by public tender",
        fractional_public: "First see what pooled services offer (your inter-municipal body, a public IT syndicate); otherwise, a few days a month of project-owner support (AMO) chosen by public tender frames the project, with your IT team or an agency building it.",
        fractional_in_place: "Keep the person who runs your IT as the project's lead on your side: they know your tools and your people. Building an app is another trade: a part-time CTO, a few days a week while it is built and then a few days a month, writes the brief with them and steers an agency or a specialised vendor on a fixed price.",
        in_place_two_name: "Your IT team in place, backed by a provider",
        in_place_two: "Your IT is already run, by two people: keep that, and hand a managed IT provider what two cannot hold alone (monitoring, security, cover while they are away).",
        in_place_one_public: "Someone already looks after your IT: keep that person as the contact; behind them, first see what pooled services offer (your inter-municipal body, a public IT syndicate, the management centre), else a managed IT provider chosen by public tender for what one person cannot hold alone (backups, monitoring, security, cover while they are away).",
        change_project_public: [
            "Pooled services, or project-owner support by public tender",
            "A full-time CIO is not justified at your size: first see what pooled services offer (your inter-municipal body, a public IT syndicate, the management centre); otherwise, a few days a month of project-owner support (AMO) chosen by public tender runs the project with the vendor and a project lead in-house.",
        ],
        it_costs_name: "An IT consultant for a few days",
        it_costs_why_public: "A one-off question on your IT (its costs, a roadmap, processes, the choice of a provider): ask your pooled services first (your inter-municipal body, a public IT syndicate, the management centre); otherwise a few days of an independent IT consultant, bought by public order, with a written report.",
        software_choice_why_group: "Choosing business software in a group's company starts with the group's IT department, its listed vendors and framework contracts; if it leaves you the choice, a few days of an information-systems consultant frame the needs, the specifications and the vendors' demonstrations, paid by the day.",
        software_choice_why: "Choosing business software is a project for your IT and the teams who will use it: a few days of an information-systems consultant frame the needs, the specifications and the vendors' demonstrations, paid by the day, with a written report.",
        clients_why: "Your clients' technical questions (a security questionnaire, an integration, where their data is kept): your IT provider and your software's vendors answer most of them; for the rest, a few days of an independent IT consultant, paid by the day.",
        it_costs_why: "A one-off question on your IT (its costs, a roadmap, processes, the choice of a provider): a few days of an independent IT consultant or a part-time CIO, paid by the day, with a written report.",
        business_software_name: "Your trade's software, compared with its vendors",
        shop_name_it_person: "A ready-made service, run by your IT person",
        shop_why_it_person: "A ready-made online service (a client portal, a shop, bookings, donations) usually does it: chosen with the person who looks after your IT, who runs the project with the vendor or an integrator on a fixed price; a few days of advice only if you are torn between several.",
        executive_public_name: "A senior public post, advertised where public jobs are",
        coach_lead: [
            "Growing the person in place into the role",
            "The person who leads your technology is in place: read this type as the profile to grow them toward. A mentor who has held such a seat, or a coach, shortens the way; hire above them only if they do not want the job.",
        ],
        executive_public: "Advertise the post where public jobs are published, open to civil servants and contract staff; a search firm can help find candidates.",
        interim_team: "The seat is empty and the team still needs a lead: an interim CTO, full time or nearly and paid by the day, holds it for three to six months and helps hire the next one. With a lead the team already follows, letting them act as CTO for those months, backed by a part-time CTO, can cost less: weigh it before you sign. Get the access back now (code, hosting, domains, admin accounts).",
        interim_public: [
            "An acting head, or an interim bought by public tender",
            "The seat is empty: entrust it to the deputy meanwhile, or to an interim manager chosen by public tender, and advertise the post where public jobs are published, open to civil servants and contract staff.",
        ],
        interim_small: "The seat is empty but the team keeps the day-to-day running: two or three days a week of an interim CTO are often enough, or your most senior developer holds the seat, helped by a part-time CTO. Get the access back now (code, hosting, domains, admin accounts).",
        managed_it_public: "Think of shared services first: your inter-municipal IT department, a public IT syndicate or a management centre, and a health establishment's hospital group. Otherwise, a managed IT provider chosen by public tender, with a contact of your own.",
        promote_early: "Your most experienced developer already knows the project and the team, and is often the best candidate. If nobody fits, hire someone who has built a product end to end.",
        interim_none: "The seat is empty and nobody is in tech: an interim CTO, paid by the day, takes the code, the accounts and the contracts back from the provider, then helps hire the first people of the team.",
        founder_some: "Several of your founders build: the most experienced of them takes the CTO title now, the others keep building beside them. What usually lacks next is a first developer, not another co-founder.",
        founder_one: "The one of your founders who builds is your CTO: give them the title now. What usually lacks next is a first developer, not another co-founder.",
        founder_solo: "You founded the company and you code: the CTO's seat is already yours. What is missing, more often, is a business partner, or a first developer.",
    },
    share: ShareText {
        button: "Share this result",
        copied: "Link copied: paste it anywhere to open this result.",
        shared: "Shared.",
        refused: "Copy this link to share the result:",
        print: "This result online: {url}",
        title: "Which CTO fits this company?",
    },
    summary: SummaryText { close: "close behind: {type}", more: "See the full result" },
    candidate: CandidateText {
        title: "Does your record fit this CTO role?",
        mode_legend: "Who are you?",
        mode_company: "I'm hiring",
        mode_candidate: "I'm a candidate",
        intro: "Check how your track record fits the CTO this company needs.",
        org_legend: "What kind of organization hires? (optional)",
        software_legend: "What is software to this company? (optional)",
        software: candidate_software,
        needs_legend: "What does the company expect from its tech leader?",
        led_field: choice("Largest team you have led", "People who reported to you, directly or through their leads. 0 if none yet."),
        did_legend: "What have you done and owned?",
        did_help: "Tick what you carried yourself, not what you watched others do.",
        did: did_text,
        role_form: "The role (the company)",
        role_heading: "The role",
        role_missions: "Its first missions",
        result_label: "Your reading",
        waiting: "Say how large a team you have led, or tick what you have done, to read your record.",
        reads_as: "Your record reads as",
        it_operations_name: "Information systems",
        it_manager_portrait: "An IT manager's record: a career of its own, and the ground for an IT director's seat.",
        steering_portrait: "A first version brought to life: the heart of this part-time seat, which frames it and steers those who build it.",
        it_technician_portrait: "An IT technician's record: the ground for an IT manager's seat, once a team or providers have been led.",
        it_operations_portrait_seat: "An IT director's record: a career of its own, and exactly what an organization that needs no CTO is looking for.",
        specialty: candidate_specialty,
        scale_step_one: "The seat's team is {tech} people, far more than the one person you have led: a step up, which lowers the fit by one notch",
        scale_step: "The seat's team is {tech} people, far more than the {led} you have led: a step up, which lowers the fit by one notch",
        ciso_group_seat: "In a group's company, security is first the group CISO's: the seat open here is the security contact on site, or a seat in the group CISO's team.",
        ciso_seat_open_shared: "The page plans this CISO's seat in-house or part time, beside whoever runs IT: offer yourself part time too.",
        ciso_step_advice: "To aim for this seat, show a security policy, a risk analysis or a budget you carried.",
        ciso_seat_open: "This organization is told to add a CISO beside its IT leadership: that is the seat your record fits.",
        ciso_seat: "The CIO's seat is held, but this organization is told to add a CISO beside its CIO: that is the seat your record fits.",
        it_operations_portrait: "An IT director's record rather than a CTO's: a career of its own, and exactly what an organization that needs no CTO is looking for. The way to a CTO's seat goes through building a product and leading those who build it.",
        fit_heading: "Your fit with this role",
        fit_need: "Strong fit with the need",
        fit_need_partial: "Partial fit with the need",
        provider_reason: "Here the need is for a provider, not a post in house",
        vendor_reason: "Here the need is a project with the software's vendor, not a post in house",
        dev_head_advice: "The page also names a head of software development under the top seat: with the delivery and hiring you have led, that seat fits your record as it stands.",
        dev_head_reason: "The top seat runs IT (a CIO's or an IT director's); for its developers, the page names a head of software development under it: the seat your record fits",
        provider_reason_public: "Here the need is for pooled services or a provider chosen by public tender, not a post in house",
        fit: fit_text,
        why_heading: "Why",
        led: "You have led up to {n} {people}: the scale {type} works at",
        led_one: "You have led one person",
        led_none: "You have not led a team yet: an expert's record, close to the work",
        led_none_steers: "You have not led a team yet, and this seat guides a team of {n} {people}",
        led_none_steers_hires: "You have not led a team yet, and this seat guides a team of {n} {people} and hires more",
        led_none_hires: "You have not led a team yet, and this seat hires its team and guides it",
        it_seat_left_step: "{seat} is vacant: a seat of your trade, a scale above the one you have held; if you are the deputy, put yourself forward for the interim, the best way to take that step.",
        interim_senior_developer: "Here the interim may go to the most senior developer, backed by a part-time CTO: if that is you, offer it; it is also the shortest way to the permanent seat.",
        step_team_led: "You have already led a team this size: what the seat adds is structure (hiring, organizing delivery, the rigor of tests and code reviews).",
        step_department: "What the seat asks beyond your record: the technical budget and company-wide processes, carried through the team's managers.",
        it_project_portrait: "An IT project lead's record: tools chosen and changes carried through with the teams who use them, the ground for an applications manager's seat.",
        level_reason_none: "The seat is a level or two above a record that has led no team yet: the fit says so",
        level_step_project: "This seat runs a whole IT service: offer to lead its project (the tool to choose, the switch), or aim first for an IT project lead's or an applications manager's seat.",
        suits_it_project: "Your record suits an IT project lead's post, or an applications manager's in a mid-sized organization.",
        data_team_step: "The seat leads a data team, and you have not led one yet: a step to take, which lowers the fit",
        data_team_member: "That team will hire data engineers and data analysts: that is where your record fits, and where one grows toward its head.",
        product_owner_seat: "Here the seat runs IT, another trade than yours; but the tool advises this organization a product owner for its application, beside its IT department: that seat is the one your record fits.",
        data_for_chosen_tool: "Here the seat runs IT, another trade than yours; for its figures, the tool advises this organization to start from the software it is choosing, before any BI project: offer yourself on assignment for that choice and for moving its data across, or aim for a data seat in a larger organization.",
        data_officer_seat: "Here the tool advises this body a data officer beside its IT: that seat is the one your record fits; ask whether it is open or still to be created.",
        it_seat_much_smaller: "You have led far more than this service ({n} {people}): say what draws you to it, show you still do things yourself, and expect pay sized to the seat, not to your record.",
        seat_interim_public: "The body first covers the seat, by the deputy or by a mission bought by public tender, then publishes the post on the public job boards: that offer is how one applies; watch for it, and say you are available if asked for the mission.",
        seat_interim_then_nonprofit: "The organization first fills the seat with an interim of a few months, paid by the day, then hires its permanent holder: that seat is the one your record fits; ask them when they open it.",
        steer_step_show: "Show a team you have guided (freelancers, an agency, juniors you mentored) before you apply; this seat is about leading people, not only framing the work.",
        did_reason: "{needs}: the work {type} does",
        ops_reason: "Your record is in information systems, not in building a product",
        step_from_it: "To aim for a CTO's seat, you lack a product: lead a software project, an internal digital service for example, from design to production.",
        role_reason: "The role calls for {type}",
        role_none_reason,
        coverage: "The role's needs your record already covers: {k} of {n}",
        coverage_none: ["The role's one need is not in your record yet", "None of the role's {n} needs is in your record yet"],
        thin: "Few of the role's needs covered so far: the fit is one step lower",
        ciso_team_reason: "The seat that fits you here is the CISO's the tool advises adding beside IT",
        seat_below_reason: "This seat is well below the teams you have led",
        seat_below: "There is no seat at your level here: this organization's IT rests on one person or a provider. Aim for the IT department of a larger organization (for a public body, an inter-municipal body or a public IT syndicate).",
        thin_none: ["The role's one need is not in your record yet: the fit is one step lower", "None of the role's {n} needs is in your record yet: the fit is one step lower"],
        matched_heading: "What matches",
        gaps_heading: "What is missing",
        advice_heading: "What would close the gaps",
        step: step_text,
        over: over_text,
        managed_it_contact: "Here the tool advises this organization to keep someone in house as its IT contact, with a provider behind them: that post is the one your record fits; ask whether it is open. If it is held, offer yourself to managed IT providers, or aim for an organization with an IT department.",
        security_for_it_seat: "This seat runs IT as a whole (its tools, vendors and projects), well beyond security: put forward the vendors and projects you have run, or offer yourself for the security missions such an organization buys (a check-up, a part-time CISO).",
        level_step_one: "Here the tool advises giving the service to the person already in IT: if that is you, put yourself forward, with a provider you have run or a security plan you have carried out to show.",
        level_step_member: "Here the tool advises giving the service to one of the IT team: if you are one of them, put yourself forward, with a project or a provider you have run to show.",
        data_officer_reason: "The seat that fits you here is the data officer the tool advises beside this body's IT, not the seat that runs its IT",
        vendor_project_advice: "Here the tool advises a project with the software's vendor, backed if needed by a part-time CIO: offer yourself for that project, or aim for business software vendors and integrators, or an organization with an applications team.",
        managed_it_technician: "Here the tool advises handing IT to a provider: offer your services to managed IT providers (as an on-site technician or engineer), or aim for an organization with an IT department.",
        suits_head_of_data: "Your record suits a head of data's or a data director's post, in a mid-sized organization or a large department.",
        suits_data_engineer_lead: "Your record suits a lead data engineer's seat, or a head of data's in a mid-sized organization.",
        suits_data_lead: "Your record suits a data project lead's seat, or a head of data's in a mid-sized organization.",
        builder_for_it_seat: "Your record is that of a CTO who builds a product; this seat runs an organization's tools, providers and security. Aim rather for the technical lead of a software company or a scale-up; to move into IT leadership, put first what you have held of infrastructure, security and budget.",
        audit_mission: "Here the tool advises a ready-made service or a few days of advice: at most a short mission, not a seat.",
        security_engineer_portrait: "A systems and security engineer's record: servers and their security run by hand. The ground for a CISO's seat, once policies, risks and a budget have been carried.",
        security_provider: "Here the organization hands its IT, security included, to a provider: there is no post to fill. Offer yourself for the security missions such an organization buys (a check-up, carrying out a plan), as an independent or with certified providers and security firms; or aim for an organization that employs a CISO.",
        security_mission: "Here the tool advises a security firm or a part-time CISO, a few days a month at a day rate: a mission, not a salaried post. Offer yourself as an independent, or join a firm that serves organizations like this one.",
        hosting_mission: "Here the tool advises a managed hosting provider or a DevOps freelancer for a few weeks: a mission, not a salaried post. Offer yourself as a freelancer, or join a hosting provider.",
        it_seat_name: ["The seat that runs IT", "The IT manager's seat", "The CIO's seat"],
        it_seat_left: "{seat} is vacant, and it is the one your record fits; if you are the deputy, put yourself forward now for the interim.",
        no_seat_ready_made: "Here the tool advises this organization a provider or a few days of an expert's time, with no post in house: nothing to apply for with a record like yours. Aim for an organization that builds its own software.",
        managed_it_public: "Here the tool advises pooled services or a provider chosen by public tender: aim for the IT service of an inter-municipal body, a public IT syndicate or a management centre, which hire for such bodies.",
        no_seat_other_trade: "Here the tool advises this organization no in-house seat of your trade: aim for an organization with a product or data team.",
        data_for_it_seat: "Here the seat runs IT, another trade than yours; for its data, the tool advises this organization to call on a data analyst or a consultancy, on a fixed price: offer yourself for that assignment, or aim for a data seat in a larger organization.",
        data_elsewhere: "The seat here is another trade than yours: aim for a data seat instead.",
        product_for_it_seat: "The seat here is another trade than yours: aim for a product seat instead.",
        data_engineer_analyst: "Here the seat is first an analyst's (dashboards, reporting): put forward what you built for the people who use the data.",
        data_small_advice: "Here the tool advises starting with the exports of the software in place: offer your services as a freelancer, or aim for a larger organization.",
        managed_it_strong: "The need matches your record, but the organization will probably not open a post in house.",
        level_step_manager: "This seat is a level above the teams you have led: aim first for a deputy CIO's seat, a head of an IT unit, or a CIO's seat in a mid-sized organization.",
        level_reason: "The seat is a level or two above the teams you have led: the fit says so",
        level_step_it: "This seat is a level or two above the teams you have led: aim first for an IT manager's seat in a small organization.",
        scale_step_it: "Put forward projects led across a whole organization, or aim first for a deputy IT director's seat in a large one.",
        managed_it_advice: "Here the advice is to hand IT to a provider: offer yourself as a part-time IT director, or aim for an organization with an IT team.",
        seek: "Experience to seek: {needs}.",
        seek_over: "To show if you have done it: {needs}.",
        suits: suits_text,
        suits_trade,
        suits_it: [
            "Your record suits an IT technician's or administrator's post, the ground for an IT manager's seat once a team or providers have been led.",
            "Your record suits an IT manager's post in a small organization, or a team lead's in a larger IT department.",
            "Your record suits an IT manager's post in a small or mid-sized organization, or a deputy CIO's in a larger one.",
            "Your record suits IT operations: an IT manager's or IT director's post, in a company that needs no CTO.",
            "Your record suits an IT director's post: a CIO's in a mid-sized firm or public body, or a deputy CIO's in a large one, where no CTO is needed.",
        ],
        led_plain: "You have led up to {n} {people}",
        did_base: "{needs}: a base that serves at every stage",
        seat_promote: "Here the tool first advises giving the seat to whoever already leads the team: if that is not you, ask the company where it stands.",
        seat_unsaid: "Nothing in this company's answers calls for a seat yet: ask them what they need before you apply.",
        data_team_seat: "Here the tool advises this organization to add, beside its IT, a head of data with a team: that is the seat your record fits.",
        data_office_step: "At this size the seat runs a data office with several teams and their leads: a step to take, which lowers the fit",
        data_team_reason: "The seat that fits you here is the head of data the tool advises adding beside the IT department, not the CIO's",
        cio_seat_reason: "The seat is a CIO's, with a product owner for the app",
        seat_interim_then: "The company first fills the seat with an interim of a few months, paid by the day, then hires its permanent CTO: that seat is the one your record fits; ask them when they open it, or offer to take it at once.",
        data_beside_cto_seat: "Here the tool tells the company to keep its CTO and add a data profile beside them: that seat, not the CTO's, is the one your record fits.",
        data_office_member: "This data office will hire data analysts, data engineers and team leads: that is where your record fits, and the way up to its head.",
        ciso_step: "A CISO's seat carries the risks, the security policy and its sign-offs: a step beyond a security engineer's record, which lowers the fit",
        seat_interim_step: "The seat on offer is an interim mission of a few months, which goes to someone who has already held a seat of this level; if you are in the team, offer instead to hold the interim beside the leadership, with its backing.",
        seat_interim: "The seat on offer is an interim mission of a few months, paid by the day: check that this suits you before you apply.",
        seat_part_time: "The seat on offer is a part-time mission of a few days a week or a month, paid by the day: check that this suits you before you apply.",
        seat_part_time_public: "The seat is a part-time service the public body buys by public tender: you answer as a freelancer or through a firm, not with an application.",
        seat_equity_advice: "This seat is paid mostly in equity, with a modest starting salary: check that this suits you before you apply.",
        seat_vp: "The seat open is a VP of Engineering's, under the CTO in place: you would not lead technology.",
        step_head_seat: "This seat leads several teams through their leads: show the people you have led and how you organized them.",
        seat_head: "The seat open is a head of engineering's, beside the CTO in place: you would not lead technology.",
        public_note: "This seat is in the public sector: hiring as a civil servant or on contract, pay on the public scale, often below the private sector at this level.",
        seat_founders: "This seat is kept among the founders: this reading tells you whether a seat of this kind suits you, not whether it is open here.",
        seat_not_open: "This seat is held: the organization already has its technology lead. This reading tells you whether a seat of this kind suits you, not whether it is open here.",
    },
};

fn role_needs(r: Role) -> Plural {
    match r {
        Role::ItOperations => ["{needs}: an IT department's work, not a CTO's", "{needs}: an IT department's work, not a CTO's"],
        Role::Data => ["{needs} alone: an analyst's job, not a CTO's", "{needs} alone: an analyst's job, not a CTO's"],
        Role::Security => ["{needs}: a security specialist's job, not a CTO's", "{needs}: a security specialist's job, not a CTO's"],
        Role::DigitalChange => ["{needs}, where IT serves the organization: a CIO's job", "{needs}, where IT serves the organization: a CIO's job"],
        Role::Hosting => ["{needs} for software already built: operations, not a CTO's job", "{needs} for software already built: operations, not a CTO's job"],
        Role::Audit => ["{needs}: a question for a few days, not a seat", "{needs}: a question for a few days, not a seat"],
    }
}

fn role_tagline(r: Role) -> &'static str {
    match r {
        Role::ItOperations => "What you describe is an IT department's work, not technology leadership.",
        Role::Data => "What you describe is a data job: making your figures speak, not leading technology.",
        Role::Security => "What you describe is security and compliance, not technology leadership.",
        Role::DigitalChange => "What you describe is steering your organization's tools and IT projects: a CIO's job, not a CTO's.",
        Role::Hosting => "Your software exists: what it needs is to be hosted and deployed well, not a CTO.",
        Role::Audit => "What you describe is a one-off question about your technology: a few days of an expert's time.",
    }
}

fn role_portrait(r: Role) -> &'static str {
    match r {
        Role::ItOperations => {
            "A CTO designs and builds the technology a business sells or runs on, and leads the people who \
                               build it. Equipment, accounts, servers and their security are another trade, and a CTO's salary \
                               would pay for the wrong work."
        }
        Role::Data => {
            "A CTO builds and leads the technology a business sells or runs on. Reports, dashboards and first \
                       indicators are a data analyst's trade; a head of data takes over once data is a team of its own."
        }
        Role::Security => {
            "A CTO owns security when there is a product and a team to build it. Without them, security and \
                           compliance (GDPR, ISO 27001, SOC 2) are a specialist's job: a consultant or a part-time CISO, \
                           a full-time CISO past a thousand people or beside an IT department of twenty or more."
        }
        Role::DigitalChange => {
            "A CTO builds a product and the team that makes it. Steering an organization's IT (its tools and \
                                applications, projects, processes and changes, from finance software to an online portal) is a CIO's job: they choose the \
                                vendors, run the projects and bring the staff along."
        }
        Role::Hosting => {
            "Hosting that has been outgrown and deployments that hurt are an operations job: a managed hosting \
                          provider or a DevOps freelancer puts them right without a permanent seat."
        }
        Role::Audit => {
            "A stack review before a raise, a cost audit or a due diligence takes a few days of an experienced CTO, \
                        paid by the day, with a written report: a permanent seat would outlast the question."
        }
    }
}

fn role_instead(r: Role) -> &'static str {
    match r {
        Role::ItOperations => "A managed IT provider, an IT manager or an IT director, by your size.",
        Role::Data => {
            "A data analyst, or a BI consultancy for a first set of dashboards (a fixed-price project); a head of data once data is a team of its own."
        }
        Role::Security => {
            "A security consultant or a part-time CISO, a few days a month at a day rate (about €800 to €1,500 before tax), to weigh your risks, set the rules and keep them up (and to get certified where clients or a regulator ask)."
        }
        Role::DigitalChange => "A CIO (in France, a DSI) who owns the tools, the vendors and the projects and reports to the leadership.",
        Role::Hosting => "A managed hosting provider (a monthly fee), or a DevOps freelancer for a few weeks, paid by the day.",
        Role::Audit => "An experienced CTO for a few days, paid by the day (about €800 to €1,500 before tax), who leaves a written report.",
    }
}
