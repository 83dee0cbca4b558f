//! A linear-chain CRF: the trained model and Viterbi decoding.
//!
//! The model is trained with CRFsuite (`scripts/ner/`) and converted to a compact file,
//! `data/ner/model.bin`, which is embedded in the binary. Its layout (little endian):
//!
//! ```text
//! b"NDXCRF01"
//! u8 L; L × (u8 length, label bytes)          labels: "O", "B-PER", "I-PER", ...
//! f32 scale                                    weight = i16 × scale
//! L × L × i16                                  transitions, from row to column
//! u32 A; A × (u8 length, attribute bytes, u8 K, K × (u8 label, i16 weight))
//! ```
//!
//! Attributes are the feature strings of [`super::features`]. At load time each is hashed
//! ([`PieceHash`], 64 bits) into a table whose entries hold the attribute's quantized
//! weights for every label, so tagging a word costs one hash and one table probe (one cache
//! line) per feature, with no string allocation. Scores add up as integers and are scaled
//! once. The hash composes: a feature such as `w-1=mayor` is hashed from the hashes of its
//! pieces `w-1=` (a constant) and `mayor` (hashed once per word and line), not from a
//! string built for it.
//!
//! The table (4 MB) is larger than a core's cache, so a probe mostly waits on memory. The
//! tagger hashes all the features of a line first and [`Crf::add_hashed`] fetches the
//! entries a few probes ahead of their use, so the waits overlap instead of adding up.

/// The most labels a model may have (B/I × 4 types + O = 9).
pub const MAX_LABELS: usize = 12;

/// A trained CRF.
pub struct Crf {
    labels: Vec<String>,
    /// `trans[from * L + to]`.
    trans: Vec<f32>,
    /// The weight of one quantization step.
    scale: f32,
    /// Attribute hash → its weight for each label, in quantization steps.
    rows: Table,
}

/// One entry of the attribute table: a hash (0 = empty) and its label weights.
#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct Slot {
    key: u64,
    row: [i16; MAX_LABELS],
}

/// Open addressing with linear probing over 32-byte slots (two per cache line), indexed by
/// the top bits of the attribute hash and kept at most 5/8 full.
struct Table {
    slots: Vec<Slot>,
    shift: u32,
    len: usize,
}

impl Table {
    fn with_capacity(n: usize) -> Table {
        let size = (n.max(1) * 8 / 5 + 1).next_power_of_two();
        Table {
            slots: vec![Slot { key: 0, row: [0; MAX_LABELS] }; size],
            shift: 64 - size.trailing_zeros(),
            len: 0,
        }
    }

    /// Hashes are never 0 in the table: 0 marks an empty slot.
    fn key(hash: u64) -> u64 {
        hash.max(1)
    }

    fn home(&self, key: u64) -> usize {
        (key >> self.shift) as usize
    }

    /// Stores `row` under `hash`; false if the hash was there already (its row is replaced).
    fn insert(&mut self, hash: u64, row: [i16; MAX_LABELS]) -> bool {
        let key = Self::key(hash);
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while self.slots[i].key != 0 && self.slots[i].key != key {
            i = (i + 1) & mask;
        }
        let new = self.slots[i].key == 0;
        if new {
            self.len += 1;
        }
        self.slots[i] = Slot { key, row };
        new
    }

    #[inline]
    fn get(&self, hash: u64) -> Option<&[i16; MAX_LABELS]> {
        let key = Self::key(hash);
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let slot = &self.slots[i];
            if slot.key == key {
                return Some(&slot.row);
            }
            if slot.key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Asks the CPU to start loading the home slot of `hash` into its cache.
    #[inline]
    fn prefetch(&self, hash: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
            let slot: *const Slot = &self.slots[self.home(Self::key(hash))];
            // SAFETY: a prefetch is only a hint; it never faults and the address is valid.
            unsafe { _mm_prefetch::<_MM_HINT_T0>(slot.cast()) };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = hash;
    }
}

impl std::fmt::Debug for Crf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Crf").field("labels", &self.labels).field("attributes", &self.rows.len).finish()
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self.bytes.get(self.at..self.at + n).ok_or("model file is truncated")?;
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn i16(&mut self) -> Result<i16, String> {
        Ok(i16::from_le_bytes(self.take(2)?.try_into().expect("2 bytes")))
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    fn short_bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.u8()? as usize;
        self.take(n)
    }
}

/// A polynomial hash of a string that composes: the hash of `a + b` follows from the hashes
/// of `a` and `b` ([`PieceHash::then`]), so features made of a template and a word are
/// hashed without writing them out. Bytes are the digits of a number in base [`BASE`],
/// modulo 2⁶⁴; [`PieceHash::finish`] mixes the result into a table key. The model's
/// attributes are hashed whole at load time, and a test checks that no two of them collide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PieceHash {
    /// The bytes as a number in base `BASE`.
    digits: u64,
    /// `BASE` to the power of the length.
    scale: u64,
}

