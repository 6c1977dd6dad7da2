//! QR codes for the consent link: the subset of ISO/IEC 18004 a URL needs — byte mode,
//! error-correction level M (15 % recovery), versions 1 to 40, and the mask with the lowest
//! penalty score — plus the SVG path that draws the result from numbers only.
//!
//! Written here instead of taken from a crate for size: a general encoder (numeric, alphanumeric
//! and kanji modes, segment optimisation, Micro QR) cost about 14 KB of the gzipped page, this one
//! a small fraction of it. `domain/tests/qr.rs` checks every matrix bit for bit against the
//! `qrcode` crate (a dev-dependency only) for the same version and mask. The layout follows the
//! public structure of Project Nayuki's reference QR Code generator.

/// Error-correction codewords per block at level M, by version (index 0 unused).
const ECC_PER_BLOCK: [u8; 41] = [
    0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
/// Error-correction blocks at level M, by version (index 0 unused).
const BLOCKS: [u8; 41] = [
    0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
    25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// A QR code: a square of dark and light modules, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    version: u8,
    size: usize,
    modules: Vec<bool>,
}

impl QrMatrix {
    /// The version (1–40); the side is `17 + 4 × version` modules.
    pub fn version(&self) -> u8 {
        self.version
    }

    /// The number of modules per side.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark (false outside the code).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// SVG path data drawing every dark module, one rectangle per horizontal run, offset by a
    /// `quiet`-module margin: `M{x} {y}h{n}v1h-{n}z…`. The view box is `size + 2 × quiet` wide.
    pub fn svg_path(&self, quiet: usize) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.is_dark(x, y) {
                    let start = x;
                    while self.is_dark(x, y) {
                        x += 1;
                    }
                    let n = x - start;
                    d.push_str(&format!("M{} {}h{n}v1h-{n}z", start + quiet, y + quiet));
                } else {
                    x += 1;
                }
            }
        }
        d
    }
}

/// Encodes `data` in byte mode at level M in the smallest version that holds it, with the best
/// mask; `None` when it does not fit in version 40 (2331 bytes).
pub fn encode(data: &[u8]) -> Option<QrMatrix> {
    let version = (1..=40u8).find(|&v| capacity_bits(v) >= data_bits(v, data.len()))?;
    let codewords = codewords(version, data);
    let mut best: Option<(u32, QrMatrix)> = None;
    for mask in 0..8 {
        let m = build(version, &codewords, mask);
        let score = penalty(&m);
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, m));
        }
    }
    best.map(|(_, m)| m)
}

/// The most bytes version `version` (1–40) holds at level M (14 for version 1, 2331 for 40).
pub fn max_bytes(version: u8) -> usize {
    (capacity_bits(version) - 4 - count_bits(version)) / 8
}

/// Like [`encode`] in a given version (if the data fits) with a given mask (0–7), for tests.
pub fn encode_with(data: &[u8], version: u8, mask: u8) -> Option<QrMatrix> {
    if !(1..=40).contains(&version)
        || mask > 7
        || capacity_bits(version) < data_bits(version, data.len())
    {
        return None;
    }
    Some(build(version, &codewords(version, data), mask))
}

/// Modules left for data and error correction once the function patterns are placed.
fn raw_data_modules(v: u8) -> usize {
    let v = usize::from(v);
    let mut result = (16 * v + 128) * v + 64;
    if v >= 2 {
        let align = v / 7 + 2;
        result -= (25 * align - 10) * align - 55;
        if v >= 7 {
            result -= 36;
        }
    }
    result
}

fn data_codewords(v: u8) -> usize {
    raw_data_modules(v) / 8
        - usize::from(ECC_PER_BLOCK[usize::from(v)]) * usize::from(BLOCKS[usize::from(v)])
}

fn capacity_bits(v: u8) -> usize {
    data_codewords(v) * 8
}

fn count_bits(v: u8) -> usize {
    if v <= 9 { 8 } else { 16 }
}

fn data_bits(v: u8, len: usize) -> usize {
    if len >= 1 << count_bits(v) {
        return usize::MAX;
    }
    4 + count_bits(v) + 8 * len
}

