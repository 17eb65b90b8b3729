//! The company profile a visitor describes, and the one set of checks every outside value goes through.
//! Typed text, URL fragments and host attributes all end in `Answers::profile`, so they fail alike: a bad
//! value becomes a named `InputError` and is left out; the rest of the profile still counts.

/// Company maturity, in the contract's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Idea,
    Mvp,
    Launched,
    Scaling,
    Established,
}

impl Stage {
    pub const ALL: [Stage; 5] = [Stage::Idea, Stage::Mvp, Stage::Launched, Stage::Scaling, Stage::Established];

    /// The contract's id, as it appears in links and attributes.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Idea => "idea",
            Stage::Mvp => "mvp",
            Stage::Launched => "launched",
            Stage::Scaling => "scaling",
            Stage::Established => "established",
        }
    }

    pub fn from_id(id: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// What a company expects from its tech leader: the 16 need ids of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Need {
    FirstVersion,
    TechChoices,
    HireTeam,
    OrganizeDelivery,
    Scalability,
    QualitySecurity,
    Processes,
    Roadmap,
    Budget,
    Investors,
    Clients,
    Data,
    Product,
    Infrastructure,
    InternalIt,
    Change,
}

impl Need {
    pub const ALL: [Need; 16] = [
        Need::FirstVersion,
        Need::TechChoices,
        Need::HireTeam,
        Need::OrganizeDelivery,
        Need::Scalability,
        Need::QualitySecurity,
        Need::Processes,
        Need::Roadmap,
        Need::Budget,
        Need::Investors,
        Need::Clients,
        Need::Data,
        Need::Product,
        Need::Infrastructure,
        Need::InternalIt,
        Need::Change,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Need::FirstVersion => "first-version",
            Need::TechChoices => "tech-choices",
            Need::HireTeam => "hire-team",
            Need::OrganizeDelivery => "organize-delivery",
            Need::Scalability => "scalability",
            Need::QualitySecurity => "quality-security",
            Need::Processes => "processes",
            Need::Roadmap => "roadmap",
            Need::Budget => "budget",
            Need::Investors => "investors",
            Need::Clients => "clients",
            Need::Data => "data",
            Need::Product => "product",
            Need::Infrastructure => "infrastructure",
            Need::InternalIt => "internal-it",
            Need::Change => "change",
        }
    }

    pub fn from_id(id: &str) -> Option<Need> {
        Need::ALL.into_iter().find(|n| n.id().eq_ignore_ascii_case(id))
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A set of needs, kept as bits in contract order: `Copy`, and iterated in a stable order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct NeedSet(u16);

impl NeedSet {
    pub fn contains(self, need: Need) -> bool {
        self.0 & (1 << need.index()) != 0
    }

    pub fn with(self, need: Need) -> NeedSet {
        NeedSet(self.0 | (1 << need.index()))
    }

    pub fn without(self, need: Need) -> NeedSet {
        NeedSet(self.0 & !(1 << need.index()))
    }

    pub fn toggled(self, need: Need) -> NeedSet {
        NeedSet(self.0 ^ (1 << need.index()))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn iter(self) -> impl Iterator<Item = Need> {
        Need::ALL.into_iter().filter(move |n| self.contains(*n))
    }
}

impl FromIterator<Need> for NeedSet {
    fn from_iter<I: IntoIterator<Item = Need>>(iter: I) -> Self {
        iter.into_iter().fold(NeedSet::default(), NeedSet::with)
    }
}

/// What software is to the business: the optional question that tells a product company from one
/// whose technology is IT operations. Unanswered, the model reads the other answers instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Software {
    /// Software is what the company sells.
    Product,
    /// Software supports what the company sells (an online shop, a client app).
    Support,
    /// Software is staff tools only (email, accounting, office).
    Internal,
}

impl Software {
    pub const ALL: [Software; 3] = [Software::Product, Software::Support, Software::Internal];

    pub fn id(self) -> &'static str {
        match self {
            Software::Product => "product",
            Software::Support => "support",
            Software::Internal => "internal",
        }
    }

    pub fn from_id(id: &str) -> Option<Software> {
        Software::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// What kind of organisation hires (optional): it sets what fits beyond the type (equity or not, the pay
/// convention, the words of the missions and the ad). Unanswered, nothing assumes a funded startup unless
/// the other answers say so (`Profile::startup`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Org {
    /// A startup with investors.
    Startup,
    /// A bootstrapped company, a family firm, an SME.
    Sme,
    /// A group, or one of its subsidiaries.
    Group,
    /// A public body: an administration, a local authority, a hospital.
    Public,
    /// A non-profit: an association, a foundation, an NGO.
    Nonprofit,
}

impl Org {
    pub const ALL: [Org; 5] = [Org::Startup, Org::Sme, Org::Group, Org::Public, Org::Nonprofit];

    /// The contract's id (`org=`).
    pub fn id(self) -> &'static str {
        match self {
            Org::Startup => "startup",
            Org::Sme => "sme",
            Org::Group => "group",
            Org::Public => "public",
            Org::Nonprofit => "nonprofit",
        }
    }

    pub fn from_id(id: &str) -> Option<Org> {
        Org::ALL.into_iter().find(|o| o.id() == id)
    }
}

