//! Reference receiver for Klachtwijzer submissions.
//!
//! Organisations can read this as an example of what their endpoint must do: answer CORS
//! preflights, accept a JSON body, store it once under its submission id, answer 201.
//! For local development it can also serve the built wizard (`--site DIR`).

mod api;
mod faults;
mod options;
mod site;
mod store;

use std::sync::Arc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if std::env::args().any(|a| a == "--help" || a == "-h") {
        println!("{}", options::USAGE);
        return;
    }
    let opts = match options::Options::from_args(std::env::args().skip(1)) {
        Ok(opts) => opts,
        Err(message) => {
            eprintln!("{message}\n\n{}", options::USAGE);
            std::process::exit(2);
        }
    };
    let store = match store::Store::open(&opts.data_dir) {
        Ok(store) => store,
        Err(err) => {
            eprintln!("cannot use data folder {}: {err}", opts.data_dir.display());
            std::process::exit(1);
        }
    };

    let api_listener = bind(&opts.api_addr).await;
    // The real address: with port 0 the system picks a free port (the tests use this).
    println!(
        "receiver: accepting submissions at http://{}/submissions, storing in {}",
        local_addr(&api_listener),
        opts.data_dir.display()
    );
    let switches = opts.test_switches.then(Default::default);
    if switches.is_some() {
        println!("receiver: test switches on at /__test/faults (never use this in production)");
    }
    let receiver = Arc::new(api::Receiver::new(store, switches));
    let api = axum::serve(api_listener, api::router(receiver)).with_graceful_shutdown(shutdown());

    match opts.site {
        Some((dir, addr)) => {
            let site_listener = bind(&addr).await;
            println!(
                "site: serving {} at http://{}/",
                dir.display(),
                local_addr(&site_listener)
            );
            let site =
                axum::serve(site_listener, site::router(dir)).with_graceful_shutdown(shutdown());
            let (a, s) = tokio::join!(api, site);
            a.and(s).expect("server error");
        }
        None => api.await.expect("server error"),
    }
}

async fn bind(addr: &str) -> tokio::net::TcpListener {
    match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!("cannot listen on {addr}: {err}");
            std::process::exit(1);
        }
    }
}

fn local_addr(listener: &tokio::net::TcpListener) -> String {
    listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default()
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}
