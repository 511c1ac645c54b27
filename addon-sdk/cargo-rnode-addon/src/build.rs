//! `cargo rnode-addon build`: compile an addon crate and install `<lib>.node` and `<lib>.d.ts`.

use std::ffi::OsString;
use std::fs;
use std::io::{BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context as _, Result, anyhow};
use cargo_metadata::{Message, Metadata, MetadataCommand, Package, TargetKind};

use crate::{shell, typedefs};

/// cargo's exit code, passed on unchanged when the build itself fails
/// (cargo has already printed the diagnostics).
#[derive(Debug)]
pub struct CargoFailed(pub i32);

impl std::fmt::Display for CargoFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cargo exited with code {}", self.0)
    }
}

impl std::error::Error for CargoFailed {}

#[derive(Debug, Default)]
pub struct BuildOptions {
    pub package: Option<String>,
    pub release: bool,
    pub out: Option<PathBuf>,
    pub target_dir: Option<PathBuf>,
    pub manifest_path: Option<PathBuf>,
    pub features: Vec<String>,
    pub all_features: bool,
    pub no_default_features: bool,
    pub cargo_args: Vec<OsString>,
}

pub fn cargo_program() -> OsString {
    // cargo tells its subcommands which cargo runs them; honour that toolchain.
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

pub fn run(options: &BuildOptions) -> Result<()> {
    let mut metadata_cmd = MetadataCommand::new();
    metadata_cmd.cargo_path(cargo_program()).no_deps();
    if let Some(path) = &options.manifest_path {
        metadata_cmd.manifest_path(path);
    }
    let metadata = metadata_cmd.exec().map_err(|err| match err {
        // cargo's own message ("could not find `Cargo.toml` ...") says it best.
        cargo_metadata::Error::CargoMetadata { stderr } => {
            let message = stderr.trim();
            anyhow!("{}", message.strip_prefix("error: ").unwrap_or(message))
        }
        other => anyhow!(other).context("`cargo metadata` failed"),
    })?;
    let package = select_package(&metadata, options)?;
    let lib_name = cdylib_name(package)?;

    let artifact = compile(package, options)?;
    let library = fs::read(&artifact).with_context(|| format!("cannot read {artifact}"))?;

    let out_dir = match &options.out {
        Some(dir) => dir.clone(),
        None => package
            .manifest_path
            .parent()
            .context("package manifest has no parent directory")?
            .into(),
    };
    fs::create_dir_all(&out_dir)
        .with_context(|| format!("cannot create output directory {}", out_dir.display()))?;
    let out_dir = out_dir.canonicalize().unwrap_or(out_dir);

    let node_file = format!("{lib_name}.node");
    let dts_file = format!("{lib_name}.d.ts");
    // Render before installing anything, so bad records leave the previous pair untouched.
    let dts = match typedefs::section_bytes(&library)
        .with_context(|| format!("cannot read TypeScript records from {artifact}"))?
    {
        Some(section) => Some(
            typedefs::parse_records(&section)
                .and_then(|records| typedefs::render(&records))
                .with_context(|| format!("cannot generate {dts_file} from {artifact}"))?,
        ),
        None => None,
    };

    install_atomically(&out_dir, &node_file, &library)?;
    match dts {
        Some(text) => {
            install_atomically(&out_dir, &dts_file, text.as_bytes())?;
            shell::status(
                "Installed",
                &format!("{node_file}, {dts_file} in {}", out_dir.display()),
            );
        }
        None => {
            remove_stale_dts(&out_dir.join(&dts_file))?;
            shell::warning(&format!(
                "{artifact} carries no TypeScript records (it exports nothing through rnode-addon); \
                 {dts_file} not written"
            ));
            shell::status(
                "Installed",
                &format!("{node_file} in {}", out_dir.display()),
            );
        }
    }
    Ok(())
}

fn select_package<'m>(metadata: &'m Metadata, options: &BuildOptions) -> Result<&'m Package> {
    let members = metadata.workspace_packages();
    let member_names = || {
        let mut names: Vec<&str> = members.iter().map(|p| p.name.as_str()).collect();
        names.sort_unstable();
        names.join(", ")
    };
    if let Some(name) = &options.package {
        return members
            .iter()
            .copied()
            .find(|p| p.name == *name)
            .ok_or_else(|| {
                anyhow!(
                    "package `{name}` is not a member of the workspace (members: {})",
                    member_names()
                )
            });
    }
    let manifest = match &options.manifest_path {
        Some(path) => path.clone(),
        None => find_manifest(&std::env::current_dir()?)?,
    };
    let manifest = manifest.canonicalize().unwrap_or(manifest);
    members
        .iter()
        .copied()
        .find(|p| p.manifest_path.as_std_path() == manifest)
        .ok_or_else(|| {
            anyhow!(
                "{} is a virtual manifest; choose the addon with `-p <package>` (members: {})",
                manifest.display(),
                member_names()
            )
        })
}