/// Who holds the technology seat today (optional): nobody yet, a CTO who has just left, or a CTO in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Incumbent {
    Nobody,
    Left,
    InPlace,
}

impl Incumbent {
    pub const ALL: [Incumbent; 3] = [Incumbent::Nobody, Incumbent::Left, Incumbent::InPlace];

    /// The contract's id (`cto=`).
    pub fn id(self) -> &'static str {
        match self {
            Incumbent::Nobody => "none",
            Incumbent::Left => "left",
            Incumbent::InPlace => "in-place",
        }
    }

    pub fn from_id(id: &str) -> Option<Incumbent> {
        Incumbent::ALL.into_iter().find(|i| i.id() == id)
    }
}

/// Which side the visitor is on: the company hiring, or a candidate checking their fit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    #[default]
    Company,
    Candidate,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Company, Mode::Candidate];

    pub fn id(self) -> &'static str {
        match self {
            Mode::Company => "company",
            Mode::Candidate => "candidate",
        }
    }

    pub fn from_id(id: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The widget's languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The widget's language for a browser language tag (`fr-CA` is French), if it has one.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::from_id(&primary.to_ascii_lowercase())
    }
}

pub const HEADCOUNT_MIN: u32 = 1;
pub const HEADCOUNT_MAX: u32 = 1_000_000;
/// The largest team a candidate can say they have led.
pub const LED_MAX: u32 = 100_000;

/// A valid profile: every value here has passed its check.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Profile {
    pub headcount: Option<u32>,
    pub tech: Option<u32>,
    pub stage: Option<Stage>,
    /// What kind of organisation, when the visitor says.
    pub org: Option<Org>,
    pub software: Option<Software>,
    /// Who holds the seat today, when the visitor says.
    pub cto: Option<Incumbent>,
    pub needs: NeedSet,
    pub lang: Option<Lang>,
    pub mode: Mode,
    /// Candidate mode: the largest team the candidate has led.
    pub led: Option<u32>,
    /// Candidate mode: what the candidate has done and owned.
    pub did: NeedSet,
}

impl Profile {
    /// The organisation as answered; unanswered, a startup when the other answers say so (investors to
    /// answer to, or a young company of under 50 whose software is not a side tool), else nothing assumed.
    pub fn org_read(&self) -> Option<Org> {
        let young = matches!(self.stage, Some(Stage::Idea | Stage::Mvp)) && self.headcount.is_some_and(|h| h <= STARTUP_MAX);
        let side_tool = matches!(self.software, Some(Software::Internal | Software::Support));
        self.org.or_else(|| (self.needs.contains(Need::Investors) || (young && !side_tool)).then_some(Org::Startup))
    }

    /// A first version is being built: the idea or the MVP stage, or a first version asked.
    pub fn building(&self) -> bool {
        matches!(self.stage, Some(Stage::Idea | Stage::Mvp)) || self.needs.contains(Need::FirstVersion)
    }

    /// A product in service: past the first version, or the stage left blank with people in tech asked its load
    /// or its servers and no first version (scaling presupposes something that runs).
    pub fn in_service(&self) -> bool {
        matches!(self.stage, Some(Stage::Launched | Stage::Scaling | Stage::Established))
            || (self.stage.is_none()
                && self.tech.is_some_and(|t| t > 0)
                && !self.needs.contains(Need::FirstVersion)
                && (self.needs.contains(Need::Scalability) || self.needs.contains(Need::Infrastructure)))
    }

    /// Something to build is asked: a first version, or product design.
    pub fn asks_to_build(&self) -> bool {
        self.needs.contains(Need::FirstVersion) || self.needs.contains(Need::Product)
    }

    /// Equity is on offer: a startup, as said or read from the answers.
    pub fn equity(&self) -> bool {
        self.org_read() == Some(Org::Startup)
    }
}

