use leptos::prelude::*;

use super::contact::OrganisationContact;
use crate::core::wording;
use crate::ui::parts::ReadAloud;
use crate::ui::Wizard;

#[component]
pub fn StartStep(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let (name, reach_us) = w
        .regulation
        .with_value(|r| (r.organisation.name.clone(), wording::reach_us_key(r)));
    let intro = {
        let name = name.clone();
        move || w.t_with("start.intro", &[("organisation", &name)])
    };
    let read = Signal::derive({
        let intro = intro.clone();
        move || {
            [
                w.t("start.heading"),
                intro(),
                w.t("start.example_intro"),
                w.t("start.example_1"),
                w.t("start.example_2"),
                w.t("start.example_3"),
                w.t("start.how_long"),
                w.t("start.keep"),
                w.t("start.help"),
                w.t(reach_us),
            ]
            .join(". ")
        }
    });
    let shared_id = w.dom_id("shared-computer");
    let resume = move || {
        w.resume.get().map(|found| {
            let found = StoredValue::new(found);
            view! {
                <div class="kw-resume" role="region" aria-labelledby=w.dom_id("resume-title")>
                    <h2 id=w.dom_id("resume-title")>{w.t("draft.resume_heading")}</h2>
                    <p>{w.t("draft.resume")}</p>
                    <div class="kw-actions">
                        <button type="button" class="kw-button kw-primary"
                            on:click=move |_| crate::ui::drafts::restore(w, found.get_value())>
                            {w.t("draft.continue")}
                        </button>
                        <button type="button" class="kw-button kw-secondary"
                            on:click=move |_| crate::ui::drafts::discard(w)>
                            {w.t("draft.start_over")}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <section class="kw-step">
            {resume}
            <h1 tabindex="-1">{w.text("start.heading")}</h1>
            <p>{intro}</p>
            <p>{w.text("start.example_intro")}</p>
            <ul>
                <li>{w.text("start.example_1")}</li>
                <li>{w.text("start.example_2")}</li>
                <li>{w.text("start.example_3")}</li>
            </ul>
            <h2>{w.text("start.what_happens_heading")}</h2>
            <p>{w.text("start.what_happens")}</p>
            <p>{w.text("start.how_long")}</p>
            <p>{w.text("start.keep")}</p>
            <h2>{w.text("start.help_heading")}</h2>
            <p>{w.text("start.help")} " " {w.text(reach_us)}</p>
            <OrganisationContact wizard=w/>
            <div class="kw-choice kw-choice-inline" data-kw-needs-wizard="">
                <input type="checkbox" id=shared_id.clone() prop:checked=move || !w.saving.get()
                    on:change=move |ev| crate::ui::drafts::set_shared_computer(w, event_target_checked(&ev))/>
                <label for=shared_id>{w.text("draft.shared_computer")}</label>
            </div>
            <div class="kw-actions" data-kw-needs-wizard="">
                <button type="button" class="kw-button kw-primary" data-kw-begin="" on:click=move |_| w.continue_on()>
                    {w.text("start.begin")}
                </button>
                <ReadAloud wizard=w text=read/>
            </div>
        </section>
    }
}