/// The manifest cargo itself would use here: the nearest `Cargo.toml` upwards.
fn find_manifest(start: &Path) -> Result<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join("Cargo.toml"))
        .find(|path| path.is_file())
        .ok_or_else(|| {
            anyhow!(
                "could not find `Cargo.toml` in `{}` or any parent directory",
                start.display()
            )
        })
}

/// The library name of the package's cdylib target, i.e. the stem of the installed files.
pub fn cdylib_name(package: &Package) -> Result<String> {
    package
        .targets
        .iter()
        .find(|t| t.kind.contains(&TargetKind::CDyLib))
        .map(|t| t.name.replace('-', "_"))
        .ok_or_else(|| {
            anyhow!(
                "package `{}` has no cdylib target, so there is no library to load as a .node file; \
                 add this to {}:\n\n[lib]\ncrate-type = [\"cdylib\"]",
                package.name,
                package.manifest_path
            )
        })
}

/// Runs cargo and returns the path of the cdylib it produced for `package`.
fn compile(
    package: &Package,
    options: &BuildOptions,
) -> Result<cargo_metadata::camino::Utf8PathBuf> {
    let mut cmd = Command::new(cargo_program());
    // A cdylib leaves the napi_* symbols undefined for the host to provide. ELF linkers allow
    // that by default; Apple's ld needs to be told, and `cargo rustc` scopes the flag to this
    // crate (RUSTFLAGS would rebuild every dependency with it).
    let macos = cfg!(target_os = "macos");
    cmd.arg(if macos { "rustc" } else { "build" });
    cmd.args(["--lib", "--message-format=json-render-diagnostics"]);
    cmd.arg("--manifest-path")
        .arg(package.manifest_path.as_std_path());
    cmd.args(["-p", &package.name]);
    if options.release {
        cmd.arg("--release");
    }
    if let Some(dir) = &options.target_dir {
        cmd.arg("--target-dir").arg(dir);
    }
    for features in &options.features {
        cmd.args(["--features", features]);
    }
    if options.all_features {
        cmd.arg("--all-features");
    }
    if options.no_default_features {
        cmd.arg("--no-default-features");
    }
    cmd.args(&options.cargo_args);
    if macos {
        cmd.args([
            "--",
            "-C",
            "link-arg=-undefined",
            "-C",
            "link-arg=dynamic_lookup",
        ]);
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::inherit());

    let mut child = cmd
        .spawn()
        .with_context(|| format!("cannot run {}", cargo_program().to_string_lossy()))?;
    let stdout = child
        .stdout
        .take()
        .context("cargo's stdout was not captured")?;
    let mut found = Vec::new();
    for message in Message::parse_stream(BufReader::new(stdout)) {
        match message.context("cannot read cargo's output")? {
            Message::CompilerArtifact(artifact)
                if artifact.package_id == package.id
                    && artifact.target.kind.contains(&TargetKind::CDyLib) =>
            {
                found = artifact.filenames;
            }
            // Anything that is not a JSON message (a build script writing to stdout) is the
            // user's, so it goes where it would have gone without us.
            Message::TextLine(line) => {
                let _ = writeln!(std::io::stdout(), "{line}");
            }
            _ => {}
        }
    }
    let status = child.wait().context("cannot wait for cargo")?;
    if !status.success() {
        return Err(CargoFailed(status.code().unwrap_or(1)).into());
    }
    pick_library(&found).ok_or_else(|| {
        anyhow!(
            "cargo finished, but reported no cdylib for package `{}` (files: {:?})",
            package.name,
            found
        )
    })
}

