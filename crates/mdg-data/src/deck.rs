//! Presenter decks: the deck model, validation of imported deck files, share-URL encoding,
//! the presenter's keyboard commands, slide-number parsing, pacing maths and the built-in decks.
//!
//! Pure logic (no DOM) so that it is tested natively; the views live in the app's `present` module.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::progress::url::AS_OF_MAX;
use crate::progress::{Method, ProfileState, Tab};
use crate::route::{is_presenter_path, param, with_lang, Page};

/// The `format` marker of an exported deck file.
pub const DECK_FORMAT: &str = "mdg-explorer-deck";
/// The version of the deck file format this build reads and writes.
pub const DECK_VERSION: u32 = 1;
/// Most slides a deck may hold (a guard against pasting the wrong file).
pub const MAX_SLIDES: usize = 200;
/// Longest title or path, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest speaker notes, in characters.
pub const MAX_NOTES: usize = 5000;
/// Longest planned duration of one slide, in seconds (one hour).
pub const MAX_DURATION: u32 = 3600;
/// The planned duration of a slide that has none, for the pacing timer.
pub const DEFAULT_SLIDE_SECONDS: u32 = 60;

/// One slide: an in-app view (path and query, relative to the app's base) with optional title,
/// speaker notes and planned duration.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Slide {
    /// The view, e.g. `/countries/KEN?as_of=2003`. Always starts with `/`.
    pub path: String,
    /// Title shown in the presenter and the handouts (empty: the view's own heading).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Speaker notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Planned duration in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<u32>,
}

impl Slide {
    /// A slide for `path` with no title, notes or duration.
    pub fn new(path: impl Into<String>) -> Self {
        Slide {
            path: path.into(),
            ..Slide::default()
        }
    }
}

/// A deck of slides, as saved in the browser and exported to a JSON file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deck {
    /// Always [`DECK_FORMAT`].
    pub format: String,
    /// Always [`DECK_VERSION`].
    pub version: u32,
    /// The deck's title.
    #[serde(default)]
    pub title: String,
    /// The slides, in order.
    pub slides: Vec<Slide>,
}

impl Default for Deck {
    fn default() -> Self {
        Deck::new("", Vec::new())
    }
}

/// Why a deck file (or a shared deck link) cannot be used. Each message says what is wrong and
/// where; the app shows it translated (see [`DeckError::code`]) and changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DeckError {
    /// The file is empty.
    #[error("the file is empty")]
    Empty,
    /// Not JSON, or JSON of the wrong shape.
    #[error("not a valid deck file: {detail} (line {line}, column {column})")]
    Syntax {
        /// `serde_json`'s description.
        detail: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but not an MDG Explorer deck (no or another `format`).
    #[error(
        "this JSON file is not an MDG Explorer deck (its \"format\" is not \"{DECK_FORMAT}\")"
    )]
    NotADeck,
    /// A deck from a newer version of the app.
    #[error("deck format version {0} is not supported (this app reads version {DECK_VERSION})")]
    Version(u32),
    /// No slides.
    #[error("the deck has no slides")]
    NoSlides,
    /// Too many slides.
    #[error("the deck has {0} slides; at most {MAX_SLIDES} are allowed")]
    TooManySlides(usize),
    /// A slide's path is not a view of this app.
    #[error("slide {slide}: \"{path}\" is not a view of this app (it must start with \"/\")")]
    BadPath {
        /// 1-based slide number.
        slide: usize,
        /// The offending path (shortened).
        path: String,
    },
    /// A slide's title or notes are too long.
    #[error("slide {slide}: the title or the notes are too long")]
    TooLong {
        /// 1-based slide number.
        slide: usize,
    },
    /// A slide's duration is out of range.
    #[error("slide {slide}: duration {seconds} s is out of range (1 to {MAX_DURATION} s)")]
    BadDuration {
        /// 1-based slide number.
        slide: usize,
        /// The duration found.
        seconds: u32,
    },
    /// A shared link whose deck part is damaged.
    #[error("the shared link is damaged or incomplete")]
    BadLink,
}

impl DeckError {
    /// A stable code for the app's translated message (`present.error.<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            DeckError::Empty => "empty",
            DeckError::Syntax { .. } => "syntax",
            DeckError::NotADeck => "not_a_deck",
            DeckError::Version(_) => "version",
            DeckError::NoSlides => "no_slides",
            DeckError::TooManySlides(_) => "too_many",
            DeckError::BadPath { .. } => "bad_path",
            DeckError::TooLong { .. } => "too_long",
            DeckError::BadDuration { .. } => "bad_duration",
            DeckError::BadLink => "bad_link",
        }
    }

    /// The 1-based slide number the error is about, if any.
    pub fn slide(&self) -> Option<usize> {
        match self {
            DeckError::BadPath { slide, .. }
            | DeckError::TooLong { slide }
            | DeckError::BadDuration { slide, .. } => Some(*slide),
            _ => None,
        }
    }
}

/// The shape of a deck file before validation: every field optional, so that a missing field
/// gets our own message rather than serde's.
#[derive(Deserialize)]
struct RawDeck {
    format: Option<String>,
    version: Option<u32>,
    title: Option<String>,
    slides: Option<Vec<Slide>>,
}

impl Deck {
    /// A deck in the current format.
    pub fn new(title: impl Into<String>, slides: Vec<Slide>) -> Self {
        Deck {
            format: DECK_FORMAT.to_owned(),
            version: DECK_VERSION,
            title: title.into(),
            slides,
        }
    }

