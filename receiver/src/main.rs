//! Reference receiver for Klachtwijzer submissions.
//!
//! Organisations can read this as an example of what their endpoint must do: answer CORS
//! preflights, accept a JSON body, store it once under its submission id, answer 201.
//! For local development it can also serve the built wizard (`--site DIR`).

mod access;
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
    if std::env::args().nth(1).as_deref() == Some("add-account") {
        std::process::exit(add_account(std::env::args().skip(2).collect()));
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

    let accounts = match &opts.accounts {
        Some(path) => match access::Accounts::open(path, &access::audit_path(&opts.data_dir)) {
            Ok(accounts) if !accounts.is_empty() => Some(accounts),
            Ok(_) => {
                eprintln!(
                    "{} has no accounts: add one with add-account",
                    path.display()
                );
                std::process::exit(1);
            }
            Err(err) => {
                eprintln!("cannot read the accounts in {}: {err}", path.display());
                std::process::exit(1);
            }
        },
        None => None,
    };

    let api_listener = bind(&opts.api_addr).await;
    let site_listener = match &opts.site {
        Some((_, addr)) => Some(bind(addr).await),
        None => None,
    };
    let mut origins: std::collections::BTreeSet<String> = opts.origins.iter().cloned().collect();
    // The development site may send complaints, under both its names.
    if let Some(port) = site_listener
        .as_ref()
        .and_then(|l| l.local_addr().ok())
        .map(|a| a.port())
    {
        origins.insert(format!("http://127.0.0.1:{port}"));
        origins.insert(format!("http://localhost:{port}"));
    }
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
    match &accounts {
        Some(_) => println!(
            "receiver: complaints can be read at http://{}/ with an account",
            local_addr(&api_listener)
        ),
        None => println!("receiver: nobody can read complaints here (no --accounts)"),
    }
    let receiver = Arc::new(api::Receiver::new(
        store,
        switches,
        accounts,
        origins,
        opts.rate_limit,
    ));
    let app = api::router(receiver).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let api = axum::serve(api_listener, app).with_graceful_shutdown(shutdown());

    match (opts.site, site_listener) {
        (Some((dir, _)), Some(site_listener)) => {
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
        _ => api.await.expect("server error"),
    }
}

/// `add-account NAME --accounts FILE`: the password comes from stdin (never the command line).
fn add_account(args: Vec<String>) -> i32 {
    let (Some(name), Some("--accounts"), Some(file)) =
        (args.first(), args.get(1).map(String::as_str), args.get(2))
    else {
        eprintln!("usage: klachtwijzer-receiver add-account NAME --accounts FILE");
        return 2;
    };
    let mut password = String::new();
    if std::io::stdin().read_line(&mut password).is_err() {
        eprintln!("could not read the password from stdin");
        return 1;
    }
    let password = password.trim_end_matches(['\r', '\n']);
    match access::add_account(std::path::Path::new(file), name, password) {
        Ok(()) => {
            println!("account {name} saved in {file}");
            0
        }
        Err(err) => {
            eprintln!("could not add {name}: {err}");
            1
        }
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
