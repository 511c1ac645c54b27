//! `Object`: a handle to a JavaScript object, with property access.

use crate::env::Env;
#[cfg(feature = "napi5")]
use crate::error::Error;
use crate::error::{Expected, Result};
use crate::sys;
use crate::value::{JsValue, ValueType, wrong_type};
use crate::{FromJs, ToJs, TypeName};
use std::ffi::CStr;
use std::ptr;

/// `napi_has_property`, `napi_has_own_property` and `napi_delete_property`.
type KeyQuery = unsafe extern "C" fn(
    sys::napi_env,
    sys::napi_value,
    sys::napi_value,
    *mut bool,
) -> sys::napi_status;

/// A handle to a JavaScript object (functions, arrays and class instances are objects too). Valid during
/// the current call, like [`JsValue`].
#[derive(Clone, Copy, Debug)]
pub struct Object {
    value: JsValue,
}

impl Object {
    /// A new empty object (`{}`).
    pub fn new(env: &Env) -> Result<Object> {
        let mut out = ptr::null_mut();
        // SAFETY: `env` is the live env.
        env.check(unsafe { sys::napi_create_object(env.raw(), &mut out) })?;
        Ok(Object::handle(*env, out))
    }

    /// Wraps a raw handle.
    ///
    /// # Safety
    /// `raw` must be a live handle of `env` whose value is an object or a function.
    pub unsafe fn from_raw(env: Env, raw: sys::napi_value) -> Object {
        Object::handle(env, raw)
    }

    pub(crate) fn handle(env: Env, raw: sys::napi_value) -> Object {
        Object {
            value: JsValue::handle(env, raw),
        }
    }

    pub fn env(&self) -> Env {
        self.value.env()
    }

    pub fn raw(&self) -> sys::napi_value {
        self.value.raw()
    }

    /// This object as a [`JsValue`].
    pub fn as_value(&self) -> JsValue {
        self.value
    }

    fn key(&self, key: &str) -> Result<JsValue> {
        self.env().create_string(key)
    }

    /// `object[key]` converted to `T`; a conversion error names the property.
    pub fn get<T: FromJs>(&self, key: &str) -> Result<T> {
        let env = self.env();
        let key_value = self.key(key)?;
        let mut out = ptr::null_mut();
        // SAFETY: all handles are live in `env`.
        env.check(unsafe {
            sys::napi_get_property(env.raw(), self.raw(), key_value.raw(), &mut out)
        })?;
        T::from_js(JsValue::handle(env, out)).map_err(|e| e.at(key.to_owned()))
    }

    /// `object[key] = value`.
    pub fn set<V: ToJs>(&self, key: &str, value: V) -> Result<()> {
        let env = self.env();
        let key_value = self.key(key)?;
        let value = value.to_js(&env)?;
        // SAFETY: all handles are live in `env`.
        env.check(unsafe {
            sys::napi_set_property(env.raw(), self.raw(), key_value.raw(), value.raw())
        })
    }

    /// `object[key]` for a key given as a C string (what generated code uses: no allocation).
    pub fn get_named<T: FromJs>(&self, key: &CStr) -> Result<T> {
        let env = self.env();
        let mut out = ptr::null_mut();
        // SAFETY: `key` is NUL-terminated; the handles are live.
        env.check(unsafe {
            sys::napi_get_named_property(env.raw(), self.raw(), key.as_ptr(), &mut out)
        })?;
        T::from_js(JsValue::handle(env, out))
    }

    /// `object[key] = value` for a C-string key.
    pub fn set_named<V: ToJs>(&self, key: &CStr, value: V) -> Result<()> {
        let env = self.env();
        let value = value.to_js(&env)?;
        // SAFETY: `key` is NUL-terminated; the handles are live.
        env.check(unsafe {
            sys::napi_set_named_property(env.raw(), self.raw(), key.as_ptr(), value.raw())
        })
    }

    /// `key in object`.
    pub fn has(&self, key: &str) -> Result<bool> {
        self.key_query(key, sys::napi_has_property)
    }

    /// `Object.hasOwn(object, key)`.
    pub fn has_own(&self, key: &str) -> Result<bool> {
        self.key_query(key, sys::napi_has_own_property)
    }

    /// `delete object[key]`; whether the property is gone.
    pub fn delete(&self, key: &str) -> Result<bool> {
        self.key_query(key, sys::napi_delete_property)
    }

    /// Calls one of the Node-API property functions that take a key and answer a bool.
    fn key_query(&self, key: &str, query: KeyQuery) -> Result<bool> {
        let env = self.env();
        let key_value = self.key(key)?;
        let mut out = false;
        // SAFETY: `query` is a Node-API function of this signature; the handles are live.
        env.check(unsafe { query(env.raw(), self.raw(), key_value.raw(), &mut out) })?;
        Ok(out)
    }

