//! The callback macros that turn a function table into code.

/// Invokes every family table with the same callback macro.
///
/// `for_each_table!(cb)` expands to `values_table!(cb); strings_table!(cb); ...`,
/// one callback invocation per family, so it is meant for item position
/// (declarations, definitions, checks).
#[macro_export]
macro_rules! for_each_table {
    ($($cb:tt)+) => {
        $crate::values_table!($($cb)+);
        $crate::strings_table!($($cb)+);
        $crate::objects_table!($($cb)+);
        $crate::functions_table!($($cb)+);
        $crate::classes_table!($($cb)+);
        $crate::errors_table!($($cb)+);
        $crate::scopes_table!($($cb)+);
        $crate::references_table!($($cb)+);
        $crate::buffers_table!($($cb)+);
        $crate::promises_table!($($cb)+);
        $crate::lifecycle_table!($($cb)+);
        $crate::async_work_table!($($cb)+);
        $crate::async_context_table!($($cb)+);
        $crate::threadsafe_table!($($cb)+);
    };
}

/// Table callback: declares the entries in an `unsafe extern "C"` block, each
/// behind the `napiN` feature of its version, with the version appended to
/// its docs.
#[macro_export]
macro_rules! declare_functions {
    ($( $(#[$doc:meta])* [$version:tt] fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)?; )*) => {
        unsafe extern "C" {
            $(
                $crate::__napi_gate! {
                    $version,
                    $(#[$doc])*
                    #[doc = ""]
                    #[doc = concat!(
                        "Node-API ", stringify!($version),
                        " (Cargo feature `napi", stringify!($version), "`)."
                    )]
                    pub fn $name($($arg: $ty),*) $(-> $ret)?;
                }
            )*
        }
    };
}

/// Table callback: a `&'static [FunctionSignature]` expression describing
/// every entry, whatever the enabled features.
#[macro_export]
macro_rules! function_signatures {
    ($( $(#[$doc:meta])* [$version:tt] fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)?; )*) => {
        &[$(
            $crate::FunctionSignature {
                name: stringify!($name),
                version: $version,
                params: &[$((stringify!($arg), stringify!($ty))),*],
                ret: $crate::__napi_ret!($($ret)?),
            }
        ),*]
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __napi_ret {
    () => {
        "()"
    };
    ($ret:ty) => {
        stringify!($ret)
    };
}

// `cfg` needs a string literal, which a macro cannot build from `$version`:
// one arm per version instead.
#[doc(hidden)]
#[macro_export]
macro_rules! __napi_gate {
    (1, $($item:tt)*) => { #[cfg(feature = "napi1")] $($item)* };
    (2, $($item:tt)*) => { #[cfg(feature = "napi2")] $($item)* };
    (3, $($item:tt)*) => { #[cfg(feature = "napi3")] $($item)* };
    (4, $($item:tt)*) => { #[cfg(feature = "napi4")] $($item)* };
    (5, $($item:tt)*) => { #[cfg(feature = "napi5")] $($item)* };
    (6, $($item:tt)*) => { #[cfg(feature = "napi6")] $($item)* };
    (7, $($item:tt)*) => { #[cfg(feature = "napi7")] $($item)* };
    (8, $($item:tt)*) => { #[cfg(feature = "napi8")] $($item)* };
    (9, $($item:tt)*) => { #[cfg(feature = "napi9")] $($item)* };
    (10, $($item:tt)*) => { #[cfg(feature = "napi10")] $($item)* };
}
