//! `cargo rnode-addon`: build Node-API addon crates into `.node` files with TypeScript
//! declarations, and scaffold new ones.

mod build;
mod scaffold;
mod shell;
mod typedefs;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cargo-rnode-addon",
    bin_name = "cargo rnode-addon",
    version,
    about = "Build Node-API addon crates into <name>.node and <name>.d.ts, or scaffold a new one"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile an addon crate and install <lib>.node and <lib>.d.ts
    Build(BuildArgs),
    /// Create a new addon crate that builds at once
    New(NewArgs),
}

#[derive(Args)]
struct BuildArgs {
    /// Workspace member to build (default: the package in the current directory)
    #[arg(short = 'p', long = "package", value_name = "SPEC")]
    package: Option<String>,
    /// Build with the release profile
    #[arg(short = 'r', long)]
    release: bool,
    /// Directory to install <lib>.node and <lib>.d.ts into (default: the package's directory)
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Directory for all generated artifacts (as cargo's --target-dir)
    #[arg(long, value_name = "DIR")]
    target_dir: Option<PathBuf>,
    /// Path to Cargo.toml
    #[arg(long, value_name = "PATH")]
    manifest_path: Option<PathBuf>,
    /// Space or comma separated list of features to activate
    #[arg(short = 'F', long, value_name = "FEATURES")]
    features: Vec<String>,
    /// Activate all available features
    #[arg(long)]
    all_features: bool,
    /// Do not activate the `default` feature
    #[arg(long)]
    no_default_features: bool,
    /// Further arguments for `cargo build`
    #[arg(last = true, value_name = "CARGO ARGS")]
    cargo_args: Vec<OsString>,
}

#[derive(Args)]
struct NewArgs {
    /// Package name of the addon (the .node file is named after it, with `-` as `_`)
    name: String,
    /// Directory to create (default: ./<name>); must not exist yet
    #[arg(long, value_name = "DIR")]
    path: Option<PathBuf>,
    /// The addon-sdk directory to depend on (default: the one this tool was built from)
    #[arg(long, value_name = "DIR")]
    sdk_path: Option<PathBuf>,
}

fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().collect();
    // Run as `cargo rnode-addon ...`, cargo passes the subcommand's own name first.
    if args.get(1).is_some_and(|arg| arg == "rnode-addon") {
        args.remove(1);
    }
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            // Help and version requests are not errors; usage mistakes exit 1 like our other errors.
            return if err.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Build(args) => build::run(&build::BuildOptions {
            package: args.package,
            release: args.release,
            out: args.out,
            target_dir: args.target_dir,
            manifest_path: args.manifest_path,
            features: args.features,
            all_features: args.all_features,
            no_default_features: args.no_default_features,
            cargo_args: args.cargo_args,
        }),
        Command::New(args) => scaffold::run(&scaffold::NewOptions {
            name: args.name,
            path: args.path,
            sdk_path: args.sdk_path,
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if let Some(build::CargoFailed(code)) = err.downcast_ref() {
                return ExitCode::from(u8::try_from(*code).unwrap_or(1));
            }
            shell::error(&format!("{err:#}"));
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn trailing_args_go_to_cargo() {
        let cli = Cli::try_parse_from([
            "cargo-rnode-addon",
            "build",
            "-p",
            "counter",
            "--release",
            "--out",
            "o",
            "-F",
            "a,b",
            "--",
            "--locked",
            "-v",
        ])
        .unwrap();
        let Command::Build(args) = cli.command else {
            panic!("not build")
        };
        assert_eq!(args.package.as_deref(), Some("counter"));
        assert!(args.release);
        assert_eq!(args.out, Some(PathBuf::from("o")));
        assert_eq!(args.features, vec!["a,b".to_owned()]);
        assert_eq!(
            args.cargo_args,
            vec![OsString::from("--locked"), OsString::from("-v")]
        );
    }
}
