/// Approximate text widths, truncation and wrapping by character count.
///
/// SVG has no layout engine, and measuring real glyphs would need fonts (and make output
/// machine-dependent). Widths are therefore estimated from character classes — narrow
/// punctuation, Latin letters, capitals, wide East Asian characters and emoji — which is
/// close enough to reserve space and keep labels from colliding.
enum TextMeasure {
    /// Estimated width of `text` at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double) -> Double {
        // Scalars rather than grapheme clusters: much faster, and combining marks and
        // joiners count as zero width, so the estimate matches per-character widths.
        var em = 0.0
        for scalar in text.unicodeScalars { em += scalarWidth(scalar.value) }
        return em * fontSize
    }

    /// Width of one Unicode scalar in ems (zero for combining marks, joiners, selectors).
    static func scalarWidth(_ value: UInt32) -> Double {
        switch value {
        case 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x21, 0x7C, 0x69, 0x6A, 0x6C, 0x49, 0x28, 0x29: return 0.3
        case 0x41...0x5A, 0x6D, 0x77, 0x40, 0x25, 0xC0...0xDE: return 0.72
        case 0x300...0x36F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD: return 1.0
        default: return 0.6
        }
    }

    /// Width of one character (grapheme cluster) in ems: the sum of its scalars.
    static func emWidth(_ character: Character) -> Double {
        var em = 0.0
        for scalar in character.unicodeScalars { em += scalarWidth(scalar.value) }
        return em
    }

    /// `text` shortened to fit `maxWidth`, ending in `…` when cut; `wasCut` tells which.
    static func truncate(_ text: String, maxWidth: Double, fontSize: Double) -> (text: String, wasCut: Bool) {
        if width(text, fontSize: fontSize) <= maxWidth { return (text, false) }
        let budget = maxWidth / fontSize - emWidth("…")
        var used = 0.0
        var kept = ""
        for character in text {
            let w = emWidth(character)
            if used + w > budget { break }
            used += w
            kept.append(character)
        }
        while kept.last == " " { kept.removeLast() }
        return (kept + "…", true)
    }

    /// `text` wrapped on spaces into at most `maxLines` lines of `maxWidth`. Words are
    /// never split: a word wider than a line is truncated, and the last line takes the
    /// rest of the text, truncated if needed. `wasCut` reports any truncation.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> (lines: [String], wasCut: Bool) {
        if width(text, fontSize: fontSize) <= maxWidth || maxLines <= 1 {
            let cut = truncate(text, maxWidth: maxWidth, fontSize: fontSize)
            return ([cut.text], cut.wasCut)
        }
        var lines: [String] = []
        var remaining = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)[...]
        var wasCut = false
        while let first = remaining.first, lines.count < maxLines {
            if lines.count == maxLines - 1 {
                let rest = truncate(remaining.joined(separator: " "), maxWidth: maxWidth, fontSize: fontSize)
                lines.append(rest.text)
                wasCut = wasCut || rest.wasCut
                break
            }
            if width(first, fontSize: fontSize) > maxWidth {
                lines.append(truncate(first, maxWidth: maxWidth, fontSize: fontSize).text)
                wasCut = true
                remaining = remaining.dropFirst()
                continue
            }
            var line = first
            var taken = 1
            while taken < remaining.count {
                let candidate = line + " " + remaining[remaining.startIndex + taken]
                guard width(candidate, fontSize: fontSize) <= maxWidth else { break }
                line = candidate
                taken += 1
            }
            lines.append(line)
            remaining = remaining.dropFirst(taken)
        }
        return (lines, wasCut)
    }
}
