//! `strategy.json`: the MDG Core Strategy (2002–2005) — its four pillars, the Millennium Project's
//! task forces, advisory bodies and reports, the Millennium Campaign, the country-level process,
//! monitoring, a dated timeline, financing figures, key figures and a glossary. All prose is
//! [`Text`] (EN/FR/ES); every fact names a source listed in [`Strategy::sources`].
//!
//! The hand-authored source of truth is `tools/datagen/strategy/strategy.json`; the converter
//! validates it ([`crate::validate_strategy`]) and writes it compactly to `public/data`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Text;

/// The whole strategy file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Strategy {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Short title of the strategy ("The MDG Core Strategy").
    pub title: Text,
    /// One-paragraph introduction for the landing view.
    pub summary: Text,
    /// Paragraphs of the paper the summary rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Every source cited by the file.
    pub sources: Vec<StrategySource>,
    /// The four pillars, in their official order.
    pub pillars: Vec<Pillar>,
    /// The ten task forces of the Millennium Project, `tf1`..`tf10` in order.
    pub task_forces: Vec<TaskForce>,
    /// The Millennium Project's two advisory bodies.
    pub advisory_bodies: Vec<AdvisoryBody>,
    /// Major reports and outputs (published or announced).
    pub reports: Vec<StrategyReport>,
    /// The Millennium Campaign.
    pub campaign: Campaign,
    /// Operational activities at country level: the CCA → UNDAF, PRSP and MDGR process.
    pub country_level: CountryLevel,
    /// Monitoring: national MDG Reports and the indicators behind them.
    pub monitoring: Monitoring,
    /// Dated events, sorted by date, all within 2002–2005.
    pub events: Vec<TimelineEvent>,
    /// Financing for development.
    pub financing: Financing,
    /// Headline figures for the home page.
    pub key_figures: Vec<Figure>,
    /// Acronyms used in the content, unique by [`GlossaryTerm::acronym`].
    pub glossary: Vec<GlossaryTerm>,
}

/// `lens.json`: the source paper's own lens (decent work inside the UN's MDG machinery) and the
/// trainers' checklist. A file of its own so that the home page, which loads `strategy.json`,
/// does not download them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lens {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The paper's argument, step by step.
    pub decent_work: DecentWork,
    /// What the paper asks of a UN Country Team (from the Core Strategy, the PRSP assessment, the
    /// CCA/UNDAF guidelines and the human rights Plan), as a checklist for trainers.
    pub checklist: Vec<ChecklistItem>,
}

/// The ILO and Decent Work lens: the paper's argument, step by step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecentWork {
    /// Introduction.
    pub intro: Text,
    /// Paragraphs of the paper the introduction rests on.
    pub paras: Vec<u8>,
    /// The steps of the argument, in the paper's order.
    pub steps: Vec<LensStep>,
}

/// One step of the lens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LensStep {
    /// Id, unique (also the anchor in the view).
    pub id: String,
    /// Heading.
    pub title: Text,
    /// What the paper says, one statement per entry.
    pub points: Vec<Point>,
    /// Pillars the step concerns (linked to their pages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pillars: Vec<PillarId>,
    /// 2003 indicator ids (in `framework.json`) the step concerns (linked to their data).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
    /// Series outside the 2003 list that the step concerns (e.g. the employment-to-population
    /// ratio of the 2008 list), by series id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<String>,
}

/// A statement with the paragraphs it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The statement.
    pub text: Text,
    /// Paragraphs of the paper (at least one).
    pub paras: Vec<u8>,
}

/// One thing the Core Strategy (or the work around it) asks of a UN Country Team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// Id, unique.
    pub id: String,
    /// The action, imperative.
    pub text: Text,
    /// Where it comes from (the Core Strategy, the PRSP assessment, the guidelines...).
    pub basis: Text,
    /// Paragraphs of the paper (at least one).
    pub paras: Vec<u8>,
}

