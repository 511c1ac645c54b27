//! `Ref`: keeping a JavaScript value beyond the current call.

use crate::env::Env;
use crate::error::Result;
use crate::sys;
use crate::value::JsValue;
use crate::{FromJs, ToJs};
use std::marker::PhantomData;
use std::ptr;

/// A reference to a JavaScript value that outlives the current call. A strong reference keeps the value
/// alive; a weak one does not, and [`Ref::get`] then returns `None` once it is collected. Before
/// Node-API 10, only objects, functions and symbols can be referenced.
///
/// Use and drop it on the JavaScript thread of its env (it is not `Send`); dropping deletes the reference.
pub struct Ref<T = JsValue> {
    env: Env,
    raw: sys::napi_ref,
    _type: PhantomData<fn() -> T>,
}

impl<T: FromJs> Ref<T> {
    /// A strong reference to `value`.
    pub fn new(env: &Env, value: impl ToJs) -> Result<Self> {
        Self::with_count(env, value, 1)
    }

    /// A weak reference to `value`.
    pub fn weak(env: &Env, value: impl ToJs) -> Result<Self> {
        Self::with_count(env, value, 0)
    }

    fn with_count(env: &Env, value: impl ToJs, count: u32) -> Result<Self> {
        let value = value.to_js(env)?;
        let mut raw = ptr::null_mut();
        // SAFETY: `value` is a live handle of `env`.
        env.check(unsafe { sys::napi_create_reference(env.raw(), value.raw(), count, &mut raw) })?;
        Ok(Ref {
            env: *env,
            raw,
            _type: PhantomData,
        })
    }

    /// The value, or `None` if it was weak and has been collected.
    pub fn get(&self) -> Result<Option<T>> {
        let mut value = ptr::null_mut();
        // SAFETY: `raw` is a live reference of `env`.
        self.env.check(unsafe {
            sys::napi_get_reference_value(self.env.raw(), self.raw, &mut value)
        })?;
        if value.is_null() {
            return Ok(None);
        }
        T::from_js(JsValue::handle(self.env, value)).map(Some)
    }

    /// Makes the reference strong (again); returns the new count.
    pub fn upgrade(&self) -> Result<u32> {
        let mut count = 0;
        // SAFETY: `raw` is a live reference of `env`.
        self.env
            .check(unsafe { sys::napi_reference_ref(self.env.raw(), self.raw, &mut count) })?;
        Ok(count)
    }

    /// Lowers the count by one (at 0 the reference is weak); returns the new count.
    pub fn downgrade(&self) -> Result<u32> {
        let mut count = 0;
        // SAFETY: `raw` is a live reference of `env`.
        self.env
            .check(unsafe { sys::napi_reference_unref(self.env.raw(), self.raw, &mut count) })?;
        Ok(count)
    }
}

impl<T> Drop for Ref<T> {
    fn drop(&mut self) {
        // SAFETY: `Ref` is not `Send`, so this runs on the env's thread; the reference is deleted once.
        unsafe { sys::napi_delete_reference(self.env.raw(), self.raw) };
    }
}