/// Up to this headcount, a young company that did not say what it is reads as a startup.
pub const STARTUP_MAX: u32 = 50;

/// The profile's fields, as named in the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Headcount,
    Tech,
    Stage,
    Org,
    Software,
    Cto,
    Needs,
    Lang,
    Mode,
    Led,
    Did,
}

impl Field {
    pub const ALL: [Field; 11] =
        [Field::Headcount, Field::Tech, Field::Stage, Field::Org, Field::Software, Field::Cto, Field::Needs, Field::Lang, Field::Mode, Field::Led, Field::Did];

    pub fn id(self) -> &'static str {
        match self {
            Field::Headcount => "headcount",
            Field::Tech => "tech",
            Field::Stage => "stage",
            Field::Org => "org",
            Field::Software => "software",
            Field::Cto => "cto",
            Field::Needs => "needs",
            Field::Lang => "lang",
            Field::Mode => "mode",
            Field::Led => "led",
            Field::Did => "did",
        }
    }
}

/// Why a value could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    NotWholeNumber,
    BelowMin(u32),
    AboveMax(u32),
    /// The tech team is larger than the company (the headcount given).
    TechAboveHeadcount(u32),
    UnknownStage,
    UnknownSoftware,
    UnknownOrg,
    UnknownIncumbent,
    UnknownMode,
    UnknownNeed,
    UnknownLang,
    /// Stands for that many more values of the field, left out unnamed (a flood is not listed in full).
    More(u32),
}

/// A value that was left out, with what was given (cut to a readable length).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: Field,
    pub given: String,
    pub problem: Problem,
}

/// Longest piece of a rejected value repeated back to the visitor.
const GIVEN_MAX_CHARS: usize = 40;

/// Characters never echoed back: controls, and the bidirectional formatting marks that would turn the
/// widget's own sentence around the value (U+202A to U+202E, U+2066 to U+2069, and the marks).
fn echoable(c: char) -> bool {
    !c.is_control() && !matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

impl InputError {
    pub fn new(field: Field, given: &str, problem: Problem) -> InputError {
        let mut kept = given.chars().filter(|c| echoable(*c));
        let mut shown: String = kept.by_ref().take(GIVEN_MAX_CHARS).collect();
        if kept.next().is_some() {
            shown.push('…');
        }
        InputError { field, given: shown, problem }
    }
}

/// How many rejected values are named one by one; the rest are counted ("and 49,995 more").
pub const ERRORS_SHOWN: usize = 5;

/// `errors` without repeats among the first `ERRORS_SHOWN` named, and how many more values were left
/// out (each counted, unnamed). However large the input, what is said about it stays a few lines.
pub fn cap_errors(errors: impl IntoIterator<Item = InputError>) -> (Vec<InputError>, usize) {
    let mut shown: Vec<InputError> = Vec::new();
    let mut more = 0;
    for error in errors {
        if let Problem::More(count) = error.problem {
            more += count as usize;
            continue;
        }
        if shown.contains(&error) {
            continue;
        }
        if shown.len() < ERRORS_SHOWN {
            shown.push(error);
        } else {
            more += 1;
        }
    }
    (shown, more)
}

/// Reads a whole number as people type it: digits, optionally grouped by thousands with commas or
/// spaces ("1,200", "1 200"). Anything else, or a group of other than three digits, is refused.
pub fn parse_whole(text: &str) -> Option<u64> {
    // (A French visitor's "1.200" too: groups of three after a point are thousands, never a headcount's decimals.)
    let parts: Vec<&str> = text.trim().split([',', '.', ' ', '\u{a0}', '\u{202f}']).collect();
    let (first, rest) = parts.split_first()?;
    let first_ok = if rest.is_empty() { !first.is_empty() } else { (1..=3).contains(&first.len()) };
    if !first_ok || rest.iter().any(|group| group.len() != 3) {
        return None;
    }
    let digits = parts.concat();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Beyond 12 digits every value is out of range anyway; saturate instead of overflowing.
    Some(if digits.len() > 12 { u64::MAX } else { digits.parse().ok()? })
}

fn parse_count(field: Field, text: &str, min: u32, max: u32) -> Result<Option<u32>, InputError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    // A negative count ("-3") is a number, below the least allowed.
    let negative = text.trim().strip_prefix(['-', '\u{2212}']).is_some_and(|rest| parse_whole(rest).is_some());
    if negative {
        return Err(InputError::new(field, text, Problem::BelowMin(min)));
    }
    let value = parse_whole(text).ok_or_else(|| InputError::new(field, text, Problem::NotWholeNumber))?;
    if value < u64::from(min) {
        return Err(InputError::new(field, text, Problem::BelowMin(min)));
    }
    if value > u64::from(max) {
        return Err(InputError::new(field, text, Problem::AboveMax(max)));
    }
    Ok(u32::try_from(value).ok())
}

