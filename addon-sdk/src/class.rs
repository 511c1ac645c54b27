//! Runtime support of `#[class]`: wrapping Rust instances in JavaScript objects, checking receivers,
//! creating instances from Rust.
//!
//! Receivers are checked with Node-API type tags (`napi_type_tag_object` / `napi_check_object_type_tag`,
//! Node-API 8): each class has a 128-bit tag derived from its crate, version, module path and name, set on
//! every instance when it is wrapped, so an object of another class (of this addon or any other) is rejected
//! before `napi_unwrap` is trusted. Built for Node-API below 8, the tag is instead stored at the start of the
//! wrapped allocation and compared after `napi_unwrap` (which cannot rule out an object wrapped by another
//! addon).

use crate::callback::Frame;
use crate::env::Env;
use crate::error::{Error, Result};
use crate::state;
use crate::sys;
use crate::value::JsValue;
use crate::{Function, Object};
use std::any::TypeId;
use std::cell::{Ref, RefCell, RefMut};
use std::ffi::c_void;
use std::ptr;

/// Implemented by `#[class]` for its struct.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a #[class]",
    label = "#[methods] and class instances need a #[class] struct",
    note = "add #[class] to the struct definition"
)]
pub trait Class: Sized + 'static {
    /// The JavaScript class name.
    const JS_NAME: &'static str;
    /// The type tag of its instances.
    const TYPE_TAG: TypeTag;
}

/// Implemented by the `#[methods]` block holding the `#[constructor]`: a second one in another block is a
/// conflicting implementation.
#[diagnostic::on_unimplemented(message = "`{Self}` has no #[constructor]")]
pub trait HasConstructor {}

pub type TypeTag = sys::napi_type_tag;

/// A 128-bit tag from a name (two FNV-1a hashes with different offsets), computed at compile time.
pub const fn type_tag(name: &str) -> TypeTag {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let bytes = name.as_bytes();
    let mut lower: u64 = 0xcbf2_9ce4_8422_2325;
    let mut upper: u64 = 0x6c62_272e_07bb_0142;
    let mut i = 0;
    while i < bytes.len() {
        lower = (lower ^ bytes[i] as u64).wrapping_mul(PRIME);
        upper = (upper ^ bytes[bytes.len() - 1 - i] as u64).wrapping_mul(PRIME);
        i += 1;
    }
    TypeTag { lower, upper }
}

/// `TypeId` of a class, as a fn pointer for static tables.
pub fn class_type_id<T: Class>() -> TypeId {
    TypeId::of::<T>()
}

/// The heap cell a JavaScript instance owns (freed by its finalizer).
#[repr(C)]
pub struct Instance<T> {
    tag: TypeTag,
    value: RefCell<T>,
}

impl<T: Class> Instance<T> {
    fn new(value: T) -> Self {
        Instance {
            tag: T::TYPE_TAG,
            value: RefCell::new(value),
        }
    }
}

impl<T> Instance<T> {
    /// Shared access for a `&self` method.
    pub fn borrow(&self) -> Result<Ref<'_, T>> {
        self.value.try_borrow().map_err(|_| busy())
    }

    /// Exclusive access for a `&mut self` method. A re-entrant call (the method calls JavaScript, which calls
    /// back into the same object) gets an error instead of aliasing.
    pub fn borrow_mut(&self) -> Result<RefMut<'_, T>> {
        self.value.try_borrow_mut().map_err(|_| busy())
    }
}

#[cold]
fn busy() -> Error {
    Error::new("the object is in use by a method that is still running (re-entrant call)")
        .with_code("ERR_RUST_BORROW")
}

#[cold]
fn invalid_this<T: Class>() -> Error {
    Error::type_error(format!("Value of \"this\" must be of type {}", T::JS_NAME))
        .with_code("ERR_INVALID_THIS")
}

