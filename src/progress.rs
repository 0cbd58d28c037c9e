//! progress: how a long stage tells its caller how far it has got. The library never prints;
//! `main.rs` draws these as progress bars on terminals, tests and `serve` ignore them.

/// `done` of `total` units of `stage` (`cards`, `kit`, `pages`) are finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub stage: &'static str,
    pub done: usize,
    pub total: usize,
}

/// The caller's callback; called from any thread.
pub type Progress<'a> = dyn Fn(Step) + Sync + 'a;

/// A callback that ignores every step.
pub fn silent() -> &'static Progress<'static> {
    &|_| {}
}