impl Strategy {
    /// The pillar with this id (`"millennium_project"`, ...).
    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id.as_str() == id)
    }

    /// The task force with this id (`"tf1"`..`"tf10"`).
    pub fn task_force(&self, id: &str) -> Option<&TaskForce> {
        self.task_forces.iter().find(|t| t.id == id)
    }

    /// The advisory body with this id.
    pub fn advisory_body(&self, id: &str) -> Option<&AdvisoryBody> {
        self.advisory_bodies.iter().find(|a| a.id == id)
    }

    /// The report with this id.
    pub fn report(&self, id: &str) -> Option<&StrategyReport> {
        self.reports.iter().find(|r| r.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&StrategySource> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The glossary entry for an acronym; exact match first, then ASCII case-insensitive
    /// (`"bwis"` finds `"BWIs"`).
    pub fn term(&self, acronym: &str) -> Option<&GlossaryTerm> {
        self.glossary
            .iter()
            .find(|t| t.acronym == acronym)
            .or_else(|| {
                self.glossary
                    .iter()
                    .find(|t| t.acronym.eq_ignore_ascii_case(acronym))
            })
    }

    /// Events tagged with `tag`, in date order.
    pub fn events_tagged(&self, tag: EventTag) -> impl Iterator<Item = &TimelineEvent> {
        self.events.iter().filter(move |e| e.tag == tag)
    }
}

/// A cited source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrategySource {
    /// Id used by the `source` fields of the file.
    pub id: String,
    /// Title as published (English).
    pub title: String,
    /// Publisher or issuing body.
    pub publisher: String,
    /// Year of publication (`null` for an undated web page).
    pub year: Option<u16>,
    /// Page that holds or describes the source.
    pub url: String,
    /// Caveat about the source or its URL (English), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The four pillars of the MDG Core Strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PillarId {
    /// (1) The Millennium Project: research on how to reach the Goals.
    MillenniumProject,
    /// (2) The Millennium Campaign: mobilising political support.
    MillenniumCampaign,
    /// (3) Operational activities at country level (UN Country Teams).
    CountryLevel,
    /// (4) Monitoring progress (national MDG Reports).
    Monitoring,
}

impl PillarId {
    /// All pillars in official order.
    pub const ALL: [PillarId; 4] = [
        PillarId::MillenniumProject,
        PillarId::MillenniumCampaign,
        PillarId::CountryLevel,
        PillarId::Monitoring,
    ];

    /// The id as written in the file, e.g. `"country_level"`.
    pub fn as_str(self) -> &'static str {
        match self {
            PillarId::MillenniumProject => "millennium_project",
            PillarId::MillenniumCampaign => "millennium_campaign",
            PillarId::CountryLevel => "country_level",
            PillarId::Monitoring => "monitoring",
        }
    }

    /// Official number, 1–4.
    pub fn number(self) -> u8 {
        match self {
            PillarId::MillenniumProject => 1,
            PillarId::MillenniumCampaign => 2,
            PillarId::CountryLevel => 3,
            PillarId::Monitoring => 4,
        }
    }
}

/// One pillar of the Core Strategy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pillar {
    /// Pillar id.
    pub id: PillarId,
    /// Name, e.g. "Operational activities at country level".
    pub name: Text,
    /// One sentence for cards and lists.
    pub summary: Text,
    /// Two to four sentences.
    pub description: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Bodies it connects to: glossary acronyms, advisory body or task force ids.
    pub actors: Vec<String>,
    /// Instruments and outputs it connects to: glossary acronyms or report ids.
    pub instruments: Vec<String>,
    /// MDG goal numbers (1–8) it relates to.
    pub goals: Vec<u8>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// One of the ten thematic task forces of the Millennium Project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskForce {
    /// `tf1`..`tf10`.
    pub id: String,
    /// 1–10.
    pub number: u8,
    /// Official English name, e.g. "Task Force on Hunger"; French and Spanish are translations.
    pub name: Text,
    /// Short theme label, e.g. "Hunger".
    pub theme: Text,
    /// MDG goals covered (2003 numbering, 1–8).
    pub goals: Vec<u8>,
    /// 2003 MDG targets covered (1–18); each belongs to one of [`TaskForce::goals`].
    pub targets: Vec<u8>,
    /// Anything specific the sources say (e.g. ILO participation), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Final reports, only where a source confirms the title (may be empty).
    pub reports: Vec<TaskForceReport>,
    /// Sources for the name, number and theme.
    pub sources: Vec<String>,
}

/// A task force's final report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskForceReport {
    /// Title as published (English; not translated).
    pub title: String,
    /// Working group within the task force that wrote it, if any (English, as published).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_group: Option<String>,
    /// Publication date.
    pub published: DateRef,
    /// Source id confirming the title.
    pub source: String,
}

/// An advisory body of the Millennium Project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdvisoryBody {
    /// Id, e.g. `un_experts_group`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// What it is, as far as the sources say.
    pub description: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Whether the ILO took part, where the sources say (¶14 names the ILO in the UN Experts
    /// Group; it says nothing either way of the International Advisory Panel).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ilo_participates: Option<bool>,
    /// Source id.
    pub source: String,
}

