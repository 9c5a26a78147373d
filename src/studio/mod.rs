//! The studio: a complaints officer builds or edits their regulation with forms in plain
//! Dutch, sees every problem and tip as they type, and sees the real wizard beside it. Its own
//! page (`studio/index.html`) and its own wasm: nothing of it is in the wizard's files.
//!
//! The draft is the regulation file itself (JSON), edited field by field at the paths the
//! checker reports at (`core::editing`); every change is checked (`core::check`) and kept in
//! the browser.

mod fields;
mod plain;
mod preview;
mod sections;
mod texts;

use leptos::prelude::*;
use serde_json::Value;

use crate::core::check::{self, Report};
use crate::core::editing::{self, Path};
use crate::platform::{clock, storage};
pub use texts::st;

/// Where the studio keeps the draft in the browser.
const DRAFT_KEY: &str = "klachtwijzer.studio.draft";

/// The studio's state: the file being made, and what the check says about it.
#[derive(Clone, Copy)]
pub struct Studio {
    pub doc: RwSignal<Value>,
    /// Changes when a whole file is opened or started afresh: the forms are drawn again.
    pub generation: RwSignal<u32>,
    pub report: Memo<Report>,
    /// Whether the browser keeps the draft.
    pub kept: RwSignal<bool>,
}

impl Studio {
    fn new(start: Value) -> Self {
        let doc = RwSignal::new(start);
        let today = clock::today();
        let report = Memo::new(move |_| doc.with(|d| check::check(&d.to_string(), today)));
        let kept = RwSignal::new(true);
        Effect::new(move || {
            let text = doc.with(|d| serde_json::to_string_pretty(d).unwrap_or_default());
            kept.set(storage::save(DRAFT_KEY, &text));
        });
        Studio {
            doc,
            generation: RwSignal::new(0),
            report,
            kept,
        }
    }

    /// The value at `at`, now, without following it.
    pub fn value(&self, at: &[editing::Seg]) -> Option<Value> {
        self.doc.with_untracked(|d| editing::get(d, at).cloned())
    }

    pub fn set(&self, at: &[editing::Seg], value: Option<Value>) {
        self.doc.update(|d| editing::set(d, at, value));
    }

    /// A whole new file: opened, or started afresh.
    pub fn replace(&self, doc: Value) {
        self.doc.set(normalised(doc));
        self.generation.update(|g| *g += 1);
    }

    /// The problems (`true`) and tips at `at`, and unless `exact` in it.
    pub fn messages(&self, at: &Path, exact: bool) -> Vec<(bool, String)> {
        let at = editing::text(at);
        let about = |path: &str| path == at || (!exact && editing::is_about(path, &at));
        self.report.with(|r| {
            let problems = r
                .problems
                .iter()
                .filter(|p| about(&p.path))
                .map(|p| (true, p.message.clone()));
            let tips = r
                .warnings
                .iter()
                .filter(|w| about(&w.path))
                .map(|w| (false, w.message.clone()));
            problems.chain(tips).collect()
        })
    }
}

/// Notes written as plain text become `{ "text": … }`, so their source can be added.
fn normalised(mut doc: Value) -> Value {
    let plain = |v: &mut Value| {
        if v.is_string() || v.get("nl").is_some() {
            *v = serde_json::json!({ "text": v.take() });
        }
    };
    if let Some(note) = doc.pointer_mut("/complaint_fields/attachments") {
        plain(note);
    }
    if let Some(Value::Array(notes)) = doc.pointer_mut("/timeline/notes") {
        notes.iter_mut().for_each(plain);
    }
    doc
}

/// Mounts the studio on the page's `<main>`.
pub fn start() {
    let start = storage::load(DRAFT_KEY)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_else(editing::starter);
    leptos::mount::mount_to_body(move || {
        let s = Studio::new(normalised(start));
        view! { <StudioPage studio=s/> }
    });
}

#[component]
fn StudioPage(studio: Studio) -> impl IntoView {
    let s = studio;
    view! {
        <header class="st-header">
            <h1>{st("studio.title")}</h1>
            <p>{st("studio.intro")}</p>
        </header>
        <div class="st-layout">
            <main class="st-forms" id="studio-forms">
                {preview::file_panel(s)}
                <nav aria-label=st("studio.sections") class="st-toc">
                    <ul>
                        {sections::SECTIONS.iter().map(|(id, title, _)| view! {
                            <li><a href=format!("#{id}")>{st(title)}</a></li>
                        }).collect_view()}
                    </ul>
                </nav>
                {move || {
                    s.generation.track();
                    // Drawn again for a new file only: the fields follow their own values.
                    untrack(|| sections::SECTIONS
                        .iter()
                        .map(|(id, title, form)| view! {
                            <section class="st-section" id=*id aria-labelledby=format!("{id}-heading")>
                                <h2 id=format!("{id}-heading")>{st(title)}</h2>
                                {form(s)}
                            </section>
                        })
                        .collect_view())
                }}
            </main>
            <aside class="st-side" aria-label=st("studio.check.heading")>
                {preview::check_panel(s)}
                {preview::preview_panel(s)}
            </aside>
        </div>
    }
}