/// The final codeword sequence: data (mode, length, bytes, terminator, padding) split into blocks,
/// each followed by its Reed–Solomon codewords, interleaved.
fn codewords(v: u8, data: &[u8]) -> Vec<u8> {
    // Mode 0100, the length, the bytes and the 0000 terminator: whole bytes shifted by a nibble
    // (the terminator always fits, as the capacity is whole bytes and the data ends mid-byte).
    let capacity = capacity_bits(v) / 8;
    let length = (data.len() as u16).to_be_bytes();
    let length = if count_bits(v) == 8 {
        &length[1..]
    } else {
        &length[..]
    };
    let mut bytes = Vec::with_capacity(capacity);
    let mut nibble = 0b0100;
    for b in length.iter().chain(data) {
        bytes.push(nibble << 4 | b >> 4);
        nibble = b & 15;
    }
    bytes.push(nibble << 4);
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if bytes.len() >= capacity {
            break;
        }
        bytes.push(pad);
    }

    let blocks = usize::from(BLOCKS[usize::from(v)]);
    let ecc_len = usize::from(ECC_PER_BLOCK[usize::from(v)]);
    let raw = raw_data_modules(v) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_len = raw / blocks;
    let divisor = rs_divisor(ecc_len);
    let mut split: Vec<Vec<u8>> = Vec::with_capacity(blocks);
    let mut k = 0;
    for i in 0..blocks {
        let n = short_len - ecc_len + usize::from(i >= short_blocks);
        let mut block = bytes[k..k + n].to_vec();
        k += n;
        let ecc = rs_remainder(&block, &divisor);
        if i < short_blocks {
            block.push(0);
        }
        block.extend(ecc);
        split.push(block);
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..=short_len {
        for (j, block) in split.iter().enumerate() {
            if i != short_len - ecc_len || j >= short_blocks {
                out.push(block[i]);
            }
        }
    }
    out
}

fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u16::from(y >> i & 1) * u16::from(x);
    }
    z as u8
}

fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut result = vec![0u8; degree];
    result[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            result[j] = gf_mul(result[j], root);
            if j + 1 < degree {
                result[j] ^= result[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    result
}

fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut result = vec![0u8; divisor.len()];
    for b in data {
        let factor = b ^ result.remove(0);
        result.push(0);
        for (r, d) in result.iter_mut().zip(divisor) {
            *r ^= gf_mul(*d, factor);
        }
    }
    result
}

struct Grid {
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }
}

fn alignment_positions(v: u8) -> Vec<usize> {
    if v == 1 {
        return Vec::new();
    }
    let v = usize::from(v);
    let count = v / 7 + 2;
    let step = if v == 32 {
        26
    } else {
        (v * 4 + 4).div_ceil(count * 2 - 2) * 2
    };
    // From the last position (7 modules in from the far edge) back by `step`, then 6.
    let last = 17 + 4 * v - 7;
    let mut result: Vec<usize> = (0..count - 1).map(|i| last - i * step).collect();
    result.push(6);
    result.reverse();
    result
}

fn format_bits(mask: u8) -> u32 {
    // Level M is 0b00 in the format information.
    let data = u32::from(mask);
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    ((data << 10) | rem) ^ 0x5412
}

fn draw_format(g: &mut Grid, mask: u8) {
    let bits = format_bits(mask);
    let bit = |i: usize| bits >> i & 1 == 1;
    let size = g.size;
    for i in 0..=5 {
        g.set_function(8, i, bit(i));
    }
    g.set_function(8, 7, bit(6));
    g.set_function(8, 8, bit(7));
    g.set_function(7, 8, bit(8));
    for i in 9..15 {
        g.set_function(14 - i, 8, bit(i));
    }
    for i in 0..8 {
        g.set_function(size - 1 - i, 8, bit(i));
    }
    for i in 8..15 {
        g.set_function(8, size - 15 + i, bit(i));
    }
    g.set_function(8, size - 8, true);
}

fn build(v: u8, codewords: &[u8], mask: u8) -> QrMatrix {
    let size = 17 + 4 * usize::from(v);
    let mut g = Grid {
        size,
        dark: vec![false; size * size],
        function: vec![false; size * size],
    };
    for i in 0..size {
        g.set_function(6, i, i % 2 == 0);
        g.set_function(i, 6, i % 2 == 0);
    }
    for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                if (0..size as i32).contains(&x) && (0..size as i32).contains(&y) {
                    let dist = dx.abs().max(dy.abs());
                    g.set_function(x as usize, y as usize, dist != 2 && dist != 4);
                }
            }
        }
    }
    let align = alignment_positions(v);
    let last = align.len().saturating_sub(1);
    for (i, &ax) in align.iter().enumerate() {
        for (j, &ay) in align.iter().enumerate() {
            // The three corners that would overlap a finder pattern get no alignment pattern.
            let (lo, hi) = (i.min(j), i.max(j));
            if lo == 0 && (hi == 0 || hi == last) {
                continue;
            }
            for dy in -2i32..=2 {
                for dx in -2i32..=2 {
                    let dist = dx.abs().max(dy.abs());
                    g.set_function(
                        (ax as i32 + dx) as usize,
                        (ay as i32 + dy) as usize,
                        dist != 1,
                    );
                }
            }
        }
    }
    draw_format(&mut g, mask);
    if v >= 7 {
        let data = u32::from(v);
        let mut rem = data;
        for _ in 0..12 {
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
        }
        let bits = data << 12 | rem;
        for i in 0..18 {
            let dark = bits >> i & 1 == 1;
            let (a, b) = (size - 11 + i % 3, i / 3);
            g.set_function(a, b, dark);
            g.set_function(b, a, dark);
        }
    }

    // Data, in the two-module-wide zigzag from the bottom-right corner.
    let total_bits = codewords.len() * 8;
    let mut i = 0;
    let mut right = size - 1;
    loop {
        if right == 6 {
            right = 5;
        }
        for vert in 0..size {
            for j in 0..2 {
                let x = right - j;
                let upward = (right + 1) & 2 == 0;
                let y = if upward { size - 1 - vert } else { vert };
                let at = y * size + x;
                if !g.function[at] && i < total_bits {
                    g.dark[at] = codewords[i >> 3] >> (7 - (i & 7)) & 1 == 1;
                    i += 1;
                }
            }
        }
        if right < 2 {
            break;
        }
        right -= 2;
    }

    for y in 0..size {
        for x in 0..size {
            let flip = match mask {
                0 => (x + y) % 2 == 0,
                1 => y % 2 == 0,
                2 => x % 3 == 0,
                3 => (x + y) % 3 == 0,
                4 => (x / 3 + y / 2) % 2 == 0,
                5 => x * y % 2 + x * y % 3 == 0,
                6 => (x * y % 2 + x * y % 3) % 2 == 0,
                _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
            };
            let at = y * size + x;
            if flip && !g.function[at] {
                g.dark[at] = !g.dark[at];
            }
        }
    }
    QrMatrix {
        version: v,
        size,
        modules: g.dark,
    }
}