    /// `Object.keys(object)`: own enumerable string keys.
    #[cfg(feature = "napi6")]
    pub fn keys(&self) -> Result<Vec<String>> {
        let env = self.env();
        let mut names = ptr::null_mut();
        // SAFETY: the handles are live.
        env.check(unsafe {
            sys::napi_get_all_property_names(
                env.raw(),
                self.raw(),
                sys::napi_key_own_only,
                sys::napi_key_enumerable | sys::napi_key_skip_symbols,
                sys::napi_key_numbers_to_strings,
                &mut names,
            )
        })?;
        Vec::<String>::from_js(JsValue::handle(env, names))
    }

    /// The enumerable string keys, own and inherited (`for (k in object)`); Node-API before version 6 has no
    /// own-keys query.
    #[cfg(not(feature = "napi6"))]
    pub fn keys(&self) -> Result<Vec<String>> {
        let env = self.env();
        let mut names = ptr::null_mut();
        // SAFETY: the handles are live.
        env.check(unsafe { sys::napi_get_property_names(env.raw(), self.raw(), &mut names) })?;
        Vec::<String>::from_js(JsValue::handle(env, names))
    }

    /// `Object.freeze(object)`.
    #[cfg(feature = "napi8")]
    pub fn freeze(&self) -> Result<()> {
        // SAFETY: the handle is live.
        self.env()
            .check(unsafe { sys::napi_object_freeze(self.env().raw(), self.raw()) })
    }

    /// `Object.seal(object)`.
    #[cfg(feature = "napi8")]
    pub fn seal(&self) -> Result<()> {
        // SAFETY: the handle is live.
        self.env()
            .check(unsafe { sys::napi_object_seal(self.env().raw(), self.raw()) })
    }

    /// Runs `finalizer` once the object is garbage-collected (or the env shuts down).
    #[cfg(feature = "napi5")]
    pub fn add_finalizer(&self, finalizer: impl FnOnce() + 'static) -> Result<()> {
        let data = Box::into_raw(Box::new(Box::new(finalizer) as Box<dyn FnOnce()>));
        let env = self.env();
        // SAFETY: `data` is handed to the finalizer, which frees it exactly once.
        let status = unsafe {
            sys::napi_add_finalizer(
                env.raw(),
                self.raw(),
                data.cast(),
                Some(run_finalizer),
                ptr::null_mut(),
                ptr::null_mut(),
            )
        };
        if status != sys::napi_ok {
            // SAFETY: the finalizer was not registered, so `data` is still ours.
            drop(unsafe { Box::from_raw(data) });
            return Err(Error::from_status(&env, status));
        }
        Ok(())
    }
}

#[cfg(feature = "napi5")]
unsafe extern "C" fn run_finalizer(
    _env: sys::napi_env,
    data: *mut std::ffi::c_void,
    _hint: *mut std::ffi::c_void,
) {
    // SAFETY: `data` is the box registered by `add_finalizer`; Node-API runs the finalizer once.
    let f = unsafe { Box::from_raw(data.cast::<Box<dyn FnOnce()>>()) };
    // A finalizer has no caller to throw to: a panic is reported by the panic hook and does not abort.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
}

impl TypeName for Object {
    const TS_TYPE: &'static str = "object";
    fn expected(out: &mut Expected) {
        out.type_name("object");
    }
}

/// Accepts objects and functions (`typeof` is `"object"` or `"function"`, not `null`).
impl FromJs for Object {
    #[inline]
    fn from_js(value: JsValue) -> Result<Self> {
        match value.value_type()? {
            ValueType::Object | ValueType::Function => Ok(Object { value }),
            _ => Err(wrong_type::<Object>(value)),
        }
    }
}

impl ToJs for Object {
    #[inline]
    fn to_js(self, _env: &Env) -> Result<JsValue> {
        Ok(self.value)
    }
}

impl From<Object> for JsValue {
    fn from(o: Object) -> JsValue {
        o.value
    }
}

/// The JavaScript `this` of a method call (for a static method: the class constructor). Take it as a
/// parameter `this: This` (any value) or `this: This<Object>` (converted like an argument, so a wrong `this`
/// is a `TypeError`) in a `#[methods]` fn.
#[derive(Clone, Copy, Debug)]
pub struct This<T = JsValue>(pub T);

impl<T: FromJs> This<T> {
    /// Wraps the `this` of the current call, converted to `T`.
    ///
    /// # Safety
    /// `raw` must be the live `this` handle of the current call in `env`.
    pub unsafe fn from_raw(env: Env, raw: sys::napi_value) -> Result<This<T>> {
        T::from_js(JsValue::handle(env, raw))
            .map(This)
            .map_err(|e| e.at("this"))
    }
}

impl This<JsValue> {
    /// `this` as an object.
    pub fn object(&self) -> Result<Object> {
        Object::from_js(self.0)
    }
}

impl<T> std::ops::Deref for This<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
