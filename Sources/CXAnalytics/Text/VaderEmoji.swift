// VADER's emoji handling (vaderSentiment 3.3.2, polarity_scores and make_emoji_dict),
// Copyright (c) 2016 C.J. Hutto, MIT License: see LICENSES/vaderSentiment-MIT.txt.

/// VADER's first step: every emoji is replaced by its description ("😡" → "pouting face",
/// "👍" → "thumbs up"), whose words the lexicon then scores.
///
/// `polarity_scores` walks the text one code point at a time; a code point found in the
/// emoji table becomes its description, preceded by a space unless the previous character
/// was a space (U+0020) or the emoji opens the text. Nothing is inserted after it, so
/// "👍great" becomes "thumbs upgreat", as in VADER. Sequences of several code points (skin
/// tones, flags, ZWJ families) are never matched whole: their parts are looked up one by one.
enum VaderEmoji {
    /// Code point → description bytes, parsed from the compiled-in table at first use.
    static let descriptions: [UInt32: [UInt8]] = {
        var result: [UInt32: [UInt8]] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, let code = UInt32(fields[0], radix: 16) else {
                fatalError("the compiled-in VADER emoji table has a malformed line: \(line)")
            }
            result[code] = Array(fields[1].utf8)
        }
        return result
    }()

    /// The text with its emoji replaced, or nil when it has none (ASCII text never has any:
    /// the lowest emoji code point in the table is U+00A9). Malformed UTF-8 is copied as is.
    static func substitute(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard text.containsNonASCII else { return nil }
        var output: [UInt8] = []
        var copied = 0
        var previousIsSpace = true
        var index = 0
        while index < text.count {
            let (scalar, length) = decode(text, at: index)
            if let scalar, let description = descriptions[scalar] {
                if output.isEmpty { output.reserveCapacity(text.count + 32) }
                output.append(contentsOf: text[copied..<index])
                if !previousIsSpace { output.append(0x20) }
                output.append(contentsOf: description)
                copied = index + length
                previousIsSpace = false
            } else {
                previousIsSpace = text[index] == 0x20
            }
            index += length
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: text[copied...])
        return output
    }

    /// The code point starting at `index` and its byte length; nil (length 1) for a byte
    /// that does not start a well-formed sequence.
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32?, Int) {
        let lead = text[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard length > 0, lead < 0xF5, index + length <= text.count else { return (nil, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = text[index + offset]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }
}
