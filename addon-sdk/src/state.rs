//! Per-env state of the SDK: class constructors, typed instance data, the instance being created from Rust.
//!
//! Kept in a thread-local table keyed by env rather than in Node-API instance data, so it works at every
//! Node-API version and leaves `napi_set_instance_data` free for the addon author. Each env lives on one
//! thread, and an env cleanup hook removes the entry when the env shuts down.

use crate::env::Env;
use crate::error::{Error, Result};
use crate::sys;
use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Default)]
pub(crate) struct EnvState {
    constructors: HashMap<TypeId, sys::napi_ref>,
    data: HashMap<TypeId, Rc<dyn Any>>,
    /// An instance made in Rust, waiting for its class constructor (called by `napi_new_instance`) to wrap it.
    pub(crate) constructing: Option<(TypeId, Box<dyn Any>)>,
}

impl EnvState {
    pub(crate) fn set_data(&mut self, value: Rc<dyn Any>) {
        self.data.insert((*value).type_id(), value);
    }

    pub(crate) fn data<T: 'static>(&self) -> Option<Rc<T>> {
        self.data
            .get(&TypeId::of::<T>())
            .and_then(|v| v.clone().downcast::<T>().ok())
    }

    pub(crate) fn constructor(&self, id: TypeId) -> Option<sys::napi_ref> {
        self.constructors.get(&id).copied()
    }

    pub(crate) fn set_constructor(&mut self, id: TypeId, reference: sys::napi_ref) {
        self.constructors.insert(id, reference);
    }
}

thread_local! {
    static STATES: RefCell<Vec<(usize, Rc<RefCell<EnvState>>)>> = const { RefCell::new(Vec::new()) };
}

fn find(env: &Env) -> Option<Rc<RefCell<EnvState>>> {
    let key = env.raw() as usize;
    STATES.with(|s| {
        s.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    })
}

/// Runs `f` on the state of `env`. `f` must not call back into JavaScript (the state is borrowed).
pub(crate) fn with<R>(env: &Env, f: impl FnOnce(&mut EnvState) -> R) -> Result<R> {
    let state = find(env)
        .ok_or_else(|| Error::new("rnode-addon: this env was not initialized by the addon"))?;
    let mut state = state
        .try_borrow_mut()
        .map_err(|_| Error::new("rnode-addon: env state is in use (re-entrant access)"))?;
    Ok(f(&mut state))
}

/// Creates the state of a newly registered env and arranges for its removal at env shutdown.
pub(crate) fn register(env: &Env) -> Result<()> {
    if find(env).is_some() {
        return Ok(());
    }
    let key = env.raw() as usize;
    STATES.with(|s| {
        s.borrow_mut()
            .push((key, Rc::new(RefCell::new(EnvState::default()))))
    });
    remove_at_shutdown(env)
}

#[cfg(feature = "napi3")]
fn remove_at_shutdown(env: &Env) -> Result<()> {
    // SAFETY: the hook receives the env pointer as its argument and only compares it with table keys.
    env.check(unsafe {
        sys::napi_add_env_cleanup_hook(env.raw(), Some(unregister), env.raw().cast())
    })
}

/// Before Node-API 3 there are no cleanup hooks: the state of an env that shuts down stays in the table.
#[cfg(not(feature = "napi3"))]
fn remove_at_shutdown(_env: &Env) -> Result<()> {
    Ok(())
}

#[cfg(feature = "napi3")]
unsafe extern "C" fn unregister(arg: *mut std::ffi::c_void) {
    let key = arg as usize;
    let removed = STATES.with(|s| {
        let mut states = s.borrow_mut();
        let index = states.iter().position(|(k, _)| *k == key)?;
        Some(states.swap_remove(index).1)
    });
    let Some(state) = removed else { return };
    let Ok(mut state) = state.try_borrow_mut() else {
        return;
    };
    for (_, reference) in state.constructors.drain() {
        // SAFETY: cleanup hooks run while the env can still release references; each is deleted once.
        unsafe { sys::napi_delete_reference(arg.cast(), reference) };
    }
    // Instance data may own Rust resources: dropping it here, on the env's thread, is its documented end.
    let data = std::mem::take(&mut state.data);
    drop(state);
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(data)));
}