/// Whether a report had been published or only announced at the time of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    /// Published.
    Published,
    /// Announced as forthcoming by the source (title and date as announced).
    Announced,
}

/// A major report or output of the Core Strategy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StrategyReport {
    /// Id, e.g. `hdr_2003`.
    pub id: String,
    /// Pillar that produced it.
    pub pillar: PillarId,
    /// Title as published or announced (English).
    pub title: String,
    /// Translated or descriptive title for display.
    pub label: Text,
    /// Publisher.
    pub publisher: String,
    /// Date (published, or announced due date).
    pub date: DateRef,
    /// Published or announced.
    pub status: ReportStatus,
    /// What it is and why it matters.
    pub description: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A named person with a role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Name as the person spells it.
    pub name: String,
    /// Role or title.
    pub role: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Caveat (e.g. a spelling in a source), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Source id.
    pub source: String,
}

/// The Millennium Campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    /// Who leads it. (What it does is its pillar's description, `pillars[1]`.)
    pub leader: Person,
}

/// A step of the country-level process (CCA, UNDAF, PRSP, MDGR).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcessStep {
    /// Id, e.g. `cca`.
    pub id: String,
    /// Glossary acronym.
    pub term: String,
    /// What it is in the process.
    pub description: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Ids of the steps this one feeds into.
    pub feeds: Vec<String>,
}

/// An expandable list item: a heading and its detail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Id, unique within its list.
    pub id: String,
    /// Heading.
    pub title: Text,
    /// Detail shown when expanded.
    pub detail: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
}

/// The ILO-chaired assessment of UN agencies' role in the PRSP process.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrspAssessment {
    /// Who did it and how.
    pub description: Text,
    /// Recommendations.
    pub recommendations: Vec<Item>,
    /// Conclusion.
    pub conclusion: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Source id.
    pub source: String,
}

/// A titled list of expandable items with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemList {
    /// Introduction to the list.
    pub description: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Items.
    pub items: Vec<Item>,
    /// Source id.
    pub source: String,
}

/// Pillar 3: operational activities at country level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryLevel {
    /// The process as a graph (steps in reading order).
    pub process: Vec<ProcessStep>,
    /// How the Core Strategy asks the instruments to align.
    pub alignment: Text,
    /// Paragraphs of the paper the alignment rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alignment_paras: Vec<u8>,
    /// The PRSP assessment.
    pub prsp_assessment: PrspAssessment,
    /// The updated CCA/UNDAF guidelines.
    pub cca_undaf_guidelines: ItemList,
    /// The UNDG work on national human rights systems (Action 2).
    pub human_rights: ItemList,
}

/// A reference to a 2003 framework indicator with what the source says about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorRef {
    /// 2003 indicator id in `framework.json` ("45").
    pub indicator: String,
    /// What the source says (e.g. the ILO helps collate it).
    pub description: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
}

/// Pillar 4: monitoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Monitoring {
    /// What a national MDG Report is.
    pub mdgr: Text,
    /// How often: every `[min, max]` years.
    pub frequency_years: [u8; 2],
    /// Status as of the source date (counts are in [`Strategy::key_figures`]).
    pub status: Text,
    /// Indicators the ILO helps collate for MDGRs.
    pub ilo_indicators: Vec<IndicatorRef>,
    /// ILO support to field offices.
    pub field_support: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Source id.
    pub source: String,
}

/// What an event is tagged with: a pillar or an intergovernmental forum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventTag {
    /// Pillar 1.
    MillenniumProject,
    /// Pillar 2.
    MillenniumCampaign,
    /// Pillar 3.
    CountryLevel,
    /// Pillar 4.
    Monitoring,
    /// United Nations Development Group.
    Undg,
    /// Economic and Social Council.
    Ecosoc,
    /// General Assembly.
    GeneralAssembly,
    /// Financing for development process.
    FinancingForDevelopment,
    /// The Secretary-General (reports, reform).
    SecretaryGeneral,
}

impl EventTag {
    /// The pillar, if the tag is one.
    pub fn pillar(self) -> Option<PillarId> {
        match self {
            EventTag::MillenniumProject => Some(PillarId::MillenniumProject),
            EventTag::MillenniumCampaign => Some(PillarId::MillenniumCampaign),
            EventTag::CountryLevel => Some(PillarId::CountryLevel),
            EventTag::Monitoring => Some(PillarId::Monitoring),
            _ => None,
        }
    }
}

