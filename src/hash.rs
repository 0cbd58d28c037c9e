//! hash: one digest for the whole program (SHA-256, written in lowercase hex), whether it names
//! a fingerprinted asset, a cache entry or a build's inputs; and the program's own key,
//! so caches and the previous build are redrawn when the generator itself changed.

use sha2::{Digest, Sha256};

/// SHA-256 of `bytes`, 64 hex digits. Names cut it (`&hex(b)[..10]`); the digest is one.
pub fn hex(bytes: &[u8]) -> String {
    Key::new().bytes(bytes).finish()
}

/// A digest of several parts, for cache keys: each part is added in order.
#[derive(Clone, Default)]
pub(crate) struct Key(Sha256);

impl Key {
    pub fn new() -> Key {
        Key(Sha256::new())
    }

    pub fn bytes(mut self, bytes: &[u8]) -> Key {
        self.0.update(bytes);
        self
    }

    pub fn text(self, text: &str) -> Key {
        self.bytes(text.as_bytes())
    }

    /// Adds a part in place (for loops).
    pub fn add(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    pub fn finish(self) -> String {
        let sum = self.0.finalize();
        let mut out = String::with_capacity(64);
        for b in sum {
            out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
        }
        out
    }
}

/// The digest of the program's own sources (`src/`, `Cargo.toml`, `Cargo.lock`), computed when
/// it was compiled (build.rs): a rebuilt generator may write other bytes from the same inputs,
/// so caches and the previous build are keyed by it. Its content, not its modification time:
/// touching the executable redraws nothing, changing one line of code redraws everything.
pub(crate) fn program() -> &'static str {
    env!("ONEPROVENCE_SOURCE_HASH")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_digest_in_lowercase_hex() {
        assert_eq!(
            hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Key::new().text("a").text("bc").finish(), hex(b"abc"));
        assert_eq!(program().len(), 64);
    }
}