    /// Parses and validates a deck file. Nothing is returned unless the whole deck is usable.
    pub fn from_json(text: &str) -> Result<Deck, DeckError> {
        let text = text.trim_start_matches('\u{feff}');
        if text.trim().is_empty() {
            return Err(DeckError::Empty);
        }
        let raw: RawDeck = serde_json::from_str(text).map_err(|e| DeckError::Syntax {
            detail: e
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or("")
                .to_owned(),
            line: e.line(),
            column: e.column(),
        })?;
        if raw.format.as_deref() != Some(DECK_FORMAT) {
            return Err(DeckError::NotADeck);
        }
        match raw.version {
            Some(DECK_VERSION) => {}
            Some(v) => return Err(DeckError::Version(v)),
            None => return Err(DeckError::NotADeck),
        }
        let deck = Deck::new(
            raw.title.unwrap_or_default(),
            raw.slides.unwrap_or_default(),
        );
        deck.validate()?;
        Ok(deck)
    }

    /// Checks every rule of the format (see [`DeckError`]).
    pub fn validate(&self) -> Result<(), DeckError> {
        if self.slides.is_empty() {
            return Err(DeckError::NoSlides);
        }
        if self.slides.len() > MAX_SLIDES {
            return Err(DeckError::TooManySlides(self.slides.len()));
        }
        if self.title.chars().count() > MAX_TITLE {
            return Err(DeckError::TooLong { slide: 0 });
        }
        for (i, slide) in self.slides.iter().enumerate() {
            let n = i + 1;
            if !is_app_path(&slide.path) {
                return Err(DeckError::BadPath {
                    slide: n,
                    path: slide.path.chars().take(80).collect(),
                });
            }
            if slide.title.chars().count() > MAX_TITLE || slide.notes.chars().count() > MAX_NOTES {
                return Err(DeckError::TooLong { slide: n });
            }
            if let Some(seconds) = slide.duration {
                if seconds == 0 || seconds > MAX_DURATION {
                    return Err(DeckError::BadDuration { slide: n, seconds });
                }
            }
        }
        Ok(())
    }

    /// The deck as a pretty-printed JSON file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Moves the slide at `from` to `to` (both 0-based, clamped). Returns the new index.
    pub fn move_slide(&mut self, from: usize, to: usize) -> Option<usize> {
        if from >= self.slides.len() {
            return None;
        }
        let to = to.min(self.slides.len() - 1);
        let slide = self.slides.remove(from);
        self.slides.insert(to, slide);
        Some(to)
    }

    /// Total planned duration in seconds (slides without one count [`DEFAULT_SLIDE_SECONDS`]).
    pub fn planned_total(&self) -> u32 {
        self.slides.iter().map(planned).sum()
    }

    /// Planned seconds from the start of the talk to the start of slide `index`.
    pub fn planned_start(&self, index: usize) -> u32 {
        self.slides.iter().take(index).map(planned).sum()
    }

    /// Pacing at slide `index` after `elapsed` seconds: positive = behind plan by that many
    /// seconds (the talk should already have left this slide), negative = ahead (still before
    /// this slide's planned start), 0 = within the slide's planned window.
    pub fn pace(&self, index: usize, elapsed: u32) -> i64 {
        let start = i64::from(self.planned_start(index));
        let end = start + self.slides.get(index).map_or(0, |s| i64::from(planned(s)));
        let elapsed = i64::from(elapsed);
        if elapsed > end {
            elapsed - end
        } else if elapsed < start {
            elapsed - start
        } else {
            0
        }
    }
}

fn planned(slide: &Slide) -> u32 {
    slide.duration.unwrap_or(DEFAULT_SLIDE_SECONDS)
}

/// Whether `path` is a view of this app: starts with one `/`, no scheme, no control characters,
/// and not the presenter itself (a deck cannot present decks).
pub fn is_app_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.chars().count() <= MAX_TITLE * 5
        && !path.chars().any(|c| c.is_control() || c == ' ')
        && !is_presenter_path(path)
}

/// The slide path for the current location: `pathname` minus the app's `base`, plus the query
/// without the presenter's `projector` flag and without the language (a slide is shown in the
/// presenter's language). `None` for the presenter's own pages.
pub fn slide_path_from_location(base: &str, pathname: &str, search: &str) -> Option<String> {
    let rest = pathname.strip_prefix(base).unwrap_or(pathname);
    let route = if rest.starts_with('/') {
        rest.to_owned()
    } else {
        format!("/{rest}")
    };
    let query: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| {
            let key = p.split('=').next().unwrap_or_default();
            !p.is_empty() && key != "projector" && key != param::LANG
        })
        .collect();
    let anchor = slide_anchor(&route, &query);
    let path = if query.is_empty() {
        route
    } else {
        format!("{route}?{}", query.join("&"))
    };
    let path = match anchor {
        Some(id) => format!("{path}#{id}"),
        None => path,
    };
    is_app_path(&path).then_some(path)
}

/// The part of a view a slide presents, for views whose page is more than the slide needs: the
/// indicator explorer's open tab panel (its chart by default), so the slide opens on the chart
/// and not on the page's heading, lede and controls. `query` holds the `key=value` pairs.
fn slide_anchor(route: &str, query: &[&str]) -> Option<String> {
    let explorer = route.strip_prefix('/') == Some(crate::route::segment::EXPLORE);
    explorer.then(|| {
        let tab = query
            .iter()
            .find_map(|p| p.strip_prefix("tab="))
            .and_then(Tab::from_key)
            .filter(|t| *t != Tab::Progress)
            .unwrap_or(Tab::Chart);
        crate::route::panel_id(crate::route::EXPLORER_ID_PREFIX, tab.key())
    })
}