/// A dated event of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// Id, unique.
    pub id: String,
    /// Start (or only) date, at the precision the source gives.
    pub date: DateRef,
    /// Last day/month of a range, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<DateRef>,
    /// Pillar or forum.
    pub tag: EventTag,
    /// Title.
    pub title: Text,
    /// Short description.
    pub description: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Why it mattered, as the source tells it, if it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Text>,
    /// Pillars of the Core Strategy the event concerns (besides its tag).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pillars: Vec<PillarId>,
    /// `true` when the source announced it as planned (not yet happened at the source date).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
    /// Source id.
    pub source: String,
    /// Further sources, for what the main one does not say: the UN's own record of an event the
    /// paper reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
}

/// How a figure is qualified in its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Exactly the value.
    Exact,
    /// About.
    About,
    /// In the order of (an estimate's magnitude).
    InTheOrderOf,
    /// More than.
    MoreThan,
    /// Just over.
    JustOver,
    /// Close to.
    CloseTo,
}

/// Unit of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureUnit {
    /// A count (goals, countries...).
    Count,
    /// Billions of US dollars (in total over the figure's period).
    UsdBillion,
    /// Billions of US dollars a year.
    UsdBillionPerYear,
}

/// A sourced figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Id, unique within its list.
    pub id: String,
    /// The number.
    pub value: f64,
    /// Unit.
    pub unit: FigureUnit,
    /// How the source qualifies it.
    pub qualifier: Qualifier,
    /// What the number counts.
    pub label: Text,
    /// Context: who estimated it, when, over which period.
    pub note: Text,
    /// The period the source gives for the amount, in its words and without the "each year" or
    /// "in total" that [`Figure::unit`] already says ("until 2015", "during the next three
    /// years"); absent when the source gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Text>,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// Date the figure refers to or was stated, if relevant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<DateRef>,
    /// Source id.
    pub source: String,
}

/// Financing for development.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Financing {
    /// The context (Monterrey, ECOSOC meetings, the gap).
    pub description: Text,
    /// Paragraphs of the paper the description rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
    /// The figures.
    pub figures: Vec<Figure>,
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GlossaryTerm {
    /// English acronym, the key used in the file (unique), e.g. "UNDAF".
    pub acronym: String,
    /// The acronym in each language (the official French/Spanish one where it exists, else the
    /// English one), e.g. UNDAF / PNUAD / MANUD.
    pub short: Text,
    /// Full name.
    pub expansion: Text,
    /// One-sentence definition.
    pub definition: Text,
    /// Paragraphs of the source paper (1–24) this rests on; empty when it rests on other sources
    /// only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paras: Vec<u8>,
}

/// How precise a [`DateRef`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    /// `YYYY`.
    Year,
    /// `YYYY-MM`.
    Month,
    /// `YYYY-MM-DD`.
    Day,
}

/// A calendar date at year, month or day precision, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// Ordered chronologically; a less precise date sorts before the more precise dates it contains
/// (`2003` < `2003-07` < `2003-07-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DateRef {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl DateRef {
    /// A year-precision date.
    pub fn year_only(year: u16) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// The year.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month (1–12), if given.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if given.
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// Year, month or day precision.
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (_, Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            (None, None) => DatePrecision::Year,
        }
    }
}

/// Why a date string is not a [`DateRef`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRefError(pub String);

impl fmt::Display for DateRefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a date written YYYY, YYYY-MM or YYYY-MM-DD",
            self.0
        )
    }
}

impl std::error::Error for DateRefError {}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for DateRef {
    type Err = DateRefError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateRefError(s.to_string());
        let digits = |part: &str, len: usize| {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u16>().ok())
                .flatten()
        };
        let mut parts = s.split('-');
        let year = parts.next().and_then(|p| digits(p, 4)).ok_or_else(err)?;
        let month = match parts.next() {
            None => None,
            Some(p) => {
                let m = digits(p, 2).ok_or_else(err)?;
                if !(1..=12).contains(&m) {
                    return Err(err());
                }
                Some(m as u8)
            }
        };
        let day = match (parts.next(), month) {
            (None, _) => None,
            (Some(p), Some(m)) => {
                let d = digits(p, 2).ok_or_else(err)?;
                if d == 0 || d > u16::from(days_in_month(year, m)) {
                    return Err(err());
                }
                Some(d as u8)
            }
            (Some(_), None) => return Err(err()),
        };
        if parts.next().is_some() {
            return Err(err());
        }
        Ok(Self { year, month, day })
    }
}