/// The Rust instance inside `this`; a `TypeError` (`ERR_INVALID_THIS`) if `this` is not an instance of `T`.
///
/// # Safety
/// `this` must be the live `this` handle of the current call in `env`; the returned reference must not be
/// used after that call returns (the object, which owns the instance, is only known to be alive until then).
pub unsafe fn instance<'a, T: Class>(env: &Env, this: sys::napi_value) -> Result<&'a Instance<T>> {
    // SAFETY: forwarded from the caller.
    match unsafe { unwrap_instance::<T>(env, this) } {
        Some(instance) => Ok(instance),
        None => Err(invalid_this::<T>()),
    }
}

/// The `Instance<T>` wrapped in `object`, or `None` if `object` is not an instance of `T`.
///
/// # Safety
/// As for [`instance`].
unsafe fn unwrap_instance<'a, T: Class>(
    env: &Env,
    object: sys::napi_value,
) -> Option<&'a Instance<T>> {
    #[cfg(feature = "napi8")]
    {
        let mut tagged = false;
        // SAFETY: `object` is a live handle; a non-object gives a non-ok status, treated as a mismatch.
        let status = unsafe {
            sys::napi_check_object_type_tag(env.raw(), object, &T::TYPE_TAG, &mut tagged)
        };
        if status != sys::napi_ok || !tagged {
            crate::error::take_pending(*env);
            return None;
        }
    }
    let mut raw: *mut c_void = ptr::null_mut();
    // SAFETY: `object` is a live handle; a non-wrapped object gives a non-ok status.
    let status = unsafe { sys::napi_unwrap(env.raw(), object, &mut raw) };
    if status != sys::napi_ok || raw.is_null() {
        crate::error::take_pending(*env);
        return None;
    }
    let instance = raw.cast::<Instance<T>>();
    // SAFETY: with type tags the object is known to be wrapped by `wrap::<T>`; without, the header is read
    // from an allocation at least as large as a tag (every wrap of this SDK starts with one).
    if unsafe { (*instance).tag } != T::TYPE_TAG {
        return None;
    }
    // SAFETY: the tag matched, so this is the `Instance<T>` boxed by `wrap`, alive as long as `object`.
    Some(unsafe { &*instance })
}

/// An instance of the `#[class]` `T` received from JavaScript (a parameter `other: ClassRef<Counter>`).
/// It is a handle, valid during the current call: borrow the Rust value through it, or return it to give
/// JavaScript the same object back.
pub struct ClassRef<T: Class> {
    value: JsValue,
    instance: *const Instance<T>,
}

impl<T: Class> ClassRef<T> {
    /// Shared access to the Rust value; an error while a `&mut self` method of it is running.
    pub fn borrow(&self) -> Result<Ref<'_, T>> {
        // SAFETY: the instance lives as long as its object, which the current call keeps alive.
        unsafe { &*self.instance }.borrow()
    }

    /// Exclusive access to the Rust value; an error while any method of it is running (including the one
    /// that received this reference, if it is the same object).
    pub fn borrow_mut(&self) -> Result<RefMut<'_, T>> {
        // SAFETY: as in `borrow`.
        unsafe { &*self.instance }.borrow_mut()
    }

    /// The JavaScript object.
    pub fn as_value(&self) -> JsValue {
        self.value
    }
}

impl<T: Class> crate::TypeName for ClassRef<T> {
    const TS_TYPE: &'static str = T::JS_NAME;
    fn expected(out: &mut crate::Expected) {
        out.instance(T::JS_NAME);
    }
}

impl<T: Class> crate::FromJs for ClassRef<T> {
    fn from_js(value: JsValue) -> Result<Self> {
        // SAFETY: `value` is a live handle of the current call, and the `ClassRef` is a handle of that call too.
        match unsafe { unwrap_instance::<T>(&value.env(), value.raw()) } {
            Some(instance) => Ok(ClassRef { value, instance }),
            None => Err(crate::value::wrong_type::<Self>(value)),
        }
    }
}

impl<T: Class> crate::ToJs for ClassRef<T> {
    fn to_js(self, _env: &Env) -> Result<JsValue> {
        Ok(self.value)
    }
}

