//! `cargo rnode-addon new`: a crate that builds into a working `.node` file at once.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use crate::shell;

/// The SDK this binary was built next to; generated crates depend on it by path.
pub fn default_sdk_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cargo-rnode-addon lives inside addon-sdk/")
        .to_path_buf()
}

pub struct NewOptions {
    pub name: String,
    pub path: Option<PathBuf>,
    pub sdk_path: Option<PathBuf>,
}

pub fn run(options: &NewOptions) -> Result<()> {
    validate_name(&options.name)?;
    let dir = options
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(&options.name));
    if dir.exists() {
        bail!(
            "destination `{}` already exists; refusing to overwrite it",
            dir.display()
        );
    }
    let sdk = options.sdk_path.clone().unwrap_or_else(default_sdk_path);
    let sdk = sdk.canonicalize().with_context(|| {
        format!(
            "the rnode-addon SDK is not at {} (this cargo-rnode-addon was built from a checkout \
             that has moved); pass --sdk-path <dir of addon-sdk>",
            sdk.display()
        )
    })?;
    if !sdk.join("Cargo.toml").is_file() {
        bail!(
            "{} has no Cargo.toml; --sdk-path must name the addon-sdk directory",
            sdk.display()
        );
    }

    let files = [
        ("Cargo.toml", cargo_toml(&options.name, &sdk)),
        ("src/lib.rs", LIB_RS.to_owned()),
        (".gitignore", GITIGNORE.to_owned()),
    ];
    fs::create_dir_all(dir.join("src"))
        .with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, text) in files {
        let path = dir.join(name);
        fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    shell::status(
        "Created",
        &format!(
            "addon `{}` in {}; build it with `cargo rnode-addon build` in that directory",
            options.name,
            dir.display()
        ),
    );
    Ok(())
}

/// Cargo's package-name rules, checked up front so the user gets one clear message instead
/// of a manifest error on the first build.
fn validate_name(name: &str) -> Result<()> {
    const RESERVED: &[&str] = &[
        "as",
        "async",
        "await",
        "break",
        "const",
        "continue",
        "crate",
        "dyn",
        "else",
        "enum",
        "extern",
        "false",
        "fn",
        "for",
        "if",
        "impl",
        "in",
        "let",
        "loop",
        "match",
        "mod",
        "move",
        "mut",
        "pub",
        "ref",
        "return",
        "self",
        "Self",
        "static",
        "struct",
        "super",
        "trait",
        "true",
        "type",
        "unsafe",
        "use",
        "where",
        "while",
        "abstract",
        "become",
        "box",
        "do",
        "final",
        "gen",
        "macro",
        "override",
        "priv",
        "try",
        "typeof",
        "unsized",
        "virtual",
        "yield",
        "core",
        "std",
        "alloc",
        "proc_macro",
        "test",
    ];
    let Some(first) = name.chars().next() else {
        bail!("the addon name must not be empty");
    };
    if !(first.is_ascii_alphabetic() || first == '_') {
        bail!("invalid addon name `{name}`: it must start with an ASCII letter or `_`");
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        bail!(
            "invalid character `{bad}` in addon name `{name}`: use ASCII letters, digits, `-` and `_`"
        );
    }
    if RESERVED.contains(&name.replace('-', "_").as_str()) {
        bail!("the addon name `{name}` is a Rust keyword or reserved crate name");
    }
    Ok(())
}

fn cargo_toml(name: &str, sdk: &Path) -> String {
    format!(
        r#"[package]
name = "{name}"
version = "0.1.0"
edition = "2024"
publish = false

[lib]
# A cdylib is what Node.js loads: `cargo rnode-addon build` installs it as {lib}.node.
crate-type = ["cdylib"]
# A test executable would leave the napi_* symbols, which only the host process defines, unresolved:
# test the addon from JavaScript instead.
test = false
doctest = false

[dependencies]
rnode-addon = {{ path = {sdk} }}

# This crate is its own workspace so that it builds wherever it is created; remove this
# table to make it a member of an enclosing workspace instead.
[workspace]
"#,
        lib = name.replace('-', "_"),
        sdk = toml_string(&sdk.to_string_lossy()),
    )
}

fn toml_string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const LIB_RS: &str = r#"//! A Node-API addon: `cargo rnode-addon build` turns it into a .node file and its .d.ts.

use rnode_addon::prelude::*;

/// JS: `greet(name: string): string`
#[function]
fn greet(name: String) -> String {
    format!("Hello, {name}!")
}

/// JS: `add(a: number, b: number): number`
#[function]
fn add(a: f64, b: f64) -> f64 {
    a + b
}
"#;

const GITIGNORE: &str = "/target\n*.node\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_cargo_rules() {
        for ok in ["hello", "my-addon", "_x", "a1_b2"] {
            validate_name(ok).unwrap();
        }
        for (bad, why) in [
            ("", "must not be empty"),
            ("1abc", "must start with"),
            ("a b", "invalid character ` `"),
            ("fn", "keyword"),
            ("proc-macro", "reserved"),
        ] {
            let err = validate_name(bad).unwrap_err().to_string();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn sdk_path_is_escaped_for_toml() {
        assert_eq!(toml_string(r#"C:\a "b""#), r#""C:\\a \"b\"""#);
        let toml = cargo_toml("my-addon", Path::new("/x/addon-sdk"));
        assert!(toml.contains("name = \"my-addon\""));
        assert!(toml.contains("rnode-addon = { path = \"/x/addon-sdk\" }"));
        assert!(toml.contains("installs it as my_addon.node"));
        // `cargo test` in the new crate must not try to link a test executable against napi_*.
        assert!(toml.contains("test = false\ndoctest = false\n"));
    }

    #[test]
    fn default_sdk_path_is_the_sdk_crate() {
        let manifest = fs::read_to_string(default_sdk_path().join("Cargo.toml")).unwrap();
        assert!(manifest.contains("name = \"rnode-addon\""));
    }
}