impl TryFrom<String> for DateRef {
    type Error = DateRefError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<DateRef> for String {
    fn from(d: DateRef) -> String {
        d.to_string()
    }
}

impl fmt::Display for DateRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> DateRef {
        s.parse().expect(s)
    }

    #[test]
    fn parses_three_precisions_and_round_trips() {
        for s in ["2002", "2003-07", "2003-10-29", "2004-02-29"] {
            assert_eq!(d(s).to_string(), s);
        }
        assert_eq!(d("2003-07-08").year(), 2003);
        assert_eq!(d("2003-07").month(), Some(7));
        assert_eq!(d("2003-07").day(), None);
        assert_eq!(d("2003").precision(), DatePrecision::Year);
        assert_eq!(d("2003-07").precision(), DatePrecision::Month);
        assert_eq!(d("2003-07-08").precision(), DatePrecision::Day);
        assert_eq!(DateRef::year_only(2005), d("2005"));
    }

    #[test]
    fn rejects_malformed_dates() {
        for s in [
            "",
            "03",
            "2003-7",
            "2003-13",
            "2003-00",
            "2003-02-29",
            "2003-04-31",
            "2003-07-08-01",
            "2003--08",
            "20O3",
            "2003-07-8",
            " 2003",
        ] {
            assert!(s.parse::<DateRef>().is_err(), "{s:?} accepted");
        }
    }

    #[test]
    fn orders_chronologically_coarse_first() {
        let mut v = [
            d("2003-07-01"),
            d("2004"),
            d("2003-07"),
            d("2003"),
            d("2002-12-31"),
        ];
        v.sort();
        let s: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(s, ["2002-12-31", "2003", "2003-07", "2003-07-01", "2004"]);
    }

    #[test]
    fn serde_uses_the_string_form() {
        let json = serde_json::to_string(&d("2003-09-02")).unwrap();
        assert_eq!(json, "\"2003-09-02\"");
        let back: DateRef = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d("2003-09-02"));
        let e = serde_json::from_str::<DateRef>("\"2003-9\"").unwrap_err();
        assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
    }

    #[test]
    fn pillar_ids() {
        assert_eq!(PillarId::ALL.map(PillarId::number), [1, 2, 3, 4]);
        assert_eq!(PillarId::CountryLevel.as_str(), "country_level");
        assert_eq!(
            serde_json::to_string(&PillarId::MillenniumCampaign).unwrap(),
            "\"millennium_campaign\""
        );
        assert_eq!(EventTag::Monitoring.pillar(), Some(PillarId::Monitoring));
        assert_eq!(EventTag::Ecosoc.pillar(), None);
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

impl DateRef {
    /// The date written out at its precision in "en", "fr" or "es" (English otherwise):
    /// "2 September 2003", "2 septembre 2003", "2 de septiembre de 2003"; "July 2003", "juillet
    /// 2003", "julio de 2003"; "2003".
    pub fn long(&self, lang: &str) -> String {
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        let months = match primary {
            "fr" => &MONTHS_FR,
            "es" => &MONTHS_ES,
            _ => &MONTHS_EN,
        };
        let month = self
            .month
            .and_then(|m| months.get(usize::from(m).checked_sub(1)?).copied());
        match (month, self.day, primary) {
            (None, _, _) => self.year.to_string(),
            (Some(m), None, "es") => format!("{m} de {}", self.year),
            (Some(m), None, _) => format!("{m} {}", self.year),
            (Some(m), Some(d), "es") => format!("{d} de {m} de {}", self.year),
            (Some(m), Some(1), "fr") => format!("1er {m} {}", self.year),
            (Some(m), Some(d), _) => format!("{d} {m} {}", self.year),
        }
    }
}

#[cfg(test)]
mod long_date_tests {
    use super::DateRef;

    #[test]
    fn long_dates_in_three_languages() {
        let d = |s: &str| s.parse::<DateRef>().unwrap();
        assert_eq!(d("2003-09-02").long("en"), "2 September 2003");
        assert_eq!(d("2003-09-02").long("fr"), "2 septembre 2003");
        assert_eq!(d("2003-09-02").long("es"), "2 de septiembre de 2003");
        assert_eq!(d("2003-07-01").long("fr"), "1er juillet 2003");
        assert_eq!(d("2003-07").long("es-ES"), "julio de 2003");
        assert_eq!(d("2003-07").long("en"), "July 2003");
        assert_eq!(d("2002").long("fr"), "2002");
    }
}
