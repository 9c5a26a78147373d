//! Other ways to send the complaint, when sending does not work: print or save it, e-mail
//! it (the text ready in the mail), or post it.

use leptos::prelude::*;

use super::check::summary_text;
use crate::platform::dom;
use crate::ui::Wizard;

/// `text`: the complaint as it goes in the e-mail; the current answers when not given.
#[component]
pub fn OtherWays(wizard: Wizard, #[prop(optional)] text: Option<Signal<String>>) -> impl IntoView {
    let w = wizard;
    let (name, email, postal) = w.regulation.with_value(|r| {
        let contact = &r.organisation.contact;
        (
            r.organisation.name.clone(),
            r.delivery
                .fallback_email
                .clone()
                .or_else(|| contact.email.clone()),
            contact.postal_address.clone(),
        )
    });
    let mail = email.map(|address| {
        let href = {
            let name = name.clone();
            let address = address.clone();
            move || {
                let subject = w.t_with("other_ways.subject", &[("organisation", &name)]);
                let body = match text {
                    Some(text) => text.get(),
                    None => summary_text(&w),
                };
                format!(
                    "mailto:{address}?subject={}&body={}",
                    js_sys::encode_uri_component(&subject),
                    js_sys::encode_uri_component(&body)
                )
            }
        };
        view! {
            <li><a href=href>{move || w.t_with("other_ways.email", &[("email", &address)])}</a></li>
        }
    });
    let post = postal.map(|address| {
        view! {
            <li>{w.text("other_ways.post")} " " <span class="kw-address">{address.clone()}</span></li>
        }
    });
    view! {
        <div class="kw-other-ways">
            <h2>{w.text("other_ways.heading")}</h2>
            <ul>
                <li>
                    <button type="button" class="kw-button kw-secondary" on:click=move |_| dom::print()>
                        {w.text("other_ways.print")}
                    </button>
                </li>
                {mail}
                {post}
            </ul>
        </div>
    }
}
