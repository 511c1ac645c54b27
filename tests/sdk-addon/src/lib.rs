//! Every SDK feature, exported for `test.js` (run by `tests/tests/sdk.rs`).

use rnode_addon::prelude::*;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

#[object]
pub struct Point {
    pub x: f64,
    pub y: Option<f64>,
    pub label_text: Option<String>,
}

#[function]
fn mirror(p: Point) -> Point {
    Point {
        x: -p.x,
        y: p.y.map(|y| -y),
        label_text: p.label_text,
    }
}

#[function]
fn count_points(points: Vec<Point>) -> u32 {
    points.len() as u32
}

#[js_enum]
pub enum Color {
    Red,
    Green = 5,
    Blue,
}

#[js_enum]
pub enum Mode {
    #[value = "fast"]
    Fast,
    #[value = "slow"]
    Slow,
}

#[function]
fn next_color(c: Color) -> Color {
    match c {
        Color::Red => Color::Green,
        Color::Green => Color::Blue,
        Color::Blue => Color::Red,
    }
}

#[function]
fn flip_mode(m: Mode) -> Mode {
    match m {
        Mode::Fast => Mode::Slow,
        Mode::Slow => Mode::Fast,
    }
}

#[function]
fn describe(v: Either<String, f64>) -> String {
    match v {
        Either::A(s) => format!("string:{s}"),
        Either::B(n) => format!("number:{n}"),
    }
}

#[function]
fn word_lengths(words: HashMap<String, String>) -> HashMap<String, u32> {
    words
        .into_iter()
        .map(|(k, v)| (k, v.len() as u32))
        .collect()
}

#[function]
fn double_all(values: Vec<i32>) -> Vec<i32> {
    values.into_iter().map(|v| v * 2).collect()
}

#[function]
fn big_add(a: u64, b: i128) -> i128 {
    i128::from(a) + b
}

#[function]
fn big_words(v: BigInt) -> Vec<f64> {
    let mut out = vec![if v.negative { -1.0 } else { 1.0 }];
    out.extend(v.words.iter().map(|w| *w as f64));
    out
}

#[function]
fn next_day(d: Date) -> Date {
    Date::from_millis(d.millis + 86_400_000.0)
}

#[function]
fn clamp_byte(v: u8) -> u8 {
    v
}

#[function]
fn first_char(c: char) -> char {
    c
}

#[function]
fn apply(f: Function, x: f64) -> Result<f64> {
    f.call((x,))
}

#[function]
fn apply_with_this(f: Function, this: Object) -> Result<String> {
    f.call_with_this(this, ())
}

/// A JavaScript function made from a Rust closure that captures `base`.
#[function]
fn make_adder(env: &Env, base: f64) -> Result<Function> {
    Function::from_closure(env, "adder", move |env, call| {
        let x: f64 = call.get(0)?;
        if x.is_nan() {
            panic!("adder got NaN");
        }
        env.to_js(base + x)
    })
}

#[function]
fn catch_and_describe(f: Function) -> String {
    match f.call::<JsValue>(()) {
        Ok(_) => "no error".to_owned(),
        Err(e) => format!("caught: {}", e.message()),
    }
}

#[function]
fn object_keys(o: Object) -> Result<Vec<String>> {
    o.keys()
}

#[function]
fn object_roundtrip(env: &Env, o: Object) -> Result<Object> {
    let out = env.create_object()?;
    out.set("had_a", o.has("a")?)?;
    out.set("own_a", o.has_own("a")?)?;
    out.set("a", o.get::<Option<f64>>("a")?)?;
    out.set("deleted", o.delete("a")?)?;
    Ok(out)
}

#[function]
fn resolved(env: &Env, value: f64) -> Result<Promise<f64>> {
    let (deferred, promise) = Promise::new(env)?;
    deferred.resolve(value)?;
    Ok(promise)
}

#[function]
fn rejected(env: &Env, message: String) -> Result<Promise<f64>> {
    let (deferred, promise) = Promise::<f64>::new(env)?;
    deferred.reject(Error::range_error(message).with_code("REJECTED"))?;
    Ok(promise)
}

