/// Approximate text widths, truncation and wrapping by character count.
///
/// SVG has no layout engine, and measuring real glyphs would need fonts (and make output
/// machine-dependent). Widths are therefore estimated from character classes — narrow
/// punctuation, Latin letters, capitals, wide East Asian characters and emoji — which is
/// close enough to reserve space and keep labels from colliding.
enum TextMeasure {
    /// Estimated width of `text` at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        for character in text { em += emWidth(character) }
        return em * fontSize
    }

    /// Width of one character in ems.
    static func emWidth(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        switch value {
        case 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x21, 0x7C, 0x69, 0x6A, 0x6C, 0x49, 0x28, 0x29: return 0.3
        case 0x41...0x5A, 0x6D, 0x77, 0x40, 0x25: return 0.7
        case 0x30...0x39: return 0.56
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD: return 1.0
        default: return 0.56
        }
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

    /// `text` wrapped on spaces into at most `maxLines` lines of `maxWidth`; the last line
    /// is truncated when the text does not fit. `wasCut` reports truncation.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> (lines: [String], wasCut: Bool) {
        if width(text, fontSize: fontSize) <= maxWidth || maxLines <= 1 {
            let cut = truncate(text, maxWidth: maxWidth, fontSize: fontSize)
            return ([cut.text], cut.wasCut)
        }
        var lines: [String] = []
        var current = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var index = 0
        while index < words.count {
            let word = String(words[index])
            let candidate = current.isEmpty ? word : current + " " + word
            if width(candidate, fontSize: fontSize) <= maxWidth {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                // A single word wider than the line: break it by characters.
                let cut = truncate(word, maxWidth: maxWidth, fontSize: fontSize)
                if lines.count == maxLines - 1 { return (lines + [cut.text], true) }
                let keep = String(cut.text.dropLast())
                lines.append(keep)
                let rest = String(word.dropFirst(keep.count))
                var remaining = words[(index + 1)...].map(String.init)
                remaining.insert(rest, at: 0)
                return wrapRest(lines: lines, rest: remaining.joined(separator: " "), maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
            }
            lines.append(current)
            current = ""
            if lines.count == maxLines - 1 {
                let rest = words[index...].joined(separator: " ")
                let cut = truncate(rest, maxWidth: maxWidth, fontSize: fontSize)
                return (lines + [cut.text], cut.wasCut)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return (lines, false)
    }

    private static func wrapRest(lines: [String], rest: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> (lines: [String], wasCut: Bool) {
        let tail = wrap(rest, maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines - lines.count)
        return (lines + tail.lines, tail.wasCut)
    }
}
