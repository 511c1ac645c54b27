#[object]
pub struct Point {
    pub x: f64,
    pub y_offset: Option<f64>,
}