/// A cdylib artifact can list several files (on Windows also the import library); the
/// loadable one has the platform's dynamic library extension, or another's when cross-compiling.
fn pick_library(
    files: &[cargo_metadata::camino::Utf8PathBuf],
) -> Option<cargo_metadata::camino::Utf8PathBuf> {
    let native = std::env::consts::DLL_EXTENSION;
    let any = ["so", "dylib", "dll"];
    files
        .iter()
        .find(|f| f.extension() == Some(native))
        .or_else(|| {
            files
                .iter()
                .find(|f| f.extension().is_some_and(|e| any.contains(&e)))
        })
        .cloned()
}

/// Writes to a temporary file in the same directory and renames it over the target, so a
/// process loading the addon never sees a half-written file.
pub fn install_atomically(dir: &Path, file_name: &str, contents: &[u8]) -> Result<()> {
    let target = dir.join(file_name);
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut file = fs::File::create(&temp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        fs::rename(&temp, &target)
    };
    write().map_err(|err| {
        let _ = fs::remove_file(&temp);
        anyhow!(err).context(format!("cannot install {}", target.display()))
    })
}

/// A previous build's declarations would describe exports that are gone; only a file we
/// generated (recognised by its header) is removed.
fn remove_stale_dts(path: &Path) -> Result<()> {
    match fs::read_to_string(path) {
        Ok(text) if text.starts_with(typedefs::HEADER) => {
            fs::remove_file(path).with_context(|| format!("cannot remove stale {}", path.display()))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cargo_metadata::camino::Utf8PathBuf;

    #[test]
    fn picks_the_loadable_library() {
        let files: Vec<Utf8PathBuf> =
            vec!["t/libx.dll.lib".into(), "t/x.pdb".into(), "t/x.dll".into()];
        assert_eq!(pick_library(&files), Some("t/x.dll".into()));
        let files: Vec<Utf8PathBuf> = vec!["t/libx.so".into()];
        assert_eq!(pick_library(&files), Some("t/libx.so".into()));
        assert_eq!(pick_library(&["t/libx.rlib".into()]), None);
    }

    #[test]
    fn installs_over_an_existing_file_and_leaves_no_temp() {
        let dir = std::env::temp_dir().join(format!("rnode-addon-install-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        install_atomically(&dir, "a.node", b"one").unwrap();
        install_atomically(&dir, "a.node", b"two").unwrap();
        assert_eq!(fs::read(dir.join("a.node")).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![OsString::from("a.node")]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn stale_dts_removed_only_if_generated() {
        let dir = std::env::temp_dir().join(format!("rnode-addon-stale-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let ours = dir.join("a.d.ts");
        fs::write(
            &ours,
            format!(
                "{}\n\nexport declare function f(): void;\n",
                typedefs::HEADER
            ),
        )
        .unwrap();
        remove_stale_dts(&ours).unwrap();
        assert!(!ours.exists());
        let users = dir.join("b.d.ts");
        fs::write(&users, "export declare function handwritten(): void;\n").unwrap();
        remove_stale_dts(&users).unwrap();
        assert!(users.exists());
        fs::remove_dir_all(&dir).unwrap();
    }
}