/// An odd multiplier with well-spread bits (from splitmix64).
const BASE: u64 = 0x9e37_79b9_7f4a_7c15;

impl PieceHash {
    /// The hash of the empty string.
    pub const EMPTY: PieceHash = PieceHash { digits: 0, scale: 1 };

    /// The hash of `text`.
    pub const fn of(text: &str) -> PieceHash {
        PieceHash::of_bytes(text.as_bytes())
    }

    /// The hash of a string's bytes.
    pub const fn of_bytes(bytes: &[u8]) -> PieceHash {
        let mut h = PieceHash::EMPTY;
        let mut k = 0;
        while k < bytes.len() {
            h.digits = h.digits.wrapping_mul(BASE).wrapping_add(bytes[k] as u64 + 1);
            h.scale = h.scale.wrapping_mul(BASE);
            k += 1;
        }
        h
    }

    /// The hash of this piece followed by `next`.
    #[inline]
    pub const fn then(self, next: PieceHash) -> PieceHash {
        PieceHash {
            digits: self.digits.wrapping_mul(next.scale).wrapping_add(next.digits),
            scale: self.scale.wrapping_mul(next.scale),
        }
    }

    /// The 64-bit table key (murmur3's finalizer over digits and length).
    #[inline]
    pub fn finish(self) -> u64 {
        let mut x = self.digits ^ self.scale.rotate_left(32);
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        x ^ (x >> 33)
    }
}

/// Hash of one attribute string, as the model table keys it.
pub fn attribute_hash(attribute: &str) -> u64 {
    PieceHash::of(attribute).finish()
}