/// The URL of a slide's live view in the projector theme: the app's `base`, the slide's path,
/// the `projector=1` flag and the presenter's language `lang` (before any `#fragment`), so the
/// slide speaks the presenter's language whatever the slide's path carried.
pub fn projector_src(base: &str, path: &str, lang: &str) -> String {
    let (main, fragment) = match path.find('#') {
        Some(i) => path.split_at(i),
        None => (path, ""),
    };
    let sep = if main.contains('?') { '&' } else { '?' };
    with_lang(&format!("{base}{main}{sep}projector=1{fragment}"), lang)
}

// ---------------------------------------------------------------------------------------------
// Share links

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes a deck for the `d` query parameter of a share link: compact JSON in unpadded
/// base64url (only URL-safe characters).
pub fn encode_share(deck: &Deck) -> String {
    let json = serde_json::to_string(deck).unwrap_or_default();
    base64url_encode(json.as_bytes())
}

/// Decodes and validates the `d` parameter of a share link.
pub fn decode_share(param: &str) -> Result<Deck, DeckError> {
    let bytes = base64url_decode(param.trim()).ok_or(DeckError::BadLink)?;
    let text = String::from_utf8(bytes).map_err(|_| DeckError::BadLink)?;
    Deck::from_json(&text).map_err(|e| match e {
        DeckError::Syntax { .. } | DeckError::Empty => DeckError::BadLink,
        other => other,
    })
}

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let sextet = ((n >> (18 - 6 * i)) & 63) as usize;
            out.extend(B64.get(sextet).map(|&c| c as char));
        }
    }
    out
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (text.len() % 4 != 1).then_some(out)
}

// ---------------------------------------------------------------------------------------------
// Which deck is shown

/// Which deck a presenter URL refers to (`deck=` and `d=` query parameters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckRef {
    /// "The MDG Core Strategy in 15 minutes" (`deck=core`).
    Core,
    /// The briefing for one country (`deck=country-KEN`).
    Country(String),
    /// The current saved deck, the one "Add to deck" adds to (`deck=mine`; links from
    /// earlier builds, which saved one deck).
    Mine,
    /// A deck saved in this browser, by its id in the deck list (`deck=mine-3`).
    Saved(u32),
    /// A deck carried in the link itself (`d=<encoded>`).
    Shared(String),
}