/// The penalty score of ISO/IEC 18004 §7.8.3 (runs, 2×2 blocks, finder-like patterns, balance).
fn penalty(m: &QrMatrix) -> u32 {
    let size = m.size;
    let mut score = 0u32;
    for horizontal in [true, false] {
        for a in 0..size {
            let at = |b: usize| {
                if horizontal {
                    m.is_dark(b, a)
                } else {
                    m.is_dark(a, b)
                }
            };
            let mut run_color = false;
            let mut run = 0usize;
            let mut history = [0usize; 7];
            for b in 0..size {
                if at(b) == run_color {
                    run += 1;
                    if run == 5 {
                        score += 3;
                    } else if run > 5 {
                        score += 1;
                    }
                } else {
                    add_history(run, &mut history, size);
                    if !run_color {
                        score += finder_like(&history) * 40;
                    }
                    run_color = at(b);
                    run = 1;
                }
            }
            if run_color {
                add_history(run, &mut history, size);
                run = 0;
            }
            add_history(run + size, &mut history, size);
            score += finder_like(&history) * 40;
        }
    }
    for y in 0..size - 1 {
        for x in 0..size - 1 {
            let c = m.is_dark(x, y);
            if c == m.is_dark(x + 1, y) && c == m.is_dark(x, y + 1) && c == m.is_dark(x + 1, y + 1)
            {
                score += 3;
            }
        }
    }
    let dark = m.modules.iter().filter(|d| **d).count();
    let total = size * size;
    let k = (dark * 20)
        .abs_diff(total * 10)
        .div_ceil(total)
        .saturating_sub(1);
    score + k as u32 * 10
}

fn add_history(mut run: usize, history: &mut [usize; 7], size: usize) {
    if history[0] == 0 {
        run += size;
    }
    history.copy_within(0..6, 1);
    history[0] = run;
}

fn finder_like(h: &[usize; 7]) -> u32 {
    let n = h[1];
    let core = n > 0 && h[2] == n && h[3] == n * 3 && h[4] == n && h[5] == n;
    u32::from(core && h[0] >= n * 4 && h[6] >= n) + u32::from(core && h[6] >= n * 4 && h[0] >= n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_at_level_m_match_the_standard() {
        // ISO/IEC 18004 Table 7, byte mode, level M.
        let bytes = max_bytes;
        assert_eq!(bytes(1), 14);
        assert_eq!(bytes(2), 26);
        assert_eq!(bytes(10), 213);
        assert_eq!(bytes(20), 666);
        assert_eq!(bytes(40), 2331);
    }

    #[test]
    fn alignment_positions_match_the_standard() {
        assert_eq!(alignment_positions(1), Vec::<usize>::new());
        assert_eq!(alignment_positions(2), vec![6, 18]);
        assert_eq!(alignment_positions(7), vec![6, 22, 38]);
        assert_eq!(alignment_positions(32), vec![6, 34, 60, 86, 112, 138]);
        assert_eq!(alignment_positions(40), vec![6, 30, 58, 86, 114, 142, 170]);
    }

    #[test]
    fn too_long_is_none() {
        assert!(encode(&[b'a'; 2331]).is_some());
        assert!(encode(&[b'a'; 2332]).is_none());
    }

    #[test]
    fn svg_path_draws_runs() {
        let m = QrMatrix {
            version: 1,
            size: 3,
            modules: vec![true, true, false, true, false, false, false, true, true],
        };
        assert_eq!(m.svg_path(4), "M4 4h2v1h-2zM4 5h1v1h-1zM5 6h2v1h-2z");
    }
}
