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

#[module]
fn init(env: &Env, exports: Object) -> Result<()> {
    exports.set("ready", true)
}
