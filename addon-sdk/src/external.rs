//! `External<T>`: a Rust value held by a JavaScript value, freed when that value is garbage-collected.

use crate::env::Env;
use crate::error::{Expected, Result};
use crate::sys;
use crate::value::{JsValue, ValueType, wrong_type};
use crate::{FromJs, ToJs, TypeName};
use std::any::TypeId;
use std::ffi::c_void;
use std::ops::Deref;
use std::ptr;

/// The heap cell behind every external this SDK creates; the header identifies `T` when it comes back.
#[repr(C)]
struct Cell<T> {
    type_id: TypeId,
    value: T,
}

/// Marks externals made by this SDK (Node-API 8 type tags), so a foreign external is rejected before its
/// data pointer is read.
#[cfg(feature = "napi8")]
const EXTERNAL_TAG: sys::napi_type_tag =
    crate::class::type_tag(concat!("rnode-addon external ", env!("CARGO_PKG_VERSION")));

/// A Rust value owned by a JavaScript value (TypeScript: `ExternalObject<T>`). Create one with
/// [`External::new`] and return it; receive it back as an argument to use the value (shared access: use
/// interior mutability to change it).
pub struct External<T: 'static> {
    inner: Inner<T>,
}

enum Inner<T> {
    Owned(Box<Cell<T>>),
    Js { value: JsValue, data: *const T },
}

impl<T: 'static> External<T> {
    pub fn new(value: T) -> Self {
        External {
            inner: Inner::Owned(Box::new(Cell {
                type_id: TypeId::of::<T>(),
                value,
            })),
        }
    }
}

impl<T: 'static> Deref for External<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match &self.inner {
            Inner::Owned(cell) => &cell.value,
            // SAFETY: `data` points into the cell kept alive by the JavaScript value of the current call.
            Inner::Js { data, .. } => unsafe { &**data },
        }
    }
}

unsafe extern "C" fn finalize<T: 'static>(
    _env: sys::napi_env,
    data: *mut c_void,
    _hint: *mut c_void,
) {
    // SAFETY: `data` is the cell leaked by `to_js`, finalized once.
    let cell = unsafe { Box::from_raw(data.cast::<Cell<T>>()) };
    // No caller to throw to: a panicking Drop is reported by the panic hook and otherwise ignored.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(cell)));
}

impl<T: 'static> TypeName for External<T> {
    const TS_TYPE: &'static str = "ExternalObject<unknown>";
    fn expected(out: &mut Expected) {
        out.other("an external value created by this addon");
    }
}

impl<T: 'static> FromJs for External<T> {
    fn from_js(value: JsValue) -> Result<Self> {
        let env = value.env();
        if value.value_type()? != ValueType::External {
            return Err(wrong_type::<Self>(value));
        }
        #[cfg(feature = "napi8")]
        {
            let mut tagged = false;
            // SAFETY: `value` is a live external.
            env.check(unsafe {
                sys::napi_check_object_type_tag(env.raw(), value.raw(), &EXTERNAL_TAG, &mut tagged)
            })?;
            if !tagged {
                return Err(wrong_type::<Self>(value));
            }
        }
        let mut data = ptr::null_mut();
        // SAFETY: `value` is an external.
        env.check(unsafe { sys::napi_get_value_external(env.raw(), value.raw(), &mut data) })?;
        let cell = data.cast::<Cell<T>>();
        // SAFETY: the external was made by this SDK (tag checked), so it points to a `Cell` whose header is a
        // `TypeId`; the value is only read once the id matches `T`.
        if data.is_null() || unsafe { (*cell).type_id } != TypeId::of::<T>() {
            return Err(wrong_type::<Self>(value));
        }
        Ok(External {
            // SAFETY: `cell` is a live `Cell<T>`.
            inner: Inner::Js {
                value,
                data: unsafe { &raw const (*cell).value },
            },
        })
    }
}

impl<T: 'static> ToJs for External<T> {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        match self.inner {
            Inner::Js { value, .. } => Ok(value),
            Inner::Owned(cell) => {
                let raw = Box::into_raw(cell);
                let mut out = ptr::null_mut();
                // SAFETY: ownership of `raw` passes to the finalizer on success.
                let status = unsafe {
                    sys::napi_create_external(
                        env.raw(),
                        raw.cast(),
                        Some(finalize::<T>),
                        ptr::null_mut(),
                        &mut out,
                    )
                };
                if status != sys::napi_ok {
                    // SAFETY: creation failed, so `raw` is still ours.
                    drop(unsafe { Box::from_raw(raw) });
                    env.check(status)?;
                }
                #[cfg(feature = "napi8")]
                // SAFETY: `out` is the new external, tagged once.
                env.check(unsafe { sys::napi_type_tag_object(env.raw(), out, &EXTERNAL_TAG) })?;
                Ok(JsValue::handle(*env, out))
            }
        }
    }
}
