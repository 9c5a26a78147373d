//! The view: Leptos components that render what the core decides and send events back.

mod delivery;
mod drafts;
pub mod host;
mod icons;
mod parts;
mod routing;
pub mod start_page;
mod state;
mod steps;

use leptos::prelude::*;
use leptos::task::spawn_local;

use chrono::{Datelike, NaiveDate};

use crate::core::eligibility::verdict;
use crate::core::flow::Step;
use crate::core::regulation::{self, Period, Regulation};
use crate::i18n;
use crate::platform::{dom, http};
use host::{HostConfig, RegulationSource};
pub use state::{SendState, Wizard};

/// Locale key of the heading of each step.
pub fn heading_key(step: Step) -> String {
    format!("{}.heading", step.key())
}

/// The heading of the current step as shown (reactive); also the start of the page title.
fn heading(w: &Wizard, step: Step) -> String {
    match step {
        _ if step.is_result() => w.t(steps::outcome_key(verdict(&steps::findings(w, step)))),
        _ => w.t(&heading_key(step)),
    }
}

/// "2 maart 2026".
pub fn format_date(w: &Wizard, date: NaiveDate) -> String {
    let month = w.t(&format!("month.{}", date.month()));
    format!("{} {month} {}", date.day(), date.year())
}

/// "14:05".
pub fn clock_time(at: chrono::DateTime<chrono::FixedOffset>) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// "5 jaar", "12 maanden", "7 werkdagen".
pub fn period_text(w: &Wizard, period: Period) -> String {
    let locale = w.locale.get();
    w.regulation
        .with_value(|r| crate::core::wording::period(r, locale, period))
}

/// Makes a language's texts available: built in, or fetched from next to the wizard's files.
/// False when that did not work (offline, say).
async fn ensure_language(locale: i18n::Locale) -> bool {
    if i18n::is_available(locale) {
        return true;
    }
    let Some(base) = crate::platform::dom::assets_base() else {
        return false;
    };
    match http::get_text(&format!("{base}{}", i18n::file_name(locale))).await {
        Ok(json) => i18n::provide(locale, &json),
        Err(_) => false,
    }
}

/// Switches the language once its texts are here. If they cannot be loaded, the person stays
/// in the language they have and is told.
pub fn choose_language(w: Wizard, locale: i18n::Locale) {
    spawn_local(async move {
        if ensure_language(locale).await {
            w.locale.set(locale);
        } else {
            w.notice.set(Some("language.unavailable"));
        }
    });
}

/// Loading the regulation, then the wizard; or a configuration error.
#[derive(Debug)]
enum Load {
    Pending,
    Ready(Box<Regulation>, String),
    Failed(parts::Broken),
    /// Handed to the view (which owns it now: the regulation is never copied).
    Shown {
        host_screen_stays: bool,
    },
}

impl Load {
    /// `None` while loading; then whether the host's first screen stays beside the wizard's
    /// message (a failure without contact details of its own: the host's are shown).
    fn host_screen_stays(&self) -> Option<bool> {
        match self {
            Load::Pending => None,
            Load::Failed(broken) => Some(!broken.has_contact()),
            Load::Shown { host_screen_stays } => Some(*host_screen_stays),
            Load::Ready(..) => Some(false),
        }
    }
}

/// Regulations larger than this are not read: no organisation needs more, and a wrong file
/// must not hang a phone.
const MAX_REGULATION_BYTES: usize = 256 * 1024;

fn configure(json: &str, endpoint: Option<String>) -> Load {
    if json.len() > MAX_REGULATION_BYTES {
        return Load::Failed(parts::Broken::new(
            vec![format!(
                "the regulation file has {} KB; at most {} KB is read. Is this the right file?",
                json.len() / 1024,
                MAX_REGULATION_BYTES / 1024
            )],
            None,
        ));
    }
    let loaded =
        crate::platform::clock::measured("klachtwijzer:regulation", || regulation::load(json));
    match loaded {
        Ok(regulation) => match endpoint.or_else(|| regulation.delivery.endpoint.clone()) {
            Some(endpoint) => Load::Ready(Box::new(regulation), endpoint),
            None => Load::Failed(parts::Broken::new(
                vec![i18n::t(i18n::Locale::En, "config.missing_endpoint")],
                Some(json),
            )),
        },
        Err(problems) => Load::Failed(parts::Broken::new(
            problems.iter().map(ToString::to_string).collect(),
            Some(json),
        )),
    }
}

