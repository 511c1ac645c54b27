//! Promises created in Rust and settled on the JavaScript thread.

use crate::env::Env;
use crate::error::{Error, Expected, Result};
use crate::sys;
use crate::value::{JsValue, wrong_type};
use crate::{FromJs, ToJs, TypeName};
use std::marker::PhantomData;
use std::ptr;

/// A handle to a JavaScript `Promise` that resolves to a `T` (the type is for TypeScript and for the
/// paired [`Deferred`]).
pub struct Promise<T = JsValue> {
    value: JsValue,
    _type: PhantomData<fn() -> T>,
}

impl<T> Clone for Promise<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Promise<T> {}

/// The resolving side of a [`Promise`]. Settle it on the JavaScript thread with [`Deferred::resolve`] or
/// [`Deferred::reject`]; dropped unsettled, it rejects the promise so JavaScript never waits forever.
pub struct Deferred<T = JsValue> {
    env: Env,
    raw: sys::napi_deferred,
    _type: PhantomData<fn(T)>,
}

impl<T> Promise<T> {
    /// A new pending promise and its resolver.
    pub fn new(env: &Env) -> Result<(Deferred<T>, Promise<T>)> {
        let mut deferred = ptr::null_mut();
        let mut promise = ptr::null_mut();
        // SAFETY: `env` is the live env.
        env.check(unsafe { sys::napi_create_promise(env.raw(), &mut deferred, &mut promise) })?;
        Ok((
            Deferred {
                env: *env,
                raw: deferred,
                _type: PhantomData,
            },
            Promise {
                value: JsValue::handle(*env, promise),
                _type: PhantomData,
            },
        ))
    }

    /// The promise as a [`JsValue`].
    pub fn as_value(&self) -> JsValue {
        self.value
    }

    /// The same promise, typed as resolving to a `U`.
    pub(crate) fn cast<U>(self) -> Promise<U> {
        Promise {
            value: self.value,
            _type: PhantomData,
        }
    }
}

impl<T: ToJs> Deferred<T> {
    /// Fulfils the promise with `value`; if the conversion fails, rejects it with the conversion error.
    pub fn resolve(self, value: T) -> Result<()> {
        match value.to_js(&self.env) {
            Ok(v) => self.settle_value(v, true),
            Err(e) => self.reject(e),
        }
    }

    /// Resolves with `Ok`, rejects with `Err`.
    pub fn settle(self, result: Result<T>) -> Result<()> {
        match result {
            Ok(v) => self.resolve(v),
            Err(e) => self.reject(e),
        }
    }
}

impl<T> Deferred<T> {
    /// Rejects the promise with `error` (as an `Error` object, or the JavaScript value it carries).
    pub fn reject(self, error: Error) -> Result<()> {
        let value = error.to_js(&self.env)?;
        self.settle_value(value, false)
    }

    /// Rejects the promise with any JavaScript value.
    pub fn reject_value(self, value: JsValue) -> Result<()> {
        self.settle_value(value, false)
    }

    fn settle_value(self, value: JsValue, fulfil: bool) -> Result<()> {
        let this = std::mem::ManuallyDrop::new(self);
        let env = this.env;
        // SAFETY: `raw` is an unsettled deferred of `env` (settling consumes `self`, so it happens once).
        env.check(unsafe {
            if fulfil {
                sys::napi_resolve_deferred(env.raw(), this.raw, value.raw())
            } else {
                sys::napi_reject_deferred(env.raw(), this.raw, value.raw())
            }
        })
    }
}

impl<T> Drop for Deferred<T> {
    fn drop(&mut self) {
        let error = Error::new("the promise was dropped by the addon without being settled")
            .with_code("ERR_RUST_PROMISE_DROPPED");
        if let Ok(value) = error.to_js(&self.env) {
            // SAFETY: `raw` is unsettled (settling forgets `self`), and `Deferred` is not `Send`, so this runs on
            // the JavaScript thread.
            unsafe { sys::napi_reject_deferred(self.env.raw(), self.raw, value.raw()) };
        }
    }
}

impl<T> TypeName for Promise<T> {
    const TS_TYPE: &'static str = "Promise<unknown>";
    fn expected(out: &mut Expected) {
        out.instance("Promise");
    }
}

impl<T> FromJs for Promise<T> {
    fn from_js(value: JsValue) -> Result<Self> {
        let mut is = false;
        // SAFETY: `value` is a live handle.
        value
            .env()
            .check(unsafe { sys::napi_is_promise(value.env().raw(), value.raw(), &mut is) })?;
        if !is {
            return Err(wrong_type::<Self>(value));
        }
        Ok(Promise {
            value,
            _type: PhantomData,
        })
    }
}

impl<T> ToJs for Promise<T> {
    fn to_js(self, _env: &Env) -> Result<JsValue> {
        Ok(self.value)
    }
}