impl Crf {
    /// Reads a model in the format described in the module documentation.
    pub fn from_bytes(bytes: &[u8]) -> Result<Crf, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != b"NDXCRF01" {
            return Err("not a newsdex CRF model (bad magic)".into());
        }
        let num_labels = r.u8()? as usize;
        let labels = (0..num_labels)
            .map(|_| r.short_bytes().map(|b| String::from_utf8_lossy(b).into_owned()))
            .collect::<Result<Vec<_>, _>>()?;
        if num_labels > MAX_LABELS {
            return Err(format!("the model has {num_labels} labels, at most {MAX_LABELS} are supported"));
        }
        let scale = r.f32()?;
        let trans = (0..num_labels * num_labels)
            .map(|_| r.i16().map(|q| f32::from(q) * scale))
            .collect::<Result<_, _>>()?;
        let num_attrs = r.u32()? as usize;
        let mut rows = Table::with_capacity(num_attrs);
        for _ in 0..num_attrs {
            let name = r.short_bytes()?;
            let mut row = [0i16; MAX_LABELS];
            for _ in 0..r.u8()? {
                let label = r.u8()? as usize;
                let q = r.i16()?;
                *row[..num_labels].get_mut(label).ok_or("label out of range")? = q;
            }
            if !rows.insert(PieceHash::of_bytes(name).finish(), row) {
                let name = String::from_utf8_lossy(name);
                return Err(format!("attribute {name:?} shares its table key with an earlier one"));
            }
        }
        if r.at != bytes.len() {
            return Err("trailing bytes after the model".into());
        }
        Ok(Crf { labels, trans, scale, rows })
    }

    /// The label names, indexed by label id.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Number of attributes (features) the model has weights for.
    pub fn num_attributes(&self) -> usize {
        self.rows.len
    }

    /// Label scores that make label `O` certain for a word (every other label 10⁵ steps lower).
    pub fn held_outside(&self) -> [i32; MAX_LABELS] {
        let mut row = [-100_000; MAX_LABELS];
        row[usize::from(self.outside())] = 0;
        row
    }

    /// The id of label `O` (outside any name; 0 for a model without one).
    pub fn outside(&self) -> u8 {
        self.labels.iter().position(|l| l == "O").unwrap_or(0) as u8
    }

    /// Adds to a word's label scores (in quantization steps) the weights of the attributes
    /// `line[word]`, given by
    /// their [`attribute_hash`]es; `line` holds the hashes of every word of the line, so
    /// the entries of the hashes ahead (this word's and the next words') are fetched from
    /// memory while these are added.
    #[inline]
    pub fn add_hashed(&self, line: &[u64], word: std::ops::Range<usize>, scores: &mut [i32; MAX_LABELS]) {
        const AHEAD: usize = 16;
        if word.start == 0 {
            for &h in line.iter().take(AHEAD) {
                self.rows.prefetch(h);
            }
        }
        for k in word {
            if let Some(&ahead) = line.get(k + AHEAD) {
                self.rows.prefetch(ahead);
            }
            if let Some(row) = self.rows.get(line[k]) {
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += i32::from(*w);
                }
            }
        }
    }

    /// The best label sequence for `scores` (one row of label scores per word, from
    /// [`Crf::add_hashed`]), written to `out` as label ids. `back` is scratch space.
    pub fn viterbi(&self, scores: &[[i32; MAX_LABELS]], out: &mut Vec<u8>, back: &mut Vec<u8>) {
        let l = self.labels.len();
        let n = scores.len();
        out.clear();
        if n == 0 || l == 0 {
            return;
        }
        back.clear();
        back.resize(n * l, 0);
        let state = |t: usize, j: usize| scores[t][j] as f32 * self.scale;
        let mut prev: Vec<f32> = (0..l).map(|j| state(0, j)).collect();
        let mut cur = vec![0.0f32; l];
        for t in 1..n {
            for j in 0..l {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0;
                for (i, p) in prev.iter().enumerate() {
                    let s = p + self.trans[i * l + j];
                    if s > best {
                        best = s;
                        arg = i;
                    }
                }
                cur[j] = best + state(t, j);
                back[t * l + j] = arg as u8;
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        let mut last = 0;
        for (j, s) in prev.iter().enumerate() {
            if *s > prev[last] {
                last = j;
            }
        }
        out.resize(n, 0);
        out[n - 1] = last as u8;
        for t in (1..n).rev() {
            out[t - 1] = back[t * l + out[t] as usize];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A two-label model whose transitions favour A→B; each attribute votes 150 for B.
    fn model_with(attributes: &[&str]) -> Vec<u8> {
        let mut b = b"NDXCRF01".to_vec();
        b.push(2);
        for l in ["A", "B"] {
            b.push(l.len() as u8);
            b.extend(l.as_bytes());
        }
        b.extend(0.01f32.to_le_bytes());
        for q in [0i16, 100, -100, -50] {
            b.extend(q.to_le_bytes());
        }
        b.extend((attributes.len() as u32).to_le_bytes());
        for name in attributes {
            b.push(name.len() as u8);
            b.extend(name.as_bytes());
            b.push(1);
            b.push(1);
            b.extend(150i16.to_le_bytes());
        }
        b
    }

    /// A two-label model: "x" votes for B, transitions favour A→B.
    fn tiny() -> Vec<u8> {
        model_with(&["x"])
    }

    #[test]
    fn the_table_finds_every_attribute_and_only_those() {
        let mut table = Table::with_capacity(1000);
        for k in 0..1000u64 {
            table.insert(attribute_hash(&format!("w={k}")), [k as i16; MAX_LABELS]);
        }
        // A hash of 0 marks an empty slot: it is stored as 1, and found the same way.
        assert!(table.insert(0, [-7; MAX_LABELS]));
        assert!(!table.insert(attribute_hash("w=3"), [33; MAX_LABELS]));
        assert_eq!(table.len, 1001);
        assert_eq!(table.get(attribute_hash("w=999")), Some(&[999; MAX_LABELS]));
        assert_eq!(table.get(attribute_hash("w=3")), Some(&[33; MAX_LABELS]), "a second insert replaces");
        assert_eq!(table.get(0), Some(&[-7; MAX_LABELS]));
        assert!((1000..2000).all(|k| table.get(attribute_hash(&format!("w={k}"))).is_none()));
    }

    #[test]
    fn piece_hashes_compose_like_the_strings() {
        let whole = ["w-1=mayor", "sb=Xx|x", "", "g+1=PB", "s4=ères"];
        for text in whole {
            for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
                let (a, b) = text.split_at(cut);
                assert_eq!(PieceHash::of(a).then(PieceHash::of(b)), PieceHash::of(text), "{a:?} + {b:?}");
            }
        }
        assert_ne!(attribute_hash("ab"), attribute_hash("ba"));
        assert_ne!(attribute_hash("w=a"), attribute_hash("w=a\0"));
    }

    #[test]
    fn no_two_attributes_of_the_embedded_model_share_a_hash() {
        // Loading refuses a model two of whose attributes fall on the same table key.
        let crf = Crf::from_bytes(include_bytes!("../../data/ner/model.bin")).unwrap();
        assert!(crf.num_attributes() > 50_000, "{} attributes", crf.num_attributes());
        let err = Crf::from_bytes(&model_with(&["x", "x"])).unwrap_err();
        assert!(err.contains("\"x\" shares its table key"), "{err}");
    }

    #[test]
    fn loads_and_decodes() {
        let crf = Crf::from_bytes(&tiny()).unwrap();
        assert_eq!(crf.labels(), ["A", "B"]);
        let mut scores = vec![[0; MAX_LABELS]; 3];
        crf.add_hashed(&[attribute_hash("x")], 0..1, &mut scores[2]);
        crf.add_hashed(&[attribute_hash("unknown")], 0..1, &mut scores[0]);
        assert_eq!(scores[2][1], 150);
        let (mut out, mut back) = (Vec::new(), Vec::new());
        crf.viterbi(&scores, &mut out, &mut back);
        // Word 3 says B (1.5); A→A→B (2.5) beats A→B→B (2.0) and B→B→B (0.5).
        assert_eq!(out, [0, 0, 1]);
        assert!(Crf::from_bytes(b"nonsense").is_err());
    }
}