impl DeckRef {
    /// Reads the query parameters; `None` if neither names a deck.
    pub fn from_query(deck: Option<&str>, shared: Option<&str>) -> Option<DeckRef> {
        if let Some(d) = shared.filter(|d| !d.is_empty()) {
            return Some(DeckRef::Shared(d.to_owned()));
        }
        match deck? {
            "core" => Some(DeckRef::Core),
            "mine" => Some(DeckRef::Mine),
            other if other.starts_with("mine-") => other["mine-".len()..]
                .parse()
                .ok()
                .filter(|id| *id > 0)
                .map(DeckRef::Saved),
            other => {
                let code = other.strip_prefix("country-")?;
                (code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()))
                    .then(|| DeckRef::Country(code.to_ascii_uppercase()))
            }
        }
    }

    /// The query string (without `?`) naming this deck at 1-based slide `slide`.
    pub fn query(&self, slide: usize) -> String {
        format!("{}&slide={slide}", self.query_without_slide())
    }

    /// The query parameter naming the deck alone ("deck=core"), as the handouts take it.
    pub fn query_without_slide(&self) -> String {
        match self {
            DeckRef::Core => "deck=core".to_owned(),
            DeckRef::Mine => "deck=mine".to_owned(),
            DeckRef::Saved(id) => format!("deck=mine-{id}"),
            DeckRef::Country(code) => format!("deck=country-{code}"),
            DeckRef::Shared(d) => format!("d={d}"),
        }
    }

    /// A short key for the speaker window's sync channel.
    pub fn channel(&self) -> String {
        match self {
            DeckRef::Core => "mdg-present:core".to_owned(),
            DeckRef::Mine => "mdg-present:mine".to_owned(),
            DeckRef::Saved(id) => format!("mdg-present:mine-{id}"),
            DeckRef::Country(code) => format!("mdg-present:country-{code}"),
            DeckRef::Shared(d) => format!("mdg-present:shared-{}", d.len()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Keyboard

/// What a key does in the presenter (and the speaker window).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Next step of the slide, or the next slide (→, Space, `PageDown`, ↓).
    Next,
    /// Step back, or the previous slide (←, `PageUp`, ↑).
    Previous,
    /// Next slide, leaving the rest of this one unshown (N).
    SkipNext,
    /// Previous slide, at its start (P).
    SkipPrevious,
    /// First slide (Home).
    First,
    /// Last slide (End).
    Last,
    /// A digit of a slide number to jump to.
    Digit(u8),
    /// Jump to the typed number (Enter).
    Enter,
    /// Erase the last typed digit (Backspace).
    Backspace,
    /// Toggle full screen (F).
    Fullscreen,
    /// Toggle the overview grid (O).
    Overview,
    /// Toggle blackout (B or .).
    Blackout,
    /// Open the speaker window (S).
    Speaker,
    /// Toggle the help overlay (?).
    Help,
    /// Close an overlay, or leave the presenter (Esc).
    Escape,
}

/// The command for a `KeyboardEvent.key`, ignoring keys pressed with Ctrl, Alt or Meta (browser
/// shortcuts stay the browser's).
pub fn command_for_key(key: &str, ctrl_alt_meta: bool) -> Option<Command> {
    if ctrl_alt_meta {
        return None;
    }
    Some(match key {
        "ArrowRight" | "Right" | " " | "Spacebar" | "PageDown" | "ArrowDown" | "Down" => {
            Command::Next
        }
        "ArrowLeft" | "Left" | "PageUp" | "ArrowUp" | "Up" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        "n" | "N" => Command::SkipNext,
        "p" | "P" => Command::SkipPrevious,
        "Enter" => Command::Enter,
        "Backspace" => Command::Backspace,
        "f" | "F" => Command::Fullscreen,
        "o" | "O" => Command::Overview,
        "b" | "B" | "." => Command::Blackout,
        "s" | "S" => Command::Speaker,
        "?" => Command::Help,
        "Escape" | "Esc" => Command::Escape,
        _ => {
            let mut chars = key.chars();
            match (chars.next(), chars.next()) {
                (Some(c @ '0'..='9'), None) => Command::Digit(c as u8 - b'0'),
                _ => return None,
            }
        }
    })
}

/// The slide number typed so far (at most 3 digits).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JumpBuffer(String);

impl JumpBuffer {
    /// Adds a digit (ignored once 3 digits are typed).
    pub fn push(&mut self, digit: u8) {
        if self.0.len() < 3 && digit < 10 {
            self.0.push((b'0' + digit) as char);
        }
    }

    /// Erases the last digit.
    pub fn pop(&mut self) {
        self.0.pop();
    }

    /// The digits typed so far.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Empties the buffer and returns the 0-based slide index it names in a deck of `len`
    /// slides, if valid.
    pub fn take(&mut self, len: usize) -> Option<usize> {
        let typed = std::mem::take(&mut self.0);
        parse_slide_number(&typed, len)
    }
}

/// A 1-based slide number as typed or found in a URL → 0-based index, if within `1..=len`.
pub fn parse_slide_number(text: &str, len: usize) -> Option<usize> {
    let n: usize = text.trim().parse().ok()?;
    (1..=len).contains(&n).then(|| n - 1)
}

/// The 0-based slide index for the URL's `slide` parameter: the named slide, clamped to the deck;
/// the first slide when missing or unreadable.
pub fn slide_index_from_param(param: Option<&str>, len: usize) -> usize {
    let n: usize = param.and_then(|p| p.trim().parse().ok()).unwrap_or(1);
    n.clamp(1, len.max(1)) - 1
}

/// The index a navigation command leads to from `current` in a deck of `len` slides.
pub fn navigate(command: Command, current: usize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    let target = match command {
        Command::Next | Command::SkipNext => (current + 1).min(last),
        Command::Previous | Command::SkipPrevious => current.saturating_sub(1),
        Command::First => 0,
        Command::Last => last,
        _ => return None,
    };
    Some(target)
}

// ---------------------------------------------------------------------------------------------
// Durations and clocks

/// Formats seconds as `m:ss` (or `h:mm:ss` from one hour); negative values get a minus sign.
pub fn format_clock(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

/// Parses a planned duration typed by a trainer: `m:ss`, or a number of minutes (decimal point
/// or comma allowed). Empty → `Ok(None)`. Out of range or unreadable → `Err(())`.
#[expect(
    clippy::result_unit_err,
    reason = "the field shows one message for any duration it cannot read"
)]
pub fn parse_duration(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let seconds = if let Some((m, s)) = text.split_once(':') {
        let m: u32 = m.trim().parse().map_err(|_| ())?;
        let s: u32 = s.trim().parse().map_err(|_| ())?;
        if s >= 60 {
            return Err(());
        }
        m.checked_mul(60).and_then(|m| m.checked_add(s)).ok_or(())?
    } else {
        let minutes: f64 = text.replace(',', ".").parse().map_err(|_| ())?;
        if !minutes.is_finite() || minutes <= 0.0 {
            return Err(());
        }
        (minutes * 60.0).round() as u32
    };
    (1..=MAX_DURATION)
        .contains(&seconds)
        .then_some(Some(seconds))
        .ok_or(())
}

// ---------------------------------------------------------------------------------------------
// Speaker-window sync

/// A message between the presenter and its speaker window (`BroadcastChannel`), as text
/// `kind|slide|started` so that it needs no JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncMessage {
    /// "Go to slide `slide` (0-based), at its step `step`; the talk started at `started` (ms
    /// since the epoch)."
    Goto {
        /// 0-based slide index.
        slide: usize,
        /// Start of the talk, milliseconds since the Unix epoch (0: not known).
        started: u64,
        /// How many steps into the slide (revealed items and pages; see `slide_pages`), 0 at
        /// its start.
        step: usize,
    },
    /// A newly opened window asks for the current state.
    Hello,
    /// The speaker restarts the timer at `started`.
    Restart {
        /// New start, ms since the epoch.
        started: u64,
    },
}

impl SyncMessage {
    /// The text form.
    pub fn encode(&self) -> String {
        match self {
            SyncMessage::Goto {
                slide,
                started,
                step,
            } => format!("goto|{slide}|{started}|{step}"),
            SyncMessage::Hello => "hello".to_owned(),
            SyncMessage::Restart { started } => format!("restart|{started}"),
        }
    }

