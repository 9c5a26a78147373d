//! Reference receiver for Klachtwijzer submissions.
//!
//! Organisations can run it, or read it as an example of what their endpoint must do: answer
//! CORS preflights for their own pages, accept a JSON body that matches the payload schema,
//! store it once under its submission id, and answer 201 only once it is committed. The
//! complaints office reads them in a small inbox behind a sign-in (`/inbox/`). For local
//! development it can also serve the built wizard (`--site DIR`).

mod access;
mod api;
mod days;
mod export;
mod faults;
mod inbox;
mod notify;
mod options;
mod retention;
mod site;
mod store;

use std::sync::Arc;
use std::time::Duration;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{}", options::USAGE);
        return;
    }
    match args.first().map(String::as_str) {
        Some("add-account") => std::process::exit(add_account(&args[1..])),
        Some("export") => std::process::exit(export(&args[1..])),
        Some("audit-log") => std::process::exit(audit_log(&args[1..])),
        _ => {}
    }
    let opts = match options::Options::from_args(args.into_iter()) {
        Ok(opts) => opts,
        Err(message) => {
            eprintln!("{message}\n\n{}", options::USAGE);
            std::process::exit(2);
        }
    };
    // Opened before the runtime starts: the PostgreSQL client runs its own.
    let store: Arc<dyn store::Storage> = match store::open(&opts.store) {
        Ok(store) => Arc::from(store),
        Err(err) => {
            eprintln!("cannot use the store {}: {err}", opts.store);
            std::process::exit(1);
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    // The store is let go only after the runtime: closing a PostgreSQL client blocks.
    let keep = store.clone();
    runtime.block_on(serve(opts, store));
    drop(runtime);
    drop(keep);
}

async fn serve(opts: options::Options, store: Arc<dyn store::Storage>) {
    let accounts = match &opts.accounts {
        Some(path) => match access::Accounts::open(path) {
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
    let address = local_addr(&api_listener);
    println!(
        "receiver: accepting submissions at http://{address}/submissions, storing in {}",
        opts.store
    );
    let switches = opts.test_switches.then(Default::default);
    if switches.is_some() {
        println!("receiver: test switches on at /__test/faults (never use this in production)");
    }
    match &accounts {
        Some(_) => println!("receiver: the inbox is at http://{address}/inbox/ (sign in)"),
        None => println!("receiver: nobody can read complaints here (no --accounts)"),
    }
    let notifier = if opts.notify_to.is_empty() {
        None
    } else {
        let inbox = opts
            .inbox_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}/inbox"));
        match notify::Notifier::new(&opts.smtp, &opts.notify_from, &opts.notify_to, &inbox) {
            Ok(notifier) => {
                println!(
                    "receiver: mailing {} about new complaints through {}",
                    opts.notify_to.join(", "),
                    opts.smtp
                );
                Some(notifier)
            }
            Err(err) => {
                eprintln!("cannot mail about new complaints: {err}");
                std::process::exit(2);
            }
        }
    };
    if !opts.retention.is_empty() {
        // Once before anything is served, then every hour.
        apply_retention(&store, &opts.retention).await;
        tokio::spawn(keep_retention(store.clone(), opts.retention.clone()));
    }
    let receiver = Arc::new(api::Receiver::new(
        store,
        switches,
        accounts,
        origins,
        opts.rate_limit,
        notifier,
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

/// Deletes closed complaints whose time is up.
async fn apply_retention(store: &Arc<dyn store::Storage>, policy: &retention::Policy) {
    let (store, policy) = (store.clone(), policy.clone());
    let ran =
        tokio::task::spawn_blocking(move || retention::run(&*store, &policy, store::now())).await;
    if let Ok(Err(err)) = ran {
        eprintln!("retention: could not delete what is due: {err}");
    }
}

async fn keep_retention(store: Arc<dyn store::Storage>, policy: retention::Policy) {
    let hour = Duration::from_secs(60 * 60);
    let mut every_hour = tokio::time::interval_at(tokio::time::Instant::now() + hour, hour);
    loop {
        every_hour.tick().await;
        apply_retention(&store, &policy).await;
    }
}

/// `add-account NAME --accounts FILE`: the password comes from stdin (never the command line).
fn add_account(args: &[String]) -> i32 {
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

/// The value after `flag` in a subcommand's arguments.
fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// Who runs a command on this machine, for the audit log.
fn local_user() -> String {
    format!(
        "cli:{}",
        std::env::var("USER").unwrap_or_else(|_| "?".into())
    )
}

/// `export`: complaints received in a period, to stdout (for backups and other systems).
fn export(args: &[String]) -> i32 {
    let location = flag(args, "--store").unwrap_or(options::DEFAULT_STORE);
    let day = |name: &str, otherwise: i64| match flag(args, name) {
        None => Ok(otherwise),
        Some(text) => days::parse(text).ok_or(format!("{name} takes a date like 2026-12-31")),
    };
    let period = match (
        day("--from", i64::MIN / 86_400 / 2),
        day("--to", i64::MAX / 86_400 / 2),
        export::Format::parse(flag(args, "--format").unwrap_or("jsonl")),
    ) {
        (Ok(from), Ok(to), Some(format)) => api::Period { from, to, format },
        (Err(message), _, _) | (_, Err(message), _) => {
            eprintln!("{message}");
            return 2;
        }
        (_, _, None) => {
            eprintln!("--format takes jsonl or csv");
            return 2;
        }
    };
    let store = match store::open(location) {
        Ok(store) => store,
        Err(err) => {
            eprintln!("cannot use the store {location}: {err}");
            return 1;
        }
    };
    let what = format!("export {}", args.join(" "));
    if let Err(err) = store.audit(&store::AuditEntry::now(&local_user(), "local", &what, true)) {
        eprintln!("the audit log cannot be written, so nothing is exported: {err}");
        return 1;
    }
    let (from, to) = period.seconds();
    match store.received_between(from, to) {
        Ok(complaints) => {
            use std::io::Write;
            let _ =
                std::io::stdout().write_all(export::render(period.format, &complaints).as_bytes());
            0
        }
        Err(err) => {
            eprintln!("could not export: {err}");
            1
        }
    }
}

/// `audit-log`: the whole audit log as JSON Lines, oldest first.
fn audit_log(args: &[String]) -> i32 {
    let location = flag(args, "--store").unwrap_or(options::DEFAULT_STORE);
    match store::open(location).and_then(|store| store.audit_log()) {
        Ok(entries) => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            for entry in entries {
                if writeln!(out, "{}", entry.to_json()).is_err() {
                    break;
                }
            }
            0
        }
        Err(err) => {
            eprintln!("cannot read the audit log in {location}: {err}");
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
