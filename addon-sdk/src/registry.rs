//! The export table and the module entry points Node.js looks up in a `.node` file.

use crate::Object;
use crate::class::{ClassDef, MembersDef};
use crate::env::Env;
use crate::error::{Error, Result};
use crate::sys;
use crate::value::JsValue;
use std::collections::HashSet;
use std::ffi::CStr;

/// A Node-API callback as generated code defines it.
pub type RawCallback =
    unsafe extern "C" fn(sys::napi_env, sys::napi_callback_info) -> sys::napi_value;

/// The `#[module]` init hook.
pub type ModuleInit = fn(&Env, Object) -> Result<()>;

/// Every exported item, one entry per macro expansion (a `linkme` distributed slice: no hand-kept list).
#[linkme::distributed_slice]
pub static EXPORTS: [Export];

/// One entry of `EXPORTS`: what to register, and the item's TypeScript record (see [`crate::typedefs`]),
/// referenced here so the linker keeps it.
pub struct Export {
    kind: ExportKind,
    typedef: &'static [u8],
}

enum ExportKind {
    Function(&'static CStr, RawCallback),
    Class(&'static ClassDef),
    Members(&'static MembersDef),
    Enum(&'static EnumDef),
    TypedefOnly,
    Module(ModuleInit),
}

/// A `#[js_enum]`: the names and values of its constants.
pub struct EnumDef {
    pub name: &'static CStr,
    pub names: &'static [&'static CStr],
    pub values: &'static [EnumValue],
}

#[derive(Clone, Copy, Debug)]
pub enum EnumValue {
    Int(i64),
    Str(&'static str),
}

impl Export {
    pub const fn function(
        name: &'static CStr,
        callback: RawCallback,
        typedef: &'static [u8],
    ) -> Export {
        Export {
            kind: ExportKind::Function(name, callback),
            typedef,
        }
    }

    pub const fn class(def: &'static ClassDef, typedef: &'static [u8]) -> Export {
        Export {
            kind: ExportKind::Class(def),
            typedef,
        }
    }

    pub const fn members(def: &'static MembersDef, typedef: &'static [u8]) -> Export {
        Export {
            kind: ExportKind::Members(def),
            typedef,
        }
    }

    pub const fn enumeration(def: &'static EnumDef, typedef: &'static [u8]) -> Export {
        Export {
            kind: ExportKind::Enum(def),
            typedef,
        }
    }

    /// An item that only contributes a TypeScript record (`#[object]`).
    pub const fn typedef_only(typedef: &'static [u8]) -> Export {
        Export {
            kind: ExportKind::TypedefOnly,
            typedef,
        }
    }

    pub const fn module(init: ModuleInit) -> Export {
        Export {
            kind: ExportKind::Module(init),
            typedef: &[],
        }
    }

    /// The item's TypeScript record (one JSON line), empty for the init hook.
    pub fn typedef(&self) -> &'static [u8] {
        self.typedef
    }
}

/// Registers everything in [`EXPORTS`] on `exports`: functions, classes, enums, then the `#[module]` hook.
fn register(env: &Env, exports: Object) -> Result<()> {
    crate::state::register(env)?;
    let mut names = HashSet::new();
    let mut claim = |name: &'static CStr| -> Result<()> {
        if names.insert(name) {
            Ok(())
        } else {
            Err(Error::new(format!(
                "the addon exports `{}` twice",
                name.to_string_lossy()
            )))
        }
    };
    for export in EXPORTS.iter() {
        if let ExportKind::Function(name, callback) = export.kind {
            claim(name)?;
            let mut f = std::ptr::null_mut();
            // SAFETY: `name` is a static C string and `callback` a Node-API callback.
            env.check(unsafe {
                sys::napi_create_function(
                    env.raw(),
                    name.as_ptr(),
                    sys::NAPI_AUTO_LENGTH,
                    Some(callback),
                    std::ptr::null_mut(),
                    &mut f,
                )
            })?;
            exports.set_named(name, JsValue::handle(*env, f))?;
        }
    }
    let blocks: Vec<&MembersDef> = EXPORTS
        .iter()
        .filter_map(|e| match e.kind {
            ExportKind::Members(m) => Some(m),
            _ => None,
        })
        .collect();
    let mut used = vec![false; blocks.len()];
    for export in EXPORTS.iter() {
        if let ExportKind::Class(def) = export.kind {
            claim(def.name)?;
            let id = (def.type_id)();
            let mine: Vec<&MembersDef> = blocks
                .iter()
                .zip(used.iter_mut())
                .filter(|(b, _)| (b.owner)() == id)
                .map(|(b, u)| {
                    *u = true;
                    *b
                })
                .collect();
            crate::class::define(env, &exports, def, &mine)?;
        }
    }
    if used.iter().any(|u| !u) {
        return Err(Error::new(
            "a #[methods] block belongs to a type that has no #[class]",
        ));
    }
    for export in EXPORTS.iter() {
        if let ExportKind::Enum(def) = export.kind {
            claim(def.name)?;
            let object = Object::new(env)?;
            for (name, value) in def.names.iter().zip(def.values) {
                match *value {
                    EnumValue::Int(n) => object.set_named(name, n as f64)?,
                    EnumValue::Str(s) => object.set_named(name, s)?,
                }
            }
            freeze(&object)?;
            exports.set_named(def.name, object)?;
        }
    }
    let mut hooks = EXPORTS.iter().filter_map(|e| match e.kind {
        ExportKind::Module(init) => Some(init),
        _ => None,
    });
    if let Some(init) = hooks.next() {
        if hooks.next().is_some() {
            return Err(Error::new(
                "the addon has more than one #[module] init hook",
            ));
        }
        init(env, exports)?;
    }
    Ok(())
}

#[cfg(feature = "napi8")]
fn freeze(object: &Object) -> Result<()> {
    object.freeze()
}

#[cfg(not(feature = "napi8"))]
fn freeze(_object: &Object) -> Result<()> {
    Ok(())
}

/// The entry point Node.js calls when the addon is loaded (once per env).
///
/// # Safety
/// Called by the host with a live env and its `exports` object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn napi_register_module_v1(
    env: sys::napi_env,
    exports: sys::napi_value,
) -> sys::napi_value {
    // SAFETY: the host passes the live env of the loading realm.
    let env = unsafe { Env::from_raw(env) };
    let exports_object = Object::handle(env, exports);
    match std::panic::catch_unwind(|| register(&env, exports_object)) {
        Ok(Ok(())) => exports,
        Ok(Err(e)) => {
            e.throw(&env);
            std::ptr::null_mut()
        }
        Err(payload) => {
            Error::from_panic(payload).throw(&env);
            std::ptr::null_mut()
        }
    }
}

/// Tells the host which Node-API version the addon was built for (the highest enabled `napiN` feature).
#[unsafe(no_mangle)]
pub extern "C" fn node_api_module_get_api_version_v1() -> i32 {
    sys::NAPI_VERSION as i32
}