    /// Reads the text form; `None` for anything else.
    pub fn decode(text: &str) -> Option<SyncMessage> {
        let mut parts = text.split('|');
        match parts.next()? {
            "goto" => {
                let slide = parts.next()?.parse().ok()?;
                let started = parts.next()?.parse().ok()?;
                // A window of an earlier build sends no step: the slide's start.
                let step = match parts.next() {
                    Some(step) => step.parse().ok()?,
                    None => 0,
                };
                Some(SyncMessage::Goto {
                    slide,
                    started,
                    step,
                })
            }
            "hello" => Some(SyncMessage::Hello),
            "restart" => Some(SyncMessage::Restart {
                started: parts.next()?.parse().ok()?,
            }),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// "Add to deck" inbox

/// localStorage key of the paths added with "Add to deck" and not yet merged into the saved deck.
/// The shell's button only appends a line here (no JSON), so it costs the first view nothing.
pub const INBOX_KEY: &str = "mdg-explorer.deck-inbox";

/// One inbox line: the view's path and its page title, separated by a tab.
pub fn inbox_line(path: &str, title: &str) -> String {
    let title: String = title
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_TITLE)
        .collect();
    format!("{path}\t{title}\n")
}

/// Appends the inbox's valid lines ([`inbox_line`]) to `deck` as new slides; returns how many
/// were added.
pub fn merge_inbox(deck: &mut Deck, inbox: &str) -> usize {
    let mut added = 0;
    for line in inbox.lines() {
        let (path, title) = line.split_once('\t').unwrap_or((line, ""));
        let path = path.trim();
        if !is_app_path(path) {
            continue;
        }
        if deck.slides.len() >= MAX_SLIDES {
            break;
        }
        deck.slides.push(Slide {
            title: title.trim().chars().take(MAX_TITLE).collect(),
            ..Slide::new(path)
        });
        added += 1;
    }
    added
}

// ---------------------------------------------------------------------------------------------
// Built-in decks

/// A slide of a built-in deck: its path, the key of its title and notes in the app's locale
/// files (`present.core.<key>_title` / `_notes`), and its planned duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinSlide {
    /// The view.
    pub path: &'static str,
    /// Locale key stem.
    pub key: &'static str,
    /// Planned seconds.
    pub duration: u32,
}

/// "The MDG Core Strategy in 15 minutes": the four pillars, the task forces, country level and
/// monitoring, the UN Country Team checklist drawn from the paper, 900 s in all.
pub const CORE_DECK: [BuiltinSlide; 10] = [
    BuiltinSlide {
        path: "/",
        key: "overview",
        duration: 60,
    },
    BuiltinSlide {
        path: "/project",
        key: "project",
        duration: 120,
    },
    BuiltinSlide {
        path: "/project/tf1",
        key: "task_force",
        duration: 90,
    },
    BuiltinSlide {
        path: "/campaign",
        key: "campaign",
        duration: 90,
    },
    BuiltinSlide {
        path: "/country-level",
        key: "country_level",
        duration: 150,
    },
    BuiltinSlide {
        path: "/monitoring",
        key: "monitoring",
        duration: 120,
    },
    BuiltinSlide {
        path: "/checklist",
        key: "checklist",
        duration: 60,
    },
    BuiltinSlide {
        path: "/goals",
        key: "goals",
        duration: 60,
    },
    BuiltinSlide {
        path: "/progress",
        key: "grid",
        duration: 90,
    },
    BuiltinSlide {
        path: "/timeline",
        key: "timeline",
        duration: 60,
    },
];

/// For each goal (1–8), the series whose chart tells its story best in a country briefing:
/// poverty, primary completion, girls per boy in primary school, under-5 mortality, maternal
/// mortality, HIV prevalence, improved water, mobile subscriptions.
pub const BRIEFING_SERIES: [&str; 8] = [
    "si_pov_dday",
    "se_prm_cmpt_zs",
    "se_enr_prim_fm_zs",
    "sh_dyn_mort",
    "sh_sta_mmrt",
    "sh_dyn_aids_zs",
    "jmp_wat_imp",
    "it_cel_sets_p2",
];

/// One slide of a country briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BriefingSlide {
    /// The country's profile with every goal's status.
    Profile(String),
    /// Goal `goal` (1–8): the profile with that goal's most telling chart open.
    Goal {
        /// 1–8.
        goal: u8,
        /// The view.
        path: String,
    },
    /// What the country itself reported: its national MDG Reports on the timeline.
    Reports(String),
    /// The world map of under-5 mortality in 2015.
    Map(String),
    /// The progress grid.
    Grid(String),
}

impl BriefingSlide {
    /// The view's path.
    pub fn path(&self) -> &str {
        match self {
            BriefingSlide::Profile(p)
            | BriefingSlide::Goal { path: p, .. }
            | BriefingSlide::Reports(p)
            | BriefingSlide::Map(p)
            | BriefingSlide::Grid(p) => p,
        }
    }
}

/// The briefing for `iso3` (upper-case): the profile, one slide per goal, what the country
/// reported, the map, the grid.
pub fn country_briefing(iso3: &str) -> Vec<BriefingSlide> {
    // The year is written out although it is the default: the slide says which year it shows.
    let mut slides = vec![BriefingSlide::Profile(format!(
        "{}?as_of={AS_OF_MAX}",
        Page::Country(iso3).path()
    ))];
    // A goal slide opens on the profile's chart panel, so the status and the chart fill the screen.
    let chart = crate::route::panel_id(crate::route::PROFILE_ID_PREFIX, Tab::Chart.key());
    for (i, series) in BRIEFING_SERIES.iter().enumerate() {
        let state =
            ProfileState::from_query(&format!("country={iso3}&indicator={series}&tab=chart"));
        slides.push(BriefingSlide::Goal {
            goal: i as u8 + 1,
            path: Page::Profile(&state).at(&chart),
        });
    }
    slides.push(BriefingSlide::Reports(Page::CountryReports(iso3).path()));
    let map = Page::Map {
        indicator: Some(BRIEFING_SERIES[3]),
        year: Some(AS_OF_MAX),
        method: Method::default(),
    };
    slides.push(BriefingSlide::Map(map.path()));
    slides.push(BriefingSlide::Grid(Page::ProgressGrid.path()));
    slides
}