#[function]
fn dropped_promise(env: &Env) -> Result<Promise<f64>> {
    let (_deferred, promise) = Promise::new(env)?;
    Ok(promise)
}

pub struct Secret {
    code: u32,
}

#[function]
fn make_secret(code: u32) -> External<Secret> {
    External::new(Secret { code })
}

#[function]
fn read_secret(secret: External<Secret>) -> u32 {
    secret.code
}

#[function]
fn read_u32_external(v: External<u32>) -> u32 {
    *v
}

#[function]
fn fail_with_cause() -> Result<()> {
    Err(Error::new("outer")
        .with_code("OUTER")
        .with_cause(Error::type_error("inner").with_code("INNER")))
}

#[function]
fn fail_with(kind: String) -> Result<()> {
    Err(match kind.as_str() {
        "range" => Error::range_error("out of range"),
        "syntax" => Error::syntax_error("bad syntax").with_code("SYNTAX"),
        "type" => Error::type_error("bad type"),
        _ => Error::new("plain"),
    })
}

#[function]
fn throw_value(v: JsValue) -> Result<()> {
    Err(Error::from_value(v))
}

#[function]
fn eval(env: &Env, source: String) -> Result<JsValue> {
    env.run_script(&source)
}

#[function]
fn type_of(v: JsValue) -> Result<String> {
    Ok(v.value_type()?.type_of().to_owned())
}

struct Calls(Cell<u32>);

#[function]
fn count_calls(env: &Env) -> Result<u32> {
    let calls = env.instance_data_or_init(|| Calls(Cell::new(0)))?;
    calls.0.set(calls.0.get() + 1);
    Ok(calls.0.get())
}

#[function]
fn strong_ref_roundtrip(env: &Env, o: Object) -> Result<bool> {
    let r: Ref<Object> = Ref::new(env, o)?;
    let back = r
        .get()?
        .ok_or_else(|| Error::new("strong reference lost its value"))?;
    back.as_value().strict_equals(&o.as_value())
}

#[function]
fn int32s(n: u32) -> Int32Array {
    Int32Array::from((0..n as i32).collect::<Vec<_>>())
}

/// Float16 bits of 1.0 (0x3c00) doubled to 2.0 (0x4000).
#[function]
fn double_ones(mut values: rnode_addon::Float16Array) -> u32 {
    let mut changed = 0;
    for v in values.iter_mut().filter(|v| **v == 0x3c00) {
        *v = 0x4000;
        changed += 1;
    }
    changed
}

#[function]
fn arraybuffer_len(b: ArrayBuffer) -> u32 {
    b.len() as u32
}

#[function]
fn scale_f32(mut values: Float32Array, by: f32) {
    for v in values.iter_mut() {
        *v *= by;
    }
}

#[function(js_name = "renamedFn", ts_return = "string")]
fn some_rust_name() -> String {
    "renamed".to_owned()
}

#[class(js_name = "Account")]
pub struct BankAccount {
    balance: f64,
    callback: Option<Ref<Function>>,
}

#[methods]
impl BankAccount {
    #[constructor]
    fn open(initial: f64) -> Result<Self> {
        if initial < 0.0 {
            return Err(
                Error::range_error("initial balance must not be negative").with_code("NEGATIVE")
            );
        }
        Ok(BankAccount {
            balance: initial,
            callback: None,
        })
    }

    #[getter(name = "funds")]
    fn balance(&self) -> f64 {
        self.balance
    }

    fn deposit(&mut self, amount: f64) -> f64 {
        self.balance += amount;
        self.balance
    }

    fn on_change(&mut self, env: &Env, f: Function) -> Result<()> {
        self.callback = Some(Ref::new(env, f)?);
        Ok(())
    }

    /// Calls the stored callback while holding `&mut self`: a callback re-entering this object is refused.
    fn notify(&mut self) -> Result<JsValue> {
        match &self.callback {
            Some(r) => r
                .get()?
                .ok_or_else(|| Error::new("callback collected"))?
                .call(()),
            None => Err(Error::new("no callback")),
        }
    }

