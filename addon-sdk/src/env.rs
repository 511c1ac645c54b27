//! `Env`: the Node-API environment of the current call.

use crate::error::{Error, Result};
use crate::state;
use crate::sys;
use crate::value::JsValue;
use crate::{Function, Object, ToJs};
use std::rc::Rc;

/// The Node-API environment (one per JavaScript realm that loaded the addon: the main thread and each
/// worker). An exported fn receives it by taking `env: &Env` as its first parameter.
///
/// It is `Copy` and not `Send`: it is only valid on the JavaScript thread, during a call from JavaScript
/// (or a callback Node-API makes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct Env {
    raw: sys::napi_env,
}

impl Env {
    /// Wraps a raw env. It must be the live env of the current call.
    ///
    /// # Safety
    /// `raw` must be a valid `napi_env` for the current thread, live for as long as the `Env` is used.
    pub unsafe fn from_raw(raw: sys::napi_env) -> Self {
        Env { raw }
    }

    /// The raw Node-API handle.
    pub fn raw(&self) -> sys::napi_env {
        self.raw
    }

    /// `Ok(())` for `napi_ok`, else the error of the failed call (the pending JavaScript exception if any).
    #[inline]
    pub fn check(&self, status: sys::napi_status) -> Result<()> {
        if status == sys::napi_ok {
            Ok(())
        } else {
            Err(Error::from_status(self, status))
        }
    }

    /// Converts a Rust value to JavaScript.
    pub fn to_js<T: ToJs>(&self, value: T) -> Result<JsValue> {
        value.to_js(self)
    }

    /// `undefined`.
    pub fn undefined(&self) -> Result<JsValue> {
        let mut v = std::ptr::null_mut();
        // SAFETY: `self` is the live env.
        self.check(unsafe { sys::napi_get_undefined(self.raw, &mut v) })?;
        Ok(JsValue::handle(*self, v))
    }

    /// `null`.
    pub fn null(&self) -> Result<JsValue> {
        let mut v = std::ptr::null_mut();
        // SAFETY: `self` is the live env.
        self.check(unsafe { sys::napi_get_null(self.raw, &mut v) })?;
        Ok(JsValue::handle(*self, v))
    }

    /// `globalThis`.
    pub fn global(&self) -> Result<Object> {
        let mut v = std::ptr::null_mut();
        // SAFETY: `self` is the live env.
        self.check(unsafe { sys::napi_get_global(self.raw, &mut v) })?;
        Ok(Object::handle(*self, v))
    }

    /// A JavaScript string.
    pub fn create_string(&self, s: &str) -> Result<JsValue> {
        let mut v = std::ptr::null_mut();
        // SAFETY: `s` is valid UTF-8 of the given length.
        self.check(unsafe {
            sys::napi_create_string_utf8(self.raw, s.as_ptr().cast(), s.len(), &mut v)
        })?;
        Ok(JsValue::handle(*self, v))
    }

    /// A new empty object.
    pub fn create_object(&self) -> Result<Object> {
        Object::new(self)
    }

    /// Throws `error` now; the exported function should then return (its return value is ignored).
    pub fn throw(&self, error: Error) {
        error.throw(self);
    }

    /// Whether a JavaScript exception is pending.
    pub fn is_exception_pending(&self) -> bool {
        let mut pending = false;
        // SAFETY: `self` is the live env.
        unsafe { sys::napi_is_exception_pending(self.raw, &mut pending) };
        pending
    }

    /// Runs `source` as a script in the global scope and returns its completion value.
    pub fn run_script(&self, source: &str) -> Result<JsValue> {
        let script = self.create_string(source)?;
        let mut v = std::ptr::null_mut();
        // SAFETY: `script` is a live string handle.
        self.check(unsafe { sys::napi_run_script(self.raw, script.raw(), &mut v) })?;
        Ok(JsValue::handle(*self, v))
    }

    /// The Node-API version the host implements.
    pub fn napi_version(&self) -> Result<u32> {
        let mut v = 0;
        // SAFETY: `self` is the live env.
        self.check(unsafe { sys::napi_get_version(self.raw, &mut v) })?;
        Ok(v)
    }

