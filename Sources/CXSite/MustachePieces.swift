/// Cuts a long narrative into pieces that Mustache can render one at a time with the
/// same result as the whole.
///
/// swift-mustache 2.1.1 measures the remaining template (`String.distance`, a walk over
/// Characters) at every tag, so parsing is quadratic in the template's length: a 250 KB
/// narrative full of tags took 1.9 s and a 1 MB one 30 s. Rendering pieces of a few
/// kilobytes keeps every walk short.
///
/// A cut is made only at the start of a line with no section open (`{{#…}}`/`{{^…}}`
/// matched by `{{/…}}`, counted over the tags before it), so every section, and every
/// standalone tag line, stays whole in one piece; top-level text renders the same
/// wherever it is cut. Templates that change delimiters (`{{=…=}}`), leave a tag
/// unclosed or close a section never opened are not cut: the whole template goes to the
/// parser, which reports the error where it is.
enum MustachePieces {
    /// A piece of the body and the 0-based line of the body it starts on.
    struct Piece: Equatable {
        var text: Substring
        var firstLine: Int
    }

    /// The pieces of `text`, each at least `minimumBytes` long except the last; one piece
    /// when the template must not be cut.
    static func split(_ text: String, minimumBytes: Int = 8192) -> [Piece] {
        let whole = [Piece(text: text[...], firstLine: 0)]
        guard text.utf8.count > minimumBytes else { return whole }
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), newline = UInt8(ascii: "\n")
        var cuts: [(offset: Int, line: Int)] = [(0, 0)]
        var depth = 0, line = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == newline {
                line += 1
                index += 1
                if depth == 0, index - cuts[cuts.count - 1].offset >= minimumBytes, index < bytes.count {
                    cuts.append((index, line))
                }
                continue
            }
            guard byte == open, index + 1 < bytes.count, bytes[index + 1] == open else { index += 1; continue }
            // A tag: find its end (`}}`, or `}}}` for `{{{name}}}`), counting the lines
            // inside it (comments may span lines).
            let closing = index + 2 < bytes.count && bytes[index + 2] == open ? 3 : 2
            var end = index + closing
            while end + closing <= bytes.count, !(bytes[end] == close && bytes[end + 1] == close && (closing == 2 || bytes[end + 2] == close)) {
                if bytes[end] == newline { line += 1 }
                end += 1
            }
            guard end + closing <= bytes.count else { return whole }
            var kind = index + 2
            while kind < end, bytes[kind] == UInt8(ascii: " ") || bytes[kind] == UInt8(ascii: "\t") { kind += 1 }
            switch kind < end ? bytes[kind] : 0 {
            case UInt8(ascii: "#"), UInt8(ascii: "^"): depth += 1
            case UInt8(ascii: "/"):
                depth -= 1
                if depth < 0 { return whole }
            case UInt8(ascii: "="): return whole
            default: break
            }
            index = end + closing
        }
        guard depth == 0, cuts.count > 1 else { return whole }
        let utf8 = text.utf8
        var pieces: [Piece] = []
        for (position, cut) in cuts.enumerated() {
            let start = utf8.index(utf8.startIndex, offsetBy: cut.offset)
            let end = position + 1 < cuts.count ? utf8.index(utf8.startIndex, offsetBy: cuts[position + 1].offset) : utf8.endIndex
            pieces.append(Piece(text: text[start..<end], firstLine: cut.line))
        }
        return pieces
    }
}