    fn this_is_self(&self, this: This) -> Result<bool> {
        let funds: f64 = this.object()?.get("funds")?;
        Ok(funds == self.balance)
    }

    /// A static method sees the class constructor as `this`.
    fn class_name(this: This<Function>) -> Result<String> {
        this.as_object().get("name")
    }

    /// Moves `amount` to `other`; `other` being this same account is refused (it is already borrowed).
    fn transfer(
        &mut self,
        other: ClassRef<BankAccount>,
        amount: f64,
    ) -> Result<ClassRef<BankAccount>> {
        other.borrow_mut()?.balance += amount;
        self.balance -= amount;
        Ok(other)
    }

    fn rich(threshold: f64) -> Option<Self> {
        (threshold < 1e6).then_some(BankAccount {
            balance: 1e6,
            callback: None,
        })
    }

    fn explode(&self) -> f64 {
        panic!("account exploded")
    }

    #[getter]
    fn broken(&self) -> f64 {
        panic!("getter exploded")
    }

    #[setter]
    fn set_broken(&mut self, value: f64) {
        panic!("setter exploded with {value}")
    }
}

#[function]
fn total(accounts: Vec<ClassRef<BankAccount>>) -> Result<f64> {
    let mut sum = 0.0;
    for a in &accounts {
        sum += a.borrow()?.balance;
    }
    Ok(sum)
}

/// A class without a constructor: JavaScript cannot `new` it; the addon creates instances.
#[class]
pub struct Token {
    id: u32,
}

#[methods]
impl Token {
    #[getter]
    fn id(&self) -> u32 {
        self.id
    }

    fn issue(id: u32) -> Token {
        Token { id }
    }
}

static DROPPED: AtomicU32 = AtomicU32::new(0);

/// Counts its drops, to observe finalizers.
pub struct Tracked;

impl Drop for Tracked {
    fn drop(&mut self) {
        DROPPED.fetch_add(1, Ordering::SeqCst);
    }
}

#[function]
fn make_tracked() -> External<Tracked> {
    External::new(Tracked)
}

/// A function whose closure owns a `Tracked`, dropped when the function is collected.
#[function]
fn make_tracked_closure(env: &Env) -> Result<Function> {
    let tracked = Tracked;
    Function::from_closure(env, "tracked", move |env, _| {
        let _ = &tracked;
        env.undefined()
    })
}

#[function]
fn tracked_drops() -> u32 {
    DROPPED.load(Ordering::SeqCst)
}

struct Weak(std::cell::RefCell<Option<Ref<Object>>>);

/// Keeps only a weak reference to `o`.
#[function]
fn hold_weakly(env: &Env, o: Object) -> Result<()> {
    let slot = env.instance_data_or_init(|| Weak(std::cell::RefCell::new(None)))?;
    *slot.0.borrow_mut() = Some(Ref::weak(env, o)?);
    Ok(())
}

/// Whether the weakly held object is still alive.
#[function]
fn weak_alive(env: &Env) -> Result<bool> {
    let slot = env
        .instance_data::<Weak>()?
        .ok_or_else(|| Error::new("nothing held"))?;
    let held = slot.0.borrow();
    let r = held.as_ref().ok_or_else(|| Error::new("nothing held"))?;
    Ok(r.get()?.is_some())
}

static CLEANUPS: AtomicU32 = AtomicU32::new(0);

/// Registers two cleanup hooks and removes one: only the other may run when the env shuts down.
#[function]
fn register_cleanup(env: &Env) -> Result<()> {
    env.add_cleanup_hook(|| {
        CLEANUPS.fetch_add(1, Ordering::SeqCst);
    })?;
    let removed = env.add_cleanup_hook(|| {
        CLEANUPS.fetch_add(100, Ordering::SeqCst);
    })?;
    removed.remove()
}

#[function]
fn cleanups_run() -> u32 {
    CLEANUPS.load(Ordering::SeqCst)
}

#[module]
fn init(env: &Env, exports: Object) -> Result<()> {
    exports.set("initialized", true)?;
    exports.set("napiVersion", env.napi_version()?)?;
    Ok(())
}