    /// The host's Node.js version as (major, minor, patch).
    pub fn node_version(&self) -> Result<(u32, u32, u32)> {
        let mut v: *const sys::napi_node_version = std::ptr::null();
        // SAFETY: `self` is the live env; the result points to static data owned by the host.
        self.check(unsafe { sys::napi_get_node_version(self.raw, &mut v) })?;
        // SAFETY: on success `v` points to a valid `napi_node_version`.
        let v = unsafe { &*v };
        Ok((v.major, v.minor, v.patch))
    }

    /// Tells the engine how much memory JavaScript objects keep alive outside its heap.
    pub fn adjust_external_memory(&self, change: i64) -> Result<i64> {
        let mut total = 0;
        // SAFETY: `self` is the live env.
        self.check(unsafe { sys::napi_adjust_external_memory(self.raw, change, &mut total) })?;
        Ok(total)
    }

    /// The constructor of a `#[class]` in this env.
    pub fn class_constructor<T: crate::__private::Class>(&self) -> Result<Function> {
        crate::class::constructor_of::<T>(self)
    }

    /// Stores per-env data of type `T`, replacing a previous value of that type. Each env (main thread,
    /// each worker) has its own.
    pub fn set_instance_data<T: 'static>(&self, value: T) -> Result<()> {
        state::with(self, |s| s.set_data(Rc::new(value)))
    }

    /// The per-env data of type `T`, if set.
    pub fn instance_data<T: 'static>(&self) -> Result<Option<Rc<T>>> {
        state::with(self, |s| s.data::<T>())
    }

    /// The per-env data of type `T`, created with `init` on first use.
    /// `init` runs outside the env state, so it may itself use the env (even its instance data).
    pub fn instance_data_or_init<T: 'static>(&self, init: impl FnOnce() -> T) -> Result<Rc<T>> {
        if let Some(v) = self.instance_data::<T>()? {
            return Ok(v);
        }
        let v = Rc::new(init());
        state::with(self, |s| match s.data::<T>() {
            Some(existing) => existing,
            None => {
                s.set_data(v.clone());
                v
            }
        })
    }

    /// Runs `hook` when this env shuts down (e.g. a worker exits), unless removed first.
    #[cfg(feature = "napi3")]
    pub fn add_cleanup_hook(&self, hook: impl FnOnce() + 'static) -> Result<CleanupHook> {
        let data = Box::into_raw(Box::new(HookData(Some(Box::new(hook)))));
        // SAFETY: `data` stays valid until the hook runs or is removed; both free it exactly once.
        let status = unsafe {
            sys::napi_add_env_cleanup_hook(self.raw, Some(run_cleanup_hook), data.cast())
        };
        if status != sys::napi_ok {
            // SAFETY: registration failed, so nothing else owns `data`.
            drop(unsafe { Box::from_raw(data) });
            return Err(Error::from_status(self, status));
        }
        Ok(CleanupHook { env: *self, data })
    }
}

#[cfg(feature = "napi3")]
struct HookData(Option<Box<dyn FnOnce()>>);

#[cfg(feature = "napi3")]
unsafe extern "C" fn run_cleanup_hook(arg: *mut std::ffi::c_void) {
    // SAFETY: `arg` is the `HookData` registered with this hook; Node calls it once and then forgets it.
    let mut data = unsafe { Box::from_raw(arg.cast::<HookData>()) };
    if let Some(hook) = data.0.take() {
        // A panic cannot become a JavaScript exception here (the env is shutting down): it is reported by the
        // panic hook and otherwise ignored rather than aborting the process.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(hook));
    }
}

#[cfg(feature = "napi3")]
/// A registered cleanup hook; [`CleanupHook::remove`] unregisters it without running it. Dropping this
/// handle keeps the hook registered.
pub struct CleanupHook {
    env: Env,
    data: *mut HookData,
}

#[cfg(feature = "napi3")]
impl CleanupHook {
    /// Unregisters the hook without running it. Call it on the JavaScript thread, before the env shuts down.
    pub fn remove(self) -> Result<()> {
        // SAFETY: the same (function, data) pair was registered by `add_cleanup_hook` and has not run, since
        // the env is still alive.
        let status = unsafe {
            sys::napi_remove_env_cleanup_hook(
                self.env.raw,
                Some(run_cleanup_hook),
                self.data.cast(),
            )
        };
        self.env.check(status)?;
        // SAFETY: the hook is unregistered, so this is the only owner of `data`.
        drop(unsafe { Box::from_raw(self.data) });
        Ok(())
    }
}
