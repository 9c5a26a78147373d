//! Beside the forms: the file (start afresh, open, download the regulation and the code for
//! the website), the check (every problem and tip, each a link to its field) and the real
//! wizard with the draft, on any screen of its journey.

use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;

use super::fields::dom_id;
use super::plain::in_dutch;
use super::{st, Studio};
use crate::core::draft::{self, Draft, DRAFT_VERSION};
use crate::core::editing;
use crate::core::flow::Step;
use crate::core::regulation::Regulation;
use crate::core::{tour, wording};
use crate::i18n::Locale;
use crate::platform::{clock, files, storage};

/// The id of the field a problem's path points to: the path itself, or the nearest field
/// above it that the forms have.
fn field_of(path: &str) -> String {
    let document = web_sys::window().and_then(|w| w.document());
    let mut at = path.to_string();
    loop {
        let segs = editing::parse(&at);
        let id = dom_id(&segs);
        if document
            .as_ref()
            .and_then(|d| d.get_element_by_id(&id))
            .is_some()
            || !at.contains(['.', '['])
        {
            return id;
        }
        let cut = at.rfind(['.', '[']).unwrap_or(0);
        at.truncate(cut);
    }
}

pub fn file_panel(s: Studio) -> impl IntoView {
    let notice = RwSignal::new(None::<String>);
    let loads = Memo::new(move |_| s.report.with(|r| r.regulation.is_some()));
    let open = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        files::read_chosen(&input, move |text| {
            match text.and_then(|t| serde_json::from_str::<Value>(&t).ok()) {
                Some(doc) => {
                    notice.set(None);
                    s.replace(doc);
                }
                None => notice.set(Some(st("studio.file.not_json"))),
            }
        });
    };
    let start_afresh = move |_| {
        let sure = web_sys::window()
            .and_then(|w| w.confirm_with_message(&st("studio.file.new.confirm")).ok())
            .unwrap_or(true);
        if sure {
            s.replace(editing::starter());
        }
    };
    let download = move |_| {
        let text = s
            .doc
            .with_untracked(|d| serde_json::to_string_pretty(d).unwrap_or_default());
        files::download(
            &format!("{}.json", file_name(s)),
            &(text + "\n"),
            "application/json",
        );
    };
    let snippet = move |_| {
        if let Some(r) = s.report.with_untracked(|r| r.regulation.clone()) {
            files::download(
                &format!("{}.html", file_name(s)),
                &embed_code(&r),
                "text/html",
            );
        }
    };
    view! {
        <section class="st-section st-file" aria-labelledby="st-file-heading">
            <h2 id="st-file-heading">{st("studio.file.heading")}</h2>
            <p class="st-hint" role="status">
                {move || st(if s.kept.get() { "studio.file.saved" } else { "studio.file.not_saved" })}
            </p>
            {move || notice.get().map(|n| view! { <p class="st-problem" role="alert">{n}</p> })}
            <div class="st-field">
                <label for="st-open">{st("studio.file.open")}</label>
                <p class="st-hint" id="st-open-hint">{st("studio.file.open.hint")}</p>
                <input type="file" id="st-open" accept=".json,application/json" aria-describedby="st-open-hint" on:change=open/>
            </div>
            <div class="st-actions">
                <button type="button" on:click=download disabled=move || !loads.get()>{st("studio.file.download")}</button>
                <button type="button" on:click=snippet disabled=move || !loads.get() aria-describedby="st-snippet-hint">{st("studio.file.snippet")}</button>
                <button type="button" class="st-secondary" on:click=start_afresh>{st("studio.file.new")}</button>
            </div>
            <p class="st-hint" id="st-snippet-hint">{st("studio.file.snippet.hint")}</p>
            {move || (!loads.get()).then(|| view! { <p class="st-hint">{st("studio.file.fix_first")}</p> })}
            {move || (loads.get() && s.doc.with(|d| d.pointer("/delivery/endpoint").is_none())).then(|| view! {
                <p class="st-tip"><a href="#f-delivery-endpoint">{st("studio.file.no_endpoint")}</a></p>
            })}
        </section>
    }
}

fn file_name(s: Studio) -> String {
    let id = s.doc.with_untracked(|d| {
        d.pointer("/organisation/id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    });
    if id.is_empty() {
        "regeling".into()
    } else {
        id
    }
}

/// The code for the organisation's page: the stylesheet, the element with the start page
/// drawn in, and the loader, from where this studio's wizard is.
fn embed_code(r: &Regulation) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|here| web_sys::Url::new_with_base("../", &here).ok())
        .map(|url| url.href())
        .unwrap_or_default();
    let start_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|into| crate::ui::start_page::render_into(into, r.clone(), Locale::Nl))
        .unwrap_or_default();
    format!(
        "<!-- {} -->\n<link rel=\"stylesheet\" href=\"{base}klachtwijzer.css\">\n\n<!-- {} -->\n\
         <div data-klachtwijzer data-regulation=\"/klacht/{}.json\">\n{start_page}\n</div>\n\
         <script type=\"module\" src=\"{base}klachtwijzer.js\"></script>\n\
         <script nomodule src=\"{base}klachtwijzer-nomodule.js\"></script>\n",
        st("studio.snippet.head"),
        st("studio.snippet.place"),
        r.organisation.id,
    )
}

