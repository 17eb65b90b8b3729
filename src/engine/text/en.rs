//! The English table.

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

pub static EN: Texts = Texts {
    lang_name: "English",
    lang_switch: "Language",
    title: "Which CTO does your company need?",
    intro: "Describe your company. The answer updates as you go, and the link in your address bar brings it back.",
    form_label: "Your company",

    headcount: choice("People in the company", "A whole number, from 1 to 1,000,000."),
    tech: choice("People in the tech team (optional)", "Developers, designers, ops: everyone who builds the product. 0 if nobody yet."),
    stage_legend: "Stage",
    stage_unsure: "Not sure",
    stages: [
        choice("Idea", "Nothing built yet."),
        choice("Building the first version", "A minimum viable product is on its way."),
        choice("Launched", "The product has its first customers."),
        choice("Scaling", "Growing fast: more customers, more people."),
        choice("Established", "A mature business with steady revenue."),
    ],
    needs_legend: "What do you expect from your tech leader?",
    needs_help: "Tick all that apply. Each answer moves the result, and the result says how.",
    need_groups: [
        "Building the product",
        "Growing the team and the product",
        "Steering the company",
        "Speaking for the technology",
        "Everyday IT",
    ],
    needs: [
        need("Build the first version", "building the first version", "Get a first working product out, hands on the keyboard."),
        need("Choose or audit the stack", "choosing the stack", "Pick the architecture, languages and tools, or review the ones in place."),
        need("Recruit a tech team", "recruiting", "Hire developers and give the team a shape."),
        need("Organise delivery", "organising delivery", "Sprints, stand-ups and releases on a steady rhythm."),
        need("Get ready to grow", "getting ready to grow", "A product and an architecture that hold up as usage grows."),
        need("Quality and security", "owning quality and security", "Tests, monitoring in production, and security as a constant concern."),
        need("Company-wide processes", "setting company-wide processes", "Engineering processes the whole company can rely on."),
        need("Technology roadmap", "drawing the roadmap", "A technology strategy in the service of the growth plan."),
        need("Technical budgets", "managing budgets", "Plan and control what technology costs."),
        need("Investors and board", "facing investors", "Explain and defend the technology to investors and the board."),
        need("Clients and partners", "defending the technology to clients", "Present the technology and answer the hardest technical questions."),
        need("Make use of data", "putting data to work", "Collect the platform's data and put it to work."),
        need("Product and UX design", "designing the product", "Shape features and the user experience, close to the users."),
        need("Run the infrastructure", "running the infrastructure", "Servers, hosting and deployments."),
        need("Staff equipment and IT support", "supporting staff IT", "Laptops, accounts, office tools and help for employees."),
        need("Lead change", "leading change", "Carry change through the company and explain it to every department."),
    ],
    start_over: "Start over",

    fields: ["People in the company", "Tech team", "Stage", "Needs", "Language"],
    link_errors: "Some values in this link could not be used and were left out:",
    not_whole_number: "{field}: “{given}” is not a whole number.",
    below_min: "{field}: {given} is less than {min}.",
    above_max: "{field}: {given} is more than {max}.",
    tech_above_headcount: "{field}: {given} is more than the {headcount} people in the whole company.",
    unknown_stage: "{field}: “{given}” is not a stage; the stages are idea, mvp, launched, scaling and established.",
    unknown_need: "{field}: “{given}” is not a need this widget knows.",
    unknown_lang: "{field}: “{given}” is not available; the widget speaks en and fr.",

    result_label: "Result",
    waiting: "Enter the number of people in your company to see which CTO fits.",
    you_need: "Best fit",
    types: [
        TypeText {
            label: "hacker",
            the: "the hacker",
            name: "The hacker",
            tagline: "Builds the first version with their own hands.",
            portrait: "Below ten people the CTO does a bit of everything: front end, back end and servers. \
                       They pick the architecture and the languages, then write the first working version, mostly alone.",
        },
        TypeText {
            label: "stabilizer",
            the: "the stabilizer",
            name: "The stabilizer",
            tagline: "Turns a product that works into one that lasts, and a few developers into a team.",
            portrait: "From 10 to 50 people the tech team grows. This CTO recruits and trains it, and brings the rigour \
                       that keeps the product scalable, well built and easy to change.",
        },
        TypeText {
            label: "industrializer",
            the: "the industrializer",
            name: "The industrializer",
            tagline: "Runs technology as a department, through managers and processes.",
            portrait: "Past 50 people the post is mostly management: a strategic vision, processes the whole company \
                       follows, budgets, and the voice of technology before the board. The bigger the team, the less the CTO codes.",
        },
    ],
    no_cto: TypeText {
        label: "none",
        the: "no CTO",
        name: "No CTO, for now",
        tagline: "What you describe is IT support, not technology leadership.",
        portrait: "A CTO designs and builds the technology a business sells or runs on. Equipment, accounts and \
                   everyday help for staff are another job, and a CTO's salary would pay for the wrong work.",
    },
    instead_heading: "What to look for instead",
    instead: [
        "An IT service provider (managed IT) for equipment, accounts, backups and the help desk, paid per user or per month.",
        "Once the team is large enough to keep one busy, an in-house IT support technician.",
        "If you start building software of your own, come back: that is when a CTO starts to pay off.",
    ],

    scores_heading: "How the three types score",
    score_value: "{n} points",
    why_heading: "Why",
    points_badge: "+{n} {type}",
    size_range: [
        "{n} people: under 10 is the hacker's range",
        "{n} people: 10 to 50 is the stabilizer's range",
        "{n} people: over 50 is the industrializer's range",
    ],
    near_bound: [
        "{n} people is just past 10: below that, a hacker fits",
        "{n} people is close to 10, where the stabilizer's range starts",
        "{n} people is just past 50, where the stabilizer's range ends",
        "{n} people is close to 50: beyond that, an industrializer fits",
    ],
    tech_none: "No tech team yet: the CTO will write the code",
    tech_team: [
        "A tech team of {n}: the CTO still writes much of the code",
        "A tech team of {n} to build up and train",
        "A tech team of {n} is a department, run through managers",
    ],
    stage_reasons: [
        "At the idea stage, the first job is to build something",
        "While the first version is being built, the CTO builds too",
        "Once launched, the product has to become solid",
        "Scaling takes a bigger team and an architecture that holds",
        "An established business needs processes and a long-range plan",
    ],
    need_one: ["{needs} is a hacker's mission", "{needs} is a stabilizer's mission", "{needs} is an industrializer's mission"],
    need_many: ["{needs} are a hacker's missions", "{needs} are a stabilizer's missions", "{needs} are an industrializer's missions"],
    no_cto_need: "Equipment and IT support for staff are not a CTO's job",

    runner_up_heading: "Close behind: {type}",
    runner_up_none_heading: "If you also build technology: {type}",
    tips_intro: "It would be {type} if:",
    tip_headcount: "the company had {n} people",
    tip_headcount_plus: "the company had {n} people and you ticked {count} more of: {needs}",
    tip_add: "you ticked {count} more of: {needs}",
    tip_drop: "you unticked {count} of: {needs}",
    counts: ["one", "two", "three"],
    and: "and",
    or: "or",

    missions_heading: "What this CTO would do",
    groups: ["Overall", "With the tech team", "With the other departments", "With the leadership", "With the outside world"],
    matched: "Answers your need: {need}",
    missions: [
        mission("Build the first working version", "Writes most of the code, from front end to back end, and ships it."),
        mission("Lay out the architecture", "Designs the system, sketches screens and algorithms, and picks the stack."),
        mission("Audit the technical choices", "Reviews the stack and past decisions, and corrects course where needed."),
        mission("Run the infrastructure", "Keeps servers, hosting and deployments running."),
        mission("Own quality and security", "A test strategy, monitoring in production, and security as a standing concern."),
        mission("Put the data to work", "Collects the platform's data and turns it into decisions and features."),
        mission("Manage the technical budget", "Plans and tracks what tools, hosting and people cost."),
        mission("Recruit and structure the team", "Hires developers and decides who does what."),
        mission("Organise and hand out the work", "Splits the work so each person has a clear share."),
        mission("Run the daily stand-up", "A short meeting each morning to see where everyone stands."),
        mission("Hold one-to-ones", "Regular time with each person, to unblock them and help them grow."),
        mission("Plan the next sprints", "Chooses what the team builds in the coming weeks."),
        mission("Keep a dashboard", "Progress, incidents and delivery, followed in one place."),
        mission("Coordinate releases", "Brings the code together and ships it to production safely."),
        mission("Close the week with the team", "A weekly Scrum review of what shipped and what comes next."),
        mission("Set priorities by business need", "Weighs a client's feature or a contract to sign against the rest."),
        mission("Work with product, operations and data", "Coordinates how new technology rolls out across teams."),
        mission("Train the sales team", "Gives sales the technical and data pitch, so they sell with confidence."),
        mission("Define engineering processes", "Sets the ways of working the whole company follows."),
        mission("Lead change", "Carries change through the company and explains it to each department."),
        mission("Decide strategy and roadmap", "Sets, with the leadership, where technology takes the company."),
        mission("Check in with the CEO", "A regular review of progress, hiring needs and strategy."),
        mission("Face investors and the board", "Presents the technology and answers for it."),
        mission("Defend the technology to clients and partners", "Presents the product's technology and takes the hardest technical questions."),
    ],
    source_note: "Built on the three CTO types of the Ignition Program and on published descriptions of the role. \
                  An aid to thinking, not a verdict.",
};
