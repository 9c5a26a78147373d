//! How to reach someone, as links people can use.

use leptos::prelude::*;

use crate::core::text::{tel_href, Contact, Destination, Way};
use crate::ui::Wizard;

#[component]
pub fn ContactLines(wizard: Wizard, contact: Contact) -> impl IntoView {
    let w = wizard;
    let Contact {
        email,
        phone,
        postal_address,
        website,
        other_phone,
        ..
    } = contact;
    let phone_line = move |p: String| view! { <a href=tel_href(&p)>{p.clone()}</a> };
    view! {
        <ul class="kw-contact">
            {email.map(|e| view! {
                <li>{w.text("channel.email")} ": " <a href=format!("mailto:{e}")>{e.clone()}</a></li>
            })}
            {phone.map(|p| view! {
                <li>
                    {w.text("channel.phone")} ": " {phone_line(p)}
                    {other_phone.map(|o| view! { " " {w.text("channel.or")} " " {phone_line(o)} })}
                </li>
            })}
            {postal_address.map(|a| view! {
                <li>{w.text("channel.post")} ": " <span class="kw-address">{a.clone()}</span></li>
            })}
            {website.map(|u| view! {
                <li>{w.text("channel.website")} ": " <a href=u.clone() rel="noopener">{u.clone()}</a></li>
            })}
        </ul>
    }
}

/// Where to go: name, why, how to reach them.
#[component]
pub fn DestinationView(wizard: Wizard, destination: Destination) -> impl IntoView {
    let w = wizard;
    let Destination {
        name,
        description,
        contact,
        ..
    } = destination;
    view! {
        <div class="kw-destination">
            <h3>{move || w.own(&name)}</h3>
            {description.map(|d| view! { <p>{move || w.own(&d)}</p> })}
            {contact.map(|contact| view! { <ContactLines wizard=w contact/> })}
        </div>
    }
}

/// The organisation's own contact details, with its name as heading.
#[component]
pub fn OrganisationContact(wizard: Wizard) -> impl IntoView {
    let w = wizard;
    let (name, contact) = w
        .regulation
        .with_value(|r| (r.organisation.name.clone(), r.organisation.contact.clone()));
    view! {
        <div class="kw-destination">
            <h3>{name}</h3>
            <ContactLines wizard=w contact/>
        </div>
    }
}

/// A result page's main action: a button-like link to call, visit or mail.
#[component]
pub fn WayButton(wizard: Wizard, way: Way) -> impl IntoView {
    let w = wizard;
    let Way { key, href, shown } = way;
    view! {
        <a class="kw-button kw-primary" href=href>{move || w.t_with(key, &[("shown", &shown)])}</a>
    }
}