pub fn check_panel(s: Studio) -> impl IntoView {
    let item = move |path: String, message: String| {
        let target = path.clone();
        let href = format!("#{}", dom_id(&editing::parse(&path)));
        view! {
            <li>
                <a href=href on:click=move |ev| {
                    ev.prevent_default();
                    let id = field_of(&target);
                    if let Some(el) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(&id))
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        el.scroll_into_view();
                        let _ = el.focus();
                    }
                }><code>{path}</code></a>": "{in_dutch(&message)}
            </li>
        }
    };
    view! {
        <section class="st-section st-check-panel" aria-labelledby="st-check-heading">
            <h2 id="st-check-heading">{st("studio.check.heading")}</h2>
            {move || s.report.with(|r| {
                if r.problems.is_empty() {
                    view! { <p class="st-ok" role="status">{st("studio.check.none")}</p> }.into_any()
                } else {
                    view! {
                        <h3>{st("studio.check.problems")}" ("{r.problems.len()}")"</h3>
                        <ul class="st-problems">
                            {r.problems.iter().map(|p| item(p.path.clone(), p.message.clone())).collect_view()}
                        </ul>
                    }.into_any()
                }
            })}
            {move || s.report.with(|r| (!r.warnings.is_empty()).then(|| view! {
                <details class="st-tips">
                    <summary>{st("studio.check.warnings")}" ("{r.warnings.len()}")"</summary>
                    <ul>{r.warnings.iter().map(|w| item(w.path.clone(), w.message.clone())).collect_view()}</ul>
                </details>
            }))}
        </section>
    }
}

/// Where the preview sends when the draft names no receiver: nowhere (a reserved name).
const PREVIEW_ENDPOINT: &str = "https://ontvanger.invalid/submissions";

pub fn preview_panel(s: Studio) -> impl IntoView {
    let regulation = Memo::new(move |_| s.report.with(|r| r.regulation.clone()));
    let src = RwSignal::new(None::<String>);
    let blob = StoredValue::new(None::<String>);
    // The wizard's page with the draft as its regulation, opened on `step` with answers
    // that lead there.
    let show = move |at: Option<(Step, crate::core::answers::Answers)>| {
        let Some(r) = regulation.get_untracked() else {
            return;
        };
        let key = draft::storage_key(&r.organisation.id, 0);
        let hash = match &at {
            Some((step, answers)) => {
                let kept = Draft {
                    version: DRAFT_VERSION,
                    organisation_id: r.organisation.id.clone(),
                    saved_at: clock::now(),
                    step: *step,
                    locale: "nl".into(),
                    answers: answers.clone(),
                    submission_id: None,
                };
                storage::save(&key, &draft::encode(&kept));
                format!("#stap-{}", step.slug())
            }
            None => {
                storage::remove(&key);
                String::new()
            }
        };
        // A draft without its receiver yet still shows (sending then fails, as it would).
        let mut shown = s.doc.get_untracked();
        if shown.pointer("/delivery/endpoint").is_none() {
            editing::set(
                &mut shown,
                &editing::path(&["delivery", "endpoint"]),
                Some(PREVIEW_ENDPOINT.into()),
            );
        }
        let json = shown.to_string();
        if let Some(old) = blob.get_value() {
            files::revoke(&old);
        }
        let url = files::object_url(&json, "application/json");
        blob.set_value(url.clone());
        src.set(url.map(|url| {
            let encoded: String = js_sys::encode_uri_component(&url).into();
            format!("../embed.html?regulation={encoded}{hash}")
        }));
    };
    // A preview on the start page once the draft loads (after changes: "Ververs").
    Effect::new(move |was: Option<bool>| {
        let loads = regulation.with(Option::is_some);
        if loads && was != Some(true) {
            show(None);
        }
        loads
    });
    let screens = Memo::new(move |_| {
        regulation.with(|r| {
            r.as_ref()
                .map(|r| {
                    tour::screens(r, clock::today())
                        .into_iter()
                        .filter(|(step, _)| *step != Step::Sent)
                        .map(|(step, answers)| {
                            let heading =
                                wording::text(r, Locale::Nl, &format!("{}.heading", step.key()));
                            (step, answers, heading)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section class="st-section st-preview" aria-labelledby="st-preview-heading">
            <h2 id="st-preview-heading">{st("studio.preview.heading")}</h2>
            {move || match src.get() {
                Some(url) if regulation.with(Option::is_some) => view! {
                    <div class="st-actions">
                        <button type="button" on:click=move |_| show(None)>{st("studio.preview.refresh")}</button>
                    </div>
                    <div class="st-field">
                        <label for="st-walk">{st("studio.preview.walk")}</label>
                        <p class="st-hint" id="st-walk-hint">{st("studio.preview.walk.hint")}</p>
                        <select id="st-walk" aria-describedby="st-walk-hint" on:change=move |ev| {
                            let chosen = event_target_value(&ev);
                            let found = screens.with_untracked(|all| {
                                all.iter().find(|(step, _, _)| step.slug() == chosen).map(|(s, a, _)| (*s, a.clone()))
                            });
                            show(found.filter(|(step, _)| *step != Step::Start));
                        }>
                            {screens.get().into_iter().map(|(step, _, heading)| view! {
                                <option value=step.slug()>{heading}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <iframe class="st-frame" title=st("studio.preview.frame") src=url></iframe>
                }.into_any(),
                _ => view! { <p class="st-hint">{st("studio.preview.fix_first")}</p> }.into_any(),
            }}
        </section>
    }
}