/// The answers as given: the two number fields as text, the rest already as choices.
/// This is what the form edits; `profile` turns it into a valid profile and the reasons for what it left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub headcount: String,
    pub tech: String,
    pub stage: Option<Stage>,
    pub org: Option<Org>,
    pub software: Option<Software>,
    pub cto: Option<Incumbent>,
    pub needs: NeedSet,
    pub lang: Option<Lang>,
    pub mode: Mode,
    pub led: String,
    pub did: NeedSet,
}

impl Answers {
    /// Whether `field` holds the same answer here and in `other`.
    pub fn same(&self, other: &Answers, field: Field) -> bool {
        match field {
            Field::Headcount => self.headcount == other.headcount,
            Field::Tech => self.tech == other.tech,
            Field::Stage => self.stage == other.stage,
            Field::Org => self.org == other.org,
            Field::Software => self.software == other.software,
            Field::Cto => self.cto == other.cto,
            Field::Needs => self.needs == other.needs,
            Field::Lang => self.lang == other.lang,
            Field::Mode => self.mode == other.mode,
            Field::Led => self.led == other.led,
            Field::Did => self.did == other.did,
        }
    }

    /// Takes `other`'s answer to `field`.
    pub fn take(&mut self, other: &Answers, field: Field) {
        match field {
            Field::Headcount => self.headcount.clone_from(&other.headcount),
            Field::Tech => self.tech.clone_from(&other.tech),
            Field::Stage => self.stage = other.stage,
            Field::Org => self.org = other.org,
            Field::Software => self.software = other.software,
            Field::Cto => self.cto = other.cto,
            Field::Needs => self.needs = other.needs,
            Field::Lang => self.lang = other.lang,
            Field::Mode => self.mode = other.mode,
            Field::Led => self.led.clone_from(&other.led),
            Field::Did => self.did = other.did,
        }
    }

