//! How the presenter and its speaker window move through a deck together: both show the slide
//! named in their URL, and each move is told to the other window over a `BroadcastChannel`, so
//! either window can drive.

use codee::{Decoder, Encoder};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;
use leptos_use::{use_broadcast_channel, UseBroadcastChannelReturn};

use crate::data::deck::{
    navigate, slide_index_from_param, Command, DeckRef, JumpBuffer, SyncMessage,
};
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
/// let link = DeckLink::new(|deck, n| Page::Speaker(deck, n), &reference, deck.slides.len(), false);
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
    show_here: StoredValue<ShowHere, LocalStorage>,
    post: StoredValue<Post, LocalStorage>,
}

/// Moves this window to a slide, quietly.
type ShowHere = Box<dyn Fn(usize)>;
/// Sends a message to the other windows.
type Post = Box<dyn Fn(&SyncMessage)>;

impl DeckLink {
    /// Links this window, at route `page` (`/present/show` or `/present/speaker`), to the talk
    /// on `reference`. `answer_hello`: whether this window tells a newly opened one where the
    /// talk is (the presenter does); the other kind asks as soon as its channel is open.
    pub fn new(
        page: for<'a> fn(&'a DeckRef, usize) -> Page<'a>,
        reference: &DeckRef,
        len: usize,
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
            show_here: StoredValue::new_local(Box::new(show_here)),
            post: StoredValue::new_local(Box::new(post)),
        };
        // Messages from the other window move this one, without echoing back.
        Effect::new(move |_| {
            if let Some(message) = message.get() {
                untrack(|| link.receive(message, answer_hello));
            }
        });
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
            SyncMessage::Goto { slide, started } => {
                if started > 0 && started != self.started.get_untracked() {
                    self.set_started(started);
                }
                self.show_here
                    .with_value(|show| show(slide.min(self.len - 1)));
            }
            SyncMessage::Hello if answer_hello => self.send(SyncMessage::Goto {
                slide: self.current.get_untracked(),
                started: self.started.get_untracked(),
            }),
            SyncMessage::Hello => {}
            SyncMessage::Restart { started } => self.set_started(started),
        }
    }

    /// Shows slide `index` (0-based) here and in the other window.
    pub fn go(self, index: usize) {
        self.show_here.with_value(|show| show(index));
        self.send(SyncMessage::Goto {
            slide: index,
            started: self.started.get_untracked(),
        });
    }

    /// Carries out a move (next, previous, first, last); `false` for any other command.
    pub fn step(self, command: Command) -> bool {
        if !matches!(
            command,
            Command::Next | Command::Previous | Command::First | Command::Last
        ) {
            return false;
        }
        if let Some(i) = navigate(command, self.current.get_untracked(), self.len) {
            self.go(i);
        }
        true
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
            self.go(i);
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