// ---------------------------------------------------------------------------------------------
// Handout sources

/// What a slide's view draws on, for the handout's "Sources" line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlideSources {
    /// A page about the Core Strategy: the documents cited by that pillar in `strategy.json`
    /// (`None`: the whole strategy's sources).
    Strategy(Option<&'static str>),
    /// The MDG framework (goals, targets, indicators).
    Framework,
    /// A country's national MDG Reports (the record's source), with the data availability
    /// beside them.
    Reports,
    /// Country data: the series named in the view (if any), plus the country lists; `map` adds
    /// the boundaries.
    Data {
        /// Series id from the query (`indicator=`), if any.
        series: Option<String>,
        /// Whether the view is the world map.
        map: bool,
    },
    /// Nothing traceable (e.g. the about page).
    None,
}

/// Works out what a slide's view draws on from its path.
pub fn slide_sources(path: &str) -> SlideSources {
    let path = path.split('#').next().unwrap_or("");
    let (route, query) = path.split_once('?').unwrap_or((path, ""));
    let first = route
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    let series = query
        .split('&')
        .find_map(|p| p.strip_prefix("indicator="))
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    match first {
        "project" => SlideSources::Strategy(Some("millennium_project")),
        "campaign" => SlideSources::Strategy(Some("millennium_campaign")),
        "country-level" => SlideSources::Strategy(Some("country_level")),
        "monitoring" => SlideSources::Strategy(Some("monitoring")),
        "" | "timeline" | "glossary" => SlideSources::Strategy(None),
        "goals" => SlideSources::Framework,
        "countries" if route.trim_end_matches('/').ends_with("/reports") => SlideSources::Reports,
        "countries" | "explore" | "progress" => SlideSources::Data { series, map: false },
        "map" => SlideSources::Data { series, map: true },
        _ => SlideSources::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        Deck::new(
            "Test",
            vec![
                Slide {
                    path: "/project".into(),
                    title: "Project".into(),
                    notes: "Say hello".into(),
                    duration: Some(120),
                },
                Slide::new("/countries/KEN?as_of=2003"),
                Slide {
                    duration: Some(30),
                    ..Slide::new("/map?indicator=sh_dyn_mort&year=2010")
                },
            ],
        )
    }

    #[test]
    fn json_round_trip() {
        let d = deck();
        assert_eq!(Deck::from_json(&d.to_json()), Ok(d));
    }

    #[test]
    fn minimal_file_is_accepted() {
        let d = Deck::from_json(
            r#"{"format":"mdg-explorer-deck","version":1,"slides":[{"path":"/goals"}]}"#,
        )
        .unwrap();
        assert_eq!(d.slides, vec![Slide::new("/goals")]);
        assert_eq!(d.title, "");
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        assert_eq!(Deck::from_json("  "), Err(DeckError::Empty));
        let e = Deck::from_json("{\"format\": ").unwrap_err();
        assert_eq!(e.code(), "syntax");
        assert!(e.to_string().contains("line 1"), "{e}");
        assert_eq!(Deck::from_json("[1,2]").unwrap_err().code(), "syntax");
        assert_eq!(
            Deck::from_json(r#"{"slides":[]}"#),
            Err(DeckError::NotADeck)
        );
        assert_eq!(
            Deck::from_json(r#"{"format":"mdg-explorer-deck","version":7,"slides":[]}"#),
            Err(DeckError::Version(7))
        );
        assert_eq!(
            Deck::from_json(r#"{"format":"mdg-explorer-deck","version":1,"slides":[]}"#),
            Err(DeckError::NoSlides)
        );
        let e = Deck::from_json(
            r#"{"format":"mdg-explorer-deck","version":1,"slides":[{"path":"/goals"},{"path":"https://evil.example/"}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.slide(), Some(2));
        assert!(e.to_string().contains("slide 2"), "{e}");
        let e = Deck::from_json(
            r#"{"format":"mdg-explorer-deck","version":1,"slides":[{"path":"/goals","duration":0}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.code(), "bad_duration");
        let e = Deck::from_json(
            r#"{"format":"mdg-explorer-deck","version":1,"slides":[{"title":"no path"}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.code(), "syntax");
        assert!(e.to_string().contains("path"), "{e}");
    }

    #[test]
    fn app_paths() {
        assert!(is_app_path("/"));
        assert!(is_app_path("/countries/KEN?as_of=2003"));
        assert!(!is_app_path("countries"));
        assert!(!is_app_path("//evil.example"));
        assert!(!is_app_path("/present/show?deck=core"));
        assert!(!is_app_path("/present"));
        assert!(is_app_path("/presenters"));
        assert!(!is_app_path("/a b"));
    }

    #[test]
    fn location_to_slide_path() {
        assert_eq!(
            slide_path_from_location(
                "/mdg-explorer",
                "/mdg-explorer/countries/KEN",
                "?as_of=2003&projector=1"
            ),
            Some("/countries/KEN?as_of=2003".into())
        );
        assert_eq!(
            slide_path_from_location("", "/map", "?lang=fr&year=2001&language=x"),
            Some("/map?year=2001&language=x".into())
        );
        assert_eq!(
            slide_path_from_location("/mdg-explorer", "/mdg-explorer/", ""),
            Some("/".into())
        );
        assert_eq!(
            slide_path_from_location("", "/goals", "?"),
            Some("/goals".into())
        );
        assert_eq!(slide_path_from_location("/x", "/x/present/edit", ""), None);
    }

    #[test]
    fn an_explorer_slide_presents_its_open_tab() {
        assert_eq!(
            slide_path_from_location("", "/explore", "?indicator=sh_dyn_mort&c=KEN"),
            Some("/explore?indicator=sh_dyn_mort&c=KEN#explore-panel-chart".into())
        );
        assert_eq!(
            slide_path_from_location("/m", "/m/explore", "?indicator=x&tab=table&lang=fr"),
            Some("/explore?indicator=x&tab=table#explore-panel-table".into())
        );
        assert_eq!(
            slide_path_from_location("", "/explore", "?tab=nonsense"),
            Some("/explore?tab=nonsense#explore-panel-chart".into())
        );
        assert_eq!(
            slide_path_from_location("", "/countries/KEN", "?tab=table"),
            Some("/countries/KEN?tab=table".into())
        );
    }

    #[test]
    fn projector_urls() {
        assert_eq!(
            projector_src("/b", "/goals", "en"),
            "/b/goals?projector=1&lang=en"
        );
        assert_eq!(
            projector_src("", "/map?year=2010&lang=es", "fr"),
            "/map?year=2010&projector=1&lang=fr"
        );
        assert_eq!(
            projector_src("/b", "/goals#g3", "fr"),
            "/b/goals?projector=1&lang=fr#g3"
        );
    }

    #[test]
    fn share_round_trip() {
        let d = deck();
        let enc = encode_share(&d);
        assert!(enc
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode_share(&enc), Ok(d));
        assert_eq!(decode_share("!!!"), Err(DeckError::BadLink));
        assert_eq!(decode_share(&enc[..enc.len() / 2]), Err(DeckError::BadLink));
    }

    #[test]
    fn base64_matches_the_standard() {
        for (plain, b64) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
            ("é?>", "w6k_Pg"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), b64);
            assert_eq!(base64url_decode(b64).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn deck_refs() {
        assert_eq!(DeckRef::from_query(Some("core"), None), Some(DeckRef::Core));
        assert_eq!(
            DeckRef::from_query(Some("country-ken"), None),
            Some(DeckRef::Country("KEN".into()))
        );
        assert_eq!(DeckRef::from_query(Some("country-KENYA"), None), None);
        assert_eq!(
            DeckRef::from_query(Some("core"), Some("abc")),
            Some(DeckRef::Shared("abc".into()))
        );
        assert_eq!(DeckRef::from_query(None, None), None);
        assert_eq!(DeckRef::from_query(Some("mine"), None), Some(DeckRef::Mine));
        assert_eq!(
            DeckRef::from_query(Some("mine-12"), None),
            Some(DeckRef::Saved(12))
        );
        for bad in ["mine-", "mine-0", "mine-x", "mine--1"] {
            assert_eq!(DeckRef::from_query(Some(bad), None), None);
        }
        assert_eq!(DeckRef::Saved(12).query(2), "deck=mine-12&slide=2");
        assert_ne!(DeckRef::Saved(1).channel(), DeckRef::Saved(2).channel());
        assert_eq!(
            DeckRef::Country("KEN".into()).query(3),
            "deck=country-KEN&slide=3"
        );
    }

    #[test]
    fn keys() {
        for k in ["ArrowRight", " ", "PageDown"] {
            assert_eq!(command_for_key(k, false), Some(Command::Next));
        }
        for k in ["ArrowLeft", "PageUp"] {
            assert_eq!(command_for_key(k, false), Some(Command::Previous));
        }
        assert_eq!(command_for_key("Home", false), Some(Command::First));
        assert_eq!(command_for_key("End", false), Some(Command::Last));
        assert_eq!(command_for_key("7", false), Some(Command::Digit(7)));
        assert_eq!(command_for_key("F", false), Some(Command::Fullscreen));
        assert_eq!(command_for_key("o", false), Some(Command::Overview));
        assert_eq!(command_for_key(".", false), Some(Command::Blackout));
        assert_eq!(command_for_key("b", false), Some(Command::Blackout));
        assert_eq!(command_for_key("s", false), Some(Command::Speaker));
        assert_eq!(command_for_key("?", false), Some(Command::Help));
        assert_eq!(command_for_key("N", false), Some(Command::SkipNext));
        assert_eq!(command_for_key("p", false), Some(Command::SkipPrevious));
        assert_eq!(navigate(Command::SkipNext, 2, 3), Some(2));
        assert_eq!(navigate(Command::SkipPrevious, 2, 3), Some(1));
        assert_eq!(command_for_key("Escape", false), Some(Command::Escape));
        assert_eq!(command_for_key("f", true), None);
        assert_eq!(command_for_key("x", false), None);
        assert_eq!(command_for_key("F5", false), None);
    }

    #[test]
    fn jumping() {
        let mut b = JumpBuffer::default();
        b.push(1);
        b.push(2);
        assert_eq!(b.as_str(), "12");
        assert_eq!(b.clone().take(20), Some(11));
        assert_eq!(b.take(9), None);
        assert!(b.is_empty());
        for d in [1, 2, 3, 4] {
            b.push(d);
        }
        assert_eq!(b.as_str(), "123");
        b.pop();
        assert_eq!(b.as_str(), "12");
        assert_eq!(parse_slide_number("0", 5), None);
        assert_eq!(parse_slide_number("5", 5), Some(4));
        assert_eq!(slide_index_from_param(Some("99"), 5), 4);
        assert_eq!(slide_index_from_param(Some("x"), 5), 0);
        assert_eq!(slide_index_from_param(None, 0), 0);
        assert_eq!(navigate(Command::Next, 4, 5), Some(4));
        assert_eq!(navigate(Command::Previous, 0, 5), Some(0));
        assert_eq!(navigate(Command::Last, 0, 5), Some(4));
        assert_eq!(navigate(Command::Help, 0, 5), None);
    }

    #[test]
    fn pacing() {
        let d = deck(); // 120 + 60 (default) + 30
        assert_eq!(d.planned_total(), 210);
        assert_eq!(d.planned_start(2), 180);
        assert_eq!(d.pace(0, 100), 0);
        assert_eq!(d.pace(0, 150), 30); // behind
        assert_eq!(d.pace(2, 100), -80); // ahead
        assert_eq!(d.pace(1, 150), 0);
        let core: u32 = CORE_DECK.iter().map(|s| s.duration).sum();
        assert_eq!(core, 15 * 60);
    }

    #[test]
    fn clocks_and_durations() {
        assert_eq!(format_clock(0), "0:00");
        assert_eq!(format_clock(75), "1:15");
        assert_eq!(format_clock(-5), "-0:05");
        assert_eq!(format_clock(3725), "1:02:05");
        assert_eq!(parse_duration(""), Ok(None));
        assert_eq!(parse_duration("1:30"), Ok(Some(90)));
        assert_eq!(parse_duration("2"), Ok(Some(120)));
        assert_eq!(parse_duration("1,5"), Ok(Some(90)));
        assert_eq!(parse_duration("0"), Err(()));
        assert_eq!(parse_duration("1:75"), Err(()));
        assert_eq!(parse_duration("61"), Err(()));
        assert_eq!(parse_duration("abc"), Err(()));
    }

    #[test]
    fn sync_messages() {
        for m in [
            SyncMessage::Goto {
                slide: 3,
                started: 1_700_000_000_000,
                step: 2,
            },
            SyncMessage::Hello,
            SyncMessage::Restart { started: 5 },
        ] {
            assert_eq!(SyncMessage::decode(&m.encode()), Some(m));
        }
        assert_eq!(SyncMessage::decode("goto|x|1"), None);
        assert_eq!(SyncMessage::decode("goto|1|2|x"), None);
        assert_eq!(
            SyncMessage::decode("goto|1|2"),
            Some(SyncMessage::Goto {
                slide: 1,
                started: 2,
                step: 0
            })
        );
        assert_eq!(SyncMessage::decode("nope"), None);
    }

    #[test]
    fn inbox_and_moves() {
        let mut d = deck();
        let inbox = format!(
            "/goals\n\nhttp://x\n/present\n{}",
            inbox_line("/campaign", "Campaign\t!")
        );
        assert_eq!(merge_inbox(&mut d, &inbox), 2);
        assert_eq!(d.slides[3].title, "");
        assert_eq!(d.slides[4].title, "Campaign!");
        assert_eq!(d.slides.len(), 5);
        assert_eq!(d.slides[4].path, "/campaign");
        assert_eq!(d.move_slide(4, 0), Some(0));
        assert_eq!(d.slides[0].path, "/campaign");
        assert_eq!(d.move_slide(0, 99), Some(4));
        assert_eq!(d.slides[4].path, "/campaign");
        assert_eq!(d.move_slide(9, 0), None);
    }

    #[test]
    fn briefing_has_a_slide_per_goal_then_reports_map_and_grid() {
        let b = country_briefing("KEN");
        assert_eq!(b.len(), 12);
        assert_eq!(b[0].path(), "/countries/KEN?as_of=2015");
        assert_eq!(
            b[4].path(),
            "/countries/KEN?indicator=sh_dyn_mort&tab=chart#profile-panel-chart"
        );
        assert_eq!(
            b[9],
            BriefingSlide::Reports("/countries/KEN/reports".into())
        );
        assert_eq!(slide_sources(b[9].path()), SlideSources::Reports);
        assert!(matches!(b[10], BriefingSlide::Map(_)));
        assert!(matches!(b[11], BriefingSlide::Grid(_)));
        assert!(b.iter().all(|s| is_app_path(s.path())));
    }

    #[test]
    fn sources_by_view() {
        assert_eq!(
            slide_sources("/project/tf1"),
            SlideSources::Strategy(Some("millennium_project"))
        );
        assert_eq!(slide_sources("/"), SlideSources::Strategy(None));
        assert_eq!(slide_sources("/goals/3"), SlideSources::Framework);
        assert_eq!(
            slide_sources("/map?indicator=sh_dyn_mort&year=2010"),
            SlideSources::Data {
                series: Some("sh_dyn_mort".into()),
                map: true
            }
        );
        assert_eq!(
            slide_sources("/countries/KEN"),
            SlideSources::Data {
                series: None,
                map: false
            }
        );
        assert_eq!(slide_sources("/about"), SlideSources::None);
        assert_eq!(
            slide_sources("/countries/KEN?indicator=sh_dyn_mort#profile-panel-chart"),
            SlideSources::Data {
                series: Some("sh_dyn_mort".into()),
                map: false
            }
        );
    }
}