    pub fn profile(&self) -> (Profile, Vec<InputError>) {
        let mut errors = Vec::new();
        let mut keep = |result: Result<Option<u32>, InputError>| {
            result.unwrap_or_else(|e| {
                errors.push(e);
                None
            })
        };
        let headcount = keep(parse_count(Field::Headcount, &self.headcount, HEADCOUNT_MIN, HEADCOUNT_MAX));
        let mut tech = keep(parse_count(Field::Tech, &self.tech, 0, HEADCOUNT_MAX));
        let led = keep(parse_count(Field::Led, &self.led, 0, LED_MAX));
        if let (Some(t), Some(h)) = (tech, headcount) {
            if t > h {
                errors.push(InputError::new(Field::Tech, &self.tech, Problem::TechAboveHeadcount(h)));
                tech = None;
            }
        }
        let profile = Profile {
            headcount,
            tech,
            stage: self.stage,
            org: self.org,
            software: self.software,
            cto: self.cto,
            needs: self.needs,
            lang: self.lang,
            mode: self.mode,
            led,
            did: self.did,
        };
        (profile, errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(headcount: &str, tech: &str) -> Answers {
        Answers { headcount: headcount.into(), tech: tech.into(), ..Answers::default() }
    }

    #[test]
    fn parse_whole_table() {
        let cases: &[(&str, Option<u64>)] = &[
            ("45", Some(45)),
            ("  45 ", Some(45)),
            ("1,200", Some(1200)),
            ("1 200", Some(1200)),
            ("1.200", Some(1200)),
            ("2.500.000", Some(2_500_000)),
            ("1.20", None),
            ("1\u{202f}000\u{202f}000", Some(1_000_000)),
            ("0", Some(0)),
            ("007", Some(7)),
            ("99999999999999999999", Some(u64::MAX)),
            ("", None),
            ("abc", None),
            ("4.5", None),
            ("1,5", None),
            ("-3", None),
            ("+3", None),
            ("1e3", None),
            ("12,34,567", None),
            (",100", None),
            ("1,,000", None),
            ("٤٥", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_whole(text), *expected, "parse_whole({text:?})");
        }
    }

    #[test]
    fn headcount_bounds_table() {
        let cases: &[(&str, Option<u32>, Option<Problem>)] = &[
            ("1", Some(1), None),
            ("1000000", Some(1_000_000), None),
            ("0", None, Some(Problem::BelowMin(1))),
            ("1000001", None, Some(Problem::AboveMax(1_000_000))),
            ("many", None, Some(Problem::NotWholeNumber)),
            ("", None, None),
        ];
        for (text, headcount, problem) in cases {
            let (profile, errors) = answers(text, "").profile();
            assert_eq!(profile.headcount, *headcount, "headcount {text:?}");
            assert_eq!(errors.first().map(|e| e.problem), *problem, "problem for {text:?}");
        }
    }

    #[test]
    fn tech_above_headcount_is_left_out_with_a_reason() {
        let (profile, errors) = answers("8", "12").profile();
        assert_eq!(profile.headcount, Some(8));
        assert_eq!(profile.tech, None);
        assert_eq!(errors, vec![InputError::new(Field::Tech, "12", Problem::TechAboveHeadcount(8))]);
    }

    #[test]
    fn tech_zero_is_a_valid_team_size() {
        let (profile, errors) = answers("3", "0").profile();
        assert_eq!((profile.tech, errors.len()), (Some(0), 0));
    }

    #[test]
    fn a_bad_value_does_not_drop_the_others() {
        let (profile, errors) = answers("lots", "4").profile();
        assert_eq!((profile.headcount, profile.tech), (None, Some(4)));
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn long_rejected_values_are_cut_for_display() {
        let error = InputError::new(Field::Headcount, &"9".repeat(500), Problem::AboveMax(1));
        assert_eq!(error.given.chars().count(), GIVEN_MAX_CHARS + 1);
        assert!(error.given.ends_with('…'));
    }

    #[test]
    fn ids_round_trip() {
        for need in Need::ALL {
            assert_eq!(Need::from_id(need.id()), Some(need));
        }
        for stage in Stage::ALL {
            assert_eq!(Stage::from_id(stage.id()), Some(stage));
        }
        for software in Software::ALL {
            assert_eq!(Software::from_id(software.id()), Some(software));
        }
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), None);
    }

    #[test]
    fn need_set_operations() {
        let set: NeedSet = [Need::Budget, Need::FirstVersion].into_iter().collect();
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![Need::FirstVersion, Need::Budget]);
        assert!(set.toggled(Need::Budget).contains(Need::FirstVersion));
        assert!(!set.toggled(Need::Budget).contains(Need::Budget));
        assert_eq!(set.without(Need::FirstVersion).without(Need::Budget), NeedSet::default());
        assert_eq!(set.len(), 2);
    }

    #[test]
    fn echoed_values_lose_controls_and_bidirectional_marks() {
        let error = InputError::new(Field::Stage, "\u{202e}evil\u{2066}\u{200f}\n\tok\u{202c}", Problem::UnknownStage);
        assert_eq!(error.given, "evilok");
        let long = format!("{}{}", "\u{202e}".repeat(100), "a".repeat(10));
        assert_eq!(InputError::new(Field::Stage, &long, Problem::UnknownStage).given, "a".repeat(10), "marks do not use up the length");
    }

    #[test]
    fn errors_are_deduplicated_and_capped() {
        let unknown = |id: &str| InputError::new(Field::Needs, id, Problem::UnknownNeed);
        let repeated = (0..5_000).map(|_| InputError::new(Field::Stage, "bad", Problem::UnknownStage));
        assert_eq!(cap_errors(repeated), (vec![InputError::new(Field::Stage, "bad", Problem::UnknownStage)], 0));
        let (shown, more) = cap_errors((0..50_000).map(|i| unknown(&i.to_string())));
        assert_eq!(shown, (0..ERRORS_SHOWN).map(|i| unknown(&i.to_string())).collect::<Vec<_>>());
        assert_eq!(more, 50_000 - ERRORS_SHOWN);
    }

    #[test]
    fn one_field_is_compared_and_taken_at_a_time() {
        let host = Answers { headcount: "50".into(), needs: [Need::Data].into_iter().collect(), lang: Some(Lang::Fr), ..Answers::default() };
        let mut visitor = Answers { headcount: "30".into(), stage: Some(Stage::Mvp), ..Answers::default() };
        let differ: Vec<Field> = Field::ALL.into_iter().filter(|f| !visitor.same(&host, *f)).collect();
        assert_eq!(differ, vec![Field::Headcount, Field::Stage, Field::Needs, Field::Lang]);
        visitor.take(&host, Field::Headcount);
        assert_eq!((visitor.headcount.as_str(), visitor.stage), ("50", Some(Stage::Mvp)));
    }
}
