//! How the presenter and its speaker window move through a deck together: both show the slide
//! named in their URL, and each move (to a slide, or to a step within it: [`super::steps`]) is
//! told to the other window over a `BroadcastChannel`, so either window can drive.

use codee::{Decoder, Encoder};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;
use leptos_use::{use_broadcast_channel, UseBroadcastChannelReturn};

use crate::data::deck::{
    navigate, slide_index_from_param, Command, DeckRef, JumpBuffer, SyncMessage,
};
use crate::present::steps::{show_when_ready, SlideFrame};
use crate::present::storage::{now_ms, remember_start, talk_started};
use crate::routes::Page;
use crate::ui::locale::use_navigate;

/// [`SyncMessage`]'s own text form (`kind|slide|started`) as a channel codec.
pub struct SyncCodec;

impl Encoder<SyncMessage> for SyncCodec {
    type Error = ();
    type Encoded = String;

    fn encode(message: &SyncMessage) -> Result<String, ()> {
        Ok(message.encode())
    }
}

impl Decoder<SyncMessage> for SyncCodec {
    type Error = ();
    type Encoded = str;

    fn decode(text: &str) -> Result<SyncMessage, ()> {
        SyncMessage::decode(text).ok_or(())
    }
}

/// One window's place in a deck, kept in step with the other windows of the same talk.
///
/// ```ignore
/// let link = DeckLink::new(|deck, n| Page::Speaker(deck, n), &reference, deck.slides.len(), "speaker__now-frame", false);
/// view! { <button on:click=move |_| link.next()>"→"</button> }
/// ```
#[derive(Clone, Copy)]
pub struct DeckLink {
    /// The 0-based slide shown, from the URL's `slide`.
    pub current: Memo<usize>,
    /// The number of slides (at least one).
    pub len: usize,
    /// When the talk started, ms since the epoch (shared by the windows, kept over reloads).
    pub started: RwSignal<u64>,
    /// The talk's channel name (also its sessionStorage key).
    pub channel: StoredValue<String>,
    /// The class of this window's frames of the current slide (where steps are taken).
    frames: &'static str,
    /// The latest step waiting for its frame to be drawn ([`show_when_ready`]).
    pending: StoredValue<u32>,
    show_here: StoredValue<ShowHere, LocalStorage>,
    post: StoredValue<Post, LocalStorage>,
}

/// Moves this window to a slide, quietly.
type ShowHere = Box<dyn Fn(usize)>;
/// Sends a message to the other windows.
type Post = Box<dyn Fn(&SyncMessage)>;