unsafe extern "C" fn finalize<T: Class>(
    _env: sys::napi_env,
    data: *mut c_void,
    _hint: *mut c_void,
) {
    // SAFETY: `data` is the box leaked by `wrap::<T>`, finalized exactly once by Node-API.
    let instance = unsafe { Box::from_raw(data.cast::<Instance<T>>()) };
    // A panicking Drop cannot be thrown anywhere; the panic hook reports it, and the process keeps running.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(instance)));
}

fn wrap<T: Class>(env: &Env, this: sys::napi_value, instance: Box<Instance<T>>) -> Result<()> {
    let raw = Box::into_raw(instance);
    // SAFETY: `this` is the object under construction; ownership of `raw` passes to the finalizer.
    let status = unsafe {
        sys::napi_wrap(
            env.raw(),
            this,
            raw.cast(),
            Some(finalize::<T>),
            ptr::null_mut(),
            ptr::null_mut(),
        )
    };
    if status != sys::napi_ok {
        // SAFETY: the wrap failed, so the box is still ours.
        drop(unsafe { Box::from_raw(raw) });
        return Err(Error::from_status(env, status));
    }
    #[cfg(feature = "napi8")]
    // SAFETY: `this` is a live object, tagged once here right after being wrapped.
    env.check(unsafe { sys::napi_type_tag_object(env.raw(), this, &T::TYPE_TAG) })?;
    Ok(())
}

/// The body of a class constructor: wraps the instance handed over by [`new_instance`], or else the one
/// `make` builds from the JavaScript arguments.
pub fn construct<const N: usize, T: Class>(
    env: &Env,
    frame: &Frame<N>,
    make: impl FnOnce(&Env, &Frame<N>) -> Result<T>,
) -> Result<sys::napi_value> {
    let mut new_target = ptr::null_mut();
    // SAFETY: `frame.info` is the callback info of the current call.
    env.check(unsafe { sys::napi_get_new_target(env.raw(), frame.info, &mut new_target) })?;
    if new_target.is_null() {
        return Err(Error::type_error(format!(
            "Class constructor {} cannot be invoked without 'new'",
            T::JS_NAME
        )));
    }
    let handed_over = state::with(env, |s| match s.constructing.take() {
        Some((id, boxed)) if id == TypeId::of::<T>() => Some(boxed),
        other => {
            s.constructing = other;
            None
        }
    })?;
    let instance = match handed_over.map(|b| b.downcast::<Instance<T>>()) {
        Some(Ok(instance)) => instance,
        _ => Box::new(Instance::new(make(env, frame)?)),
    };
    wrap(env, frame.this, instance)?;
    Ok(frame.this)
}

