//! The trampoline every generated callback goes through: read the arguments, run the body under
//! `catch_unwind`, turn `Err` and panics into JavaScript exceptions.

use crate::env::Env;
use crate::error::{Error, Result};
use crate::sys;
use crate::value::JsValue;
use crate::{FromJs, ToJs};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;

/// The arguments of one call: `this` and the first `N` arguments (missing ones are `undefined`).
pub struct Frame<const N: usize> {
    pub info: sys::napi_callback_info,
    pub this: sys::napi_value,
    pub argv: [sys::napi_value; N],
}

/// Runs `body` for a call from JavaScript and returns its value, or throws and returns null.
///
/// One `napi_get_cb_info` into a stack array of `N` handles; no heap allocation unless the body needs it.
///
/// # Safety
/// `env` and `info` must be the arguments Node-API passed to the current callback.
#[inline(always)]
pub unsafe fn callback<const N: usize>(
    env: sys::napi_env,
    info: sys::napi_callback_info,
    body: impl FnOnce(&Env, &Frame<N>) -> Result<sys::napi_value>,
) -> sys::napi_value {
    // SAFETY: the caller passes the live env of this callback.
    let env = unsafe { Env::from_raw(env) };
    let mut frame = Frame {
        info,
        this: ptr::null_mut(),
        argv: [ptr::null_mut(); N],
    };
    let mut argc = N;
    // SAFETY: `argv` has room for `argc` handles; Node-API fills missing arguments with `undefined`.
    let status = unsafe {
        sys::napi_get_cb_info(
            env.raw(),
            info,
            &mut argc,
            frame.argv.as_mut_ptr(),
            &mut frame.this,
            ptr::null_mut(),
        )
    };
    if status != sys::napi_ok {
        Error::from_status(&env, status).throw(&env);
        return ptr::null_mut();
    }
    match catch_unwind(AssertUnwindSafe(|| body(&env, &frame))) {
        Ok(Ok(value)) => value,
        Ok(Err(error)) => {
            error.throw(&env);
            ptr::null_mut()
        }
        Err(payload) => {
            Error::from_panic(payload).throw(&env);
            ptr::null_mut()
        }
    }
}

/// Converts argument `name`; a wrong type names it in the error.
#[inline(always)]
pub fn arg<T: FromJs>(env: &Env, raw: sys::napi_value, name: &'static str) -> Result<T> {
    match T::from_js(JsValue::handle(*env, raw)) {
        Ok(v) => Ok(v),
        Err(e) => Err(e.at(name)),
    }
}

/// Converts a return value.
#[inline(always)]
pub fn ret<T: ToJs>(env: &Env, value: T) -> Result<sys::napi_value> {
    value.into_return(env)
}

/// The return value of a fn returning `()`: a null handle, which Node-API turns into `undefined`.
#[inline(always)]
pub fn undefined_return() -> sys::napi_value {
    ptr::null_mut()
}