impl DeckLink {
    /// Links this window, at route `page` (`/present/show` or `/present/speaker`), to the talk
    /// on `reference`, its slides shown in the frames of class `frames`. `answer_hello`: whether
    /// this window tells a newly opened one where the talk is (the presenter does); the other
    /// kind asks as soon as its channel is open.
    pub fn new(
        page: for<'a> fn(&'a DeckRef, usize) -> Page<'a>,
        reference: &DeckRef,
        len: usize,
        frames: &'static str,
        answer_hello: bool,
    ) -> Self {
        let query = use_query_map();
        let current =
            Memo::new(move |_| query.with(|q| slide_index_from_param(q.get_str("slide"), len)));
        let name = reference.channel();
        let started = RwSignal::new(talk_started(&name));
        let navigate_to = use_navigate();
        let reference = reference.clone();
        // The URL changes quietly (replacing the history entry, no scrolling); the router adds
        // the app's base itself (unlike `href`s).
        let show_here = move |index: usize| {
            if index != current.get_untracked() {
                navigate_to(
                    &page(&reference, index + 1).path(),
                    NavigateOptions {
                        replace: true,
                        scroll: false,
                        ..Default::default()
                    },
                );
            }
        };
        let UseBroadcastChannelReturn {
            message,
            post,
            channel,
            ..
        } = use_broadcast_channel::<SyncMessage, SyncCodec>(&name);
        let link = DeckLink {
            current,
            len,
            started,
            channel: StoredValue::new(name),
            frames,
            pending: StoredValue::new(0),
            show_here: StoredValue::new_local(Box::new(show_here)),
            post: StoredValue::new_local(Box::new(post)),
        };
        // Messages from the other window move this one, without echoing back.
        Effect::new(move |_| {
            if let Some(message) = message.get() {
                untrack(|| link.receive(message, answer_hello));
            }
        });
        // The slide in the URL, at its start, once its frame is drawn (or where the other
        // window says the talk is, when it answers).
        show_when_ready(frames, current.get_untracked(), 0, link.pending);
        if !answer_hello {
            // Ask the presenter where it is (and when the talk started), once the channel is open.
            Effect::new(move |asked: Option<bool>| {
                if asked == Some(true) || !channel.with(Option::is_some) {
                    return asked.unwrap_or(false);
                }
                link.send(SyncMessage::Hello);
                true
            });
        }
        link
    }

    fn send(self, message: SyncMessage) {
        self.post.with_value(|post| post(&message));
    }

    fn set_started(self, started: u64) {
        self.started.set(started);
        self.channel
            .with_value(|name| remember_start(name, started));
    }

    fn receive(self, message: SyncMessage, answer_hello: bool) {
        match message {
            SyncMessage::Goto {
                slide,
                started,
                step,
            } => {
                if started > 0 && started != self.started.get_untracked() {
                    self.set_started(started);
                }
                let slide = slide.min(self.len - 1);
                self.show_here.with_value(|show| show(slide));
                show_when_ready(self.frames, slide, step, self.pending);
            }
            SyncMessage::Hello if answer_hello => {
                let slide = self.current.get_untracked();
                self.send_at(slide, self.frame(slide).map_or(0, |f| f.at()));
            }
            SyncMessage::Hello => {}
            SyncMessage::Restart { started } => self.set_started(started),
        }
    }

    fn frame(self, index: usize) -> Option<SlideFrame> {
        SlideFrame::find(self.frames, index)
    }

    /// Tells the other window where this one is.
    fn send_at(self, slide: usize, step: usize) {
        self.send(SyncMessage::Goto {
            slide,
            started: self.started.get_untracked(),
            step,
        });
    }

    /// Shows slide `index` (0-based) here and in the other window, at its start, or at its last
    /// step if `at_end` (going back into a slide shows it as it was left).
    pub fn go(self, index: usize, at_end: bool) {
        self.show_here.with_value(|show| show(index));
        let target = if at_end { usize::MAX } else { 0 };
        if let Some(frame) = self.frame(index).filter(SlideFrame::ready) {
            self.send_at(index, frame.go(target));
        } else {
            // A frame still starting the app shows the slide's start once it is drawn.
            self.send_at(index, 0);
            show_when_ready(self.frames, index, 0, self.pending);
        }
    }

    /// Carries out a move (next, previous, first, last); `false` for any other command. Next
    /// and previous go through the current slide's steps first.
    pub fn step(self, command: Command) -> bool {
        if !Self::moves(command) {
            return false;
        }
        let current = self.current.get_untracked();
        let within = self.frame(current).and_then(|frame| match command {
            Command::Next => frame.forward(),
            Command::Previous => frame.back(),
            _ => None,
        });
        if let Some(step) = within {
            self.send_at(current, step);
        } else if let Some(i) = navigate(command, current, self.len).filter(|i| *i != current) {
            self.go(i, command == Command::Previous);
        }
        true
    }

    /// Whether `command` is a move ([`Self::step`]).
    pub fn moves(command: Command) -> bool {
        matches!(
            command,
            Command::Next
                | Command::Previous
                | Command::SkipNext
                | Command::SkipPrevious
                | Command::First
                | Command::Last
        )
    }

    /// The previous slide (stays on the first).
    pub fn prev(self) {
        self.step(Command::Previous);
    }

    /// The next slide (stays on the last).
    pub fn next(self) {
        self.step(Command::Next);
    }

    /// Goes to the slide number typed into `jump`, if it is in the deck, and empties `jump`;
    /// `true` if it moved.
    pub fn jump(self, jump: RwSignal<JumpBuffer>) -> bool {
        let target = jump.get_untracked().take(self.len);
        jump.set(JumpBuffer::default());
        if let Some(i) = target {
            self.go(i, false);
        }
        target.is_some()
    }

    /// Starts the talk's timer again, here and in the other window.
    pub fn restart(self) {
        let started = now_ms();
        self.set_started(started);
        self.send(SyncMessage::Restart { started });
    }
}