/// The constructor of a class without `#[constructor]`: instances come from Rust only.
///
/// # Safety
/// Called by Node-API as a class constructor callback.
pub unsafe extern "C" fn construct_default<T: Class>(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> sys::napi_value {
    // SAFETY: Node-API calls this constructor with the env and info of the current call.
    unsafe {
        crate::callback::callback::<0>(env, info, |env, frame| {
            construct::<0, T>(env, frame, |_, _| {
                Err(Error::type_error(format!(
                    "{} has no constructor; its instances are created by the addon",
                    T::JS_NAME
                )))
            })
        })
    }
}

/// The class constructor of `T` in `env`.
pub(crate) fn constructor_of<T: Class>(env: &Env) -> Result<Function> {
    let reference = state::with(env, |s| s.constructor(TypeId::of::<T>()))?.ok_or_else(|| {
        Error::new(format!(
            "class {} is not registered in this env",
            T::JS_NAME
        ))
    })?;
    let mut value = ptr::null_mut();
    // SAFETY: the reference was created at registration and lives as long as the env state.
    env.check(unsafe { sys::napi_get_reference_value(env.raw(), reference, &mut value) })?;
    Ok(Function::handle(*env, value))
}

/// A new JavaScript instance of class `T` holding `value` (`instanceof` works, methods apply).
pub fn new_instance<T: Class>(env: &Env, value: T) -> Result<JsValue> {
    let constructor = constructor_of::<T>(env)?;
    let boxed: Box<dyn std::any::Any> = Box::new(Instance::new(value));
    state::with(env, |s| s.constructing = Some((TypeId::of::<T>(), boxed)))?;
    let mut out = ptr::null_mut();
    // SAFETY: `constructor` is a live function handle; the constructor takes the pending instance.
    let status =
        unsafe { sys::napi_new_instance(env.raw(), constructor.raw(), 0, ptr::null(), &mut out) };
    // If the constructor did not run (or failed before taking it), the instance must not leak into a later call.
    state::with(env, |s| s.constructing = None)?;
    env.check(status)?;
    Ok(JsValue::handle(*env, out))
}

/// A class definition from `#[class]`.
pub struct ClassDef {
    pub name: &'static std::ffi::CStr,
    pub type_id: fn() -> TypeId,
    pub construct_default:
        unsafe extern "C" fn(sys::napi_env, sys::napi_callback_info) -> sys::napi_value,
}

/// The members of one `#[methods]` block.
pub struct MembersDef {
    pub owner: fn() -> TypeId,
    pub members: &'static [Member],
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MemberKind {
    Constructor,
    Method,
    Static,
    Getter,
    Setter,
}

pub struct Member {
    pub kind: MemberKind,
    pub name: &'static std::ffi::CStr,
    pub callback: unsafe extern "C" fn(sys::napi_env, sys::napi_callback_info) -> sys::napi_value,
}

/// Defines class `def` with its members in `env`, sets it on `exports` and remembers its constructor.
pub(crate) fn define(
    env: &Env,
    exports: &Object,
    def: &ClassDef,
    blocks: &[&MembersDef],
) -> Result<()> {
    let members = blocks.iter().flat_map(|b| b.members.iter());
    let mut constructor = def.construct_default;
    let mut props: Vec<sys::napi_property_descriptor> = Vec::new();
    for m in members {
        let attributes = match m.kind {
            MemberKind::Constructor => {
                constructor = m.callback;
                continue;
            }
            MemberKind::Method => sys::napi_writable | sys::napi_configurable,
            MemberKind::Static => sys::napi_writable | sys::napi_configurable | sys::napi_static,
            MemberKind::Getter | MemberKind::Setter => sys::napi_configurable,
        };
        let existing = props.iter_mut().find(|p| {
            // SAFETY: every `utf8name` points to a static C string.
            p.method.is_none() && unsafe { std::ffi::CStr::from_ptr(p.utf8name) } == m.name
        });
        match (m.kind, existing) {
            (MemberKind::Getter, Some(p)) if p.getter.is_none() => p.getter = Some(m.callback),
            (MemberKind::Setter, Some(p)) if p.setter.is_none() => p.setter = Some(m.callback),
            _ => props.push(sys::napi_property_descriptor {
                utf8name: m.name.as_ptr(),
                name: ptr::null_mut(),
                method: matches!(m.kind, MemberKind::Method | MemberKind::Static)
                    .then_some(m.callback),
                getter: (m.kind == MemberKind::Getter).then_some(m.callback),
                setter: (m.kind == MemberKind::Setter).then_some(m.callback),
                value: ptr::null_mut(),
                attributes,
                data: ptr::null_mut(),
            }),
        }
    }
    let mut class = ptr::null_mut();
    // SAFETY: `name` is a static C string; `props` holds `props.len()` descriptors with static names.
    env.check(unsafe {
        sys::napi_define_class(
            env.raw(),
            def.name.as_ptr(),
            sys::NAPI_AUTO_LENGTH,
            Some(constructor),
            ptr::null_mut(),
            props.len(),
            props.as_ptr(),
            &mut class,
        )
    })?;
    exports.set_named(def.name, JsValue::handle(*env, class))?;
    let mut reference = ptr::null_mut();
    // SAFETY: `class` is a live function handle.
    env.check(unsafe { sys::napi_create_reference(env.raw(), class, 1, &mut reference) })?;
    state::with(env, |s| s.set_constructor((def.type_id)(), reference))
}