/// One wizard for one host element.
#[component]
pub fn App(instance: usize, config: HostConfig, container: web_sys::HtmlElement) -> impl IntoView {
    let load = RwSignal::new(Load::Pending);
    // The first real screen (the wizard, or what is wrong) replaces the host's first screen,
    // unless the wizard has no contact details to offer: then the host's stay.
    let container = StoredValue::new_local(container);
    let shown_wizard = StoredValue::new(None::<Wizard>);
    Effect::new(move || match load.with(Load::host_screen_stays) {
        None => {}
        Some(false) => dom::reveal(container.get_value(), move || {
            // "Begin" pressed on the drawn start page while the wizard was being shown.
            if let Some(w) = shown_wizard.get_value() {
                if dom::begin_requested(&container.get_value())
                    && w.step.get_untracked() == Step::Start
                {
                    w.continue_on();
                }
            }
        }),
        Some(true) => dom::reveal_beside_first_screen(container.get_value()),
    });
    let HostConfig {
        regulation,
        endpoint,
        debug,
    } = config;
    match regulation {
        RegulationSource::Inline(json) => load.set(configure(&json, endpoint)),
        RegulationSource::Missing => load.set(Load::Failed(parts::Broken::new(
            vec![i18n::t(i18n::Locale::En, "config.missing_regulation")],
            None,
        ))),
        RegulationSource::Url(url) => spawn_local(async move {
            let result = match http::get_text(&url).await {
                Ok(json) => configure(&json, endpoint),
                Err(err) => Load::Failed(parts::Broken::new(
                    vec![format!("could not load the regulation from {url}: {err}")],
                    None,
                )),
            };
            // Reading the file and drawing the first screen in separate tasks keeps a slow
            // phone responsive in between (no long task).
            http::sleep(0).await;
            load.set(result);
        }),
    }
    move || {
        load.track();
        let state = load
            .try_update_untracked(|l| match l.host_screen_stays() {
                None => Load::Pending,
                Some(host_screen_stays) => std::mem::replace(l, Load::Shown { host_screen_stays }),
            })
            .unwrap_or(Load::Pending);
        match state {
            Load::Pending => view! {
                <p class="kw kw-loading" role="status">{i18n::t(i18n::Locale::Nl, "app.loading")}</p>
            }
            .into_any(),
            Load::Ready(regulation, endpoint) => {
                let wizard = Wizard::new(instance, *regulation, endpoint);
                shown_wizard.set_value(Some(wizard));
                // What the person did on the start page drawn before the wizard was here.
                let first_screen = container.get_value();
                let begun = dom::begin_requested(&first_screen);
                let shared = dom::ticked_on_first_screen(&first_screen, &wizard.dom_id("shared-computer"));
                view! { <WizardView wizard begun shared/> }.into_any()
            }
            Load::Failed(broken) => view! { <parts::ConfigError broken debug/> }.into_any(),
            Load::Shown { .. } => ().into_any(),
        }
    }
}

/// The wizard with its effects (title, theme, focus, drafts, sending, address bar). `begun`
/// and `shared`: "Begin" was pressed, "shared computer" ticked, before it was ready.
#[component]
fn WizardView(wizard: Wizard, begun: bool, shared: bool) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let w = wizard;

    // Page title: "Fout: " when there are errors, the question, the step, the name.
    Effect::new(move |_| {
        let locale = w.locale.get();
        let step = w.step.get();
        let mut title = String::new();
        if !w.errors.with(Vec::is_empty) {
            title.push_str(&i18n::t(locale, "title.error_prefix"));
        }
        title.push_str(&heading(&w, step));
        if let Some(progress) = w.progress_text() {
            title.push_str(&format!(" – {progress}"));
        }
        title.push_str(&format!(" – {}", i18n::t(locale, "app.name")));
        dom::set_document_title(&title);
    });

    // The organisation's look, as CSS custom properties on the wizard's root.
    Effect::new(move |_| {
        let Some(root) = root.get() else {
            return;
        };
        let properties = w.regulation.with_value(|r| {
            r.theme
                .as_ref()
                .map(crate::core::theme::css_properties)
                .unwrap_or_default()
        });
        for (name, value) in properties {
            dom::set_style(&root, name, &value);
        }
    });

    // On every step change (not on the first render: the host page keeps its focus),
    // focus moves to the new heading so screen readers start there. Effects run after the
    // new step is in the DOM, so this needs no wait for a frame.
    Effect::new(move |previous: Option<Step>| {
        let step = w.step.get();
        if previous.is_some_and(|p| p != step) {
            if let Some(root) = root.get_untracked() {
                dom::focus_first(&root, "h1");
            }
        }
        step
    });

    drafts::open(w, routing::names_a_step(w));
    delivery::open(w);
    routing::sync_with_address_bar(w);
    drafts::keep_saving(w);

    if shared {
        drafts::set_shared_computer(w, true);
    }
    if begun && w.step.get_untracked() == Step::Start {
        // "Begin" was pressed on the start page drawn before the wizard was here.
        w.continue_on();
    }

    view! { <Frame wizard=w root/> }
}

/// What a wizard shows: its bar, a notice, and the current step. The browser draws it, and
/// natively it is drawn as HTML for the start page shown before the wasm arrives
/// ([`start_page`]).
#[component]
pub(crate) fn Frame(wizard: Wizard, root: NodeRef<leptos::html::Div>) -> impl IntoView {
    let w = wizard;
    view! {
        <div class="kw" lang=move || w.locale.get().code() node_ref=root>
            {w.regulation.with_value(|r| r.theme.as_ref().and_then(|t| t.logo_url.clone()).map(|src| {
                view! { <img class="kw-logo" src=src alt=r.organisation.name.clone()/> }
            }))}
            <div class="kw-bar">
                <parts::QuickExit wizard=w/>
                <parts::ClearButton wizard=w/>
                <parts::LanguageSwitch wizard=w/>
            </div>
            {move || w.notice.get().map(|key| view! { <p class="kw-notice" role="status">{w.t(key)}</p> })}
            <div class="kw-visually-hidden" role="status" aria-live="polite">
                {move || w.send.get().busy().then(|| w.t("check.sending"))}
            </div>
            {move || match w.step.get() {
                Step::Start => view! { <steps::StartStep wizard=w/> }.into_any(),
                step if step.is_result() => view! { <steps::OutcomeStep wizard=w/> }.into_any(),
                Step::Check => view! { <steps::CheckStep wizard=w/> }.into_any(),
                Step::Sent => view! { <steps::SentStep wizard=w/> }.into_any(),
                _ => view! { <steps::QuestionStep wizard=w/> }.into_any(),
            }}
        </div>
    }
}
