/// Byte-level JSON scanning for `JSONRecordReader`: whitespace, strings with escapes,
/// and values, keeping the line and character column of the cursor as it goes.
extension JSONRecordReader {
    /// The byte at the cursor; the caller has checked that there is one.
    var byte: UInt8 { source.buffer[cursor.p] }

    /// The byte at the cursor, reading more input when the buffer is used up.
    func peek() throws -> UInt8 {
        try ensureByte()
        return source.buffer[cursor.p]
    }

    /// Makes sure a byte is available at the cursor: asks for more input, or fails at
    /// an invalid UTF-8 byte or the end of the file.
    func ensureByte() throws {
        if cursor.p < source.limit { return }
        if let invalid = source.invalidByte, invalid == cursor.p { throw encodingError() }
        if !source.atEndOfFile { throw NeedMore() }
        throw syntax(layout == .array && started ? "the file ends inside the array: a closing ] is missing" : "the file ends in the middle of a value")
    }

    /// Moves past the byte at the cursor, counting lines and characters.
    @inline(__always)
    func advance() {
        let b = source.buffer[cursor.p]
        cursor.p += 1
        if b == 0x0A {
            cursor.line += 1
            cursor.column = 1
        } else if b & 0xC0 != 0x80 {
            cursor.column += 1
        }
    }

    /// Skips spaces, tabs and line breaks. At the end of the file it returns when
    /// `allowEnd`, and fails otherwise.
    func skipSpace(allowEnd: Bool = false) throws {
        while true {
            if cursor.p >= source.limit {
                if source.invalidByte == cursor.p { throw encodingError() }
                if !source.atEndOfFile { throw NeedMore() }
                if allowEnd { return }
                try ensureByte()
            }
            let b = source.buffer[cursor.p]
            guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A else { return }
            advance()
        }
    }

    /// Reads a quoted string at the cursor and appends its unescaped UTF-8 to `out`.
    func parseString(into out: inout [UInt8]) throws {
        let opening = cursor
        advance()
        while true {
            if cursor.p >= source.limit {
                if source.atEndOfFile && cursor.p == source.end {
                    cursor = opening
                    throw syntax("a string is never closed: the quote opened here runs to the end of the file")
                }
                try ensureByte()
            }
            let b = source.buffer[cursor.p]
            if b == UInt8(ascii: "\"") { advance(); return }
            if b == 0x0A || b == 0x0D {
                cursor = opening
                throw syntax("a string is not closed before the end of its line (write a line break inside a string as \\n)")
            }
            if b < 0x20 { throw syntax("a control character inside a string must be escaped (\\t, \\u0001 …)") }
            if b != UInt8(ascii: "\\") { out.append(b); advance(); continue }
            let escapeStart = cursor
            advance()
            let code = try peek()
            advance()
            switch code {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(code)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(escapeStart)
                if (0xD800...0xDBFF).contains(scalar) {
                    guard try peek() == UInt8(ascii: "\\") else { cursor = escapeStart; throw syntax("a \\u escape holds half of a surrogate pair") }
                    advance()
                    guard try peek() == UInt8(ascii: "u") else { cursor = escapeStart; throw syntax("a \\u escape holds half of a surrogate pair") }
                    advance()
                    let low = try hex4(escapeStart)
                    guard (0xDC00...0xDFFF).contains(low) else { cursor = escapeStart; throw syntax("a \\u escape holds half of a surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    cursor = escapeStart
                    throw syntax("a \\u escape holds half of a surrogate pair")
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default:
                cursor = escapeStart
                throw syntax("unknown escape \\\(Character(Unicode.Scalar(code))) in a string")
            }
        }
    }

    private func hex4(_ escapeStart: Cursor) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = try peek()
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: cursor = escapeStart; throw syntax("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            advance()
        }
        return value
    }

    /// Reads any value at the cursor and appends its field bytes to `values`:
    /// strings unescaped, numbers and booleans as written, null as nothing, and a
    /// nested array or object as its JSON text.
    func parseValue() throws {
        let b = try peek()
        switch b {
        case UInt8(ascii: "\""):
            try parseString(into: &values)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let start = cursor.p
            try skipNested()
            values.append(contentsOf: UnsafeBufferPointer(start: source.buffer + start, count: cursor.p - start))
        case UInt8(ascii: "t"): try literal("true", keep: true)
        case UInt8(ascii: "f"): try literal("false", keep: true)
        case UInt8(ascii: "n"): try literal("null", keep: false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = cursor.p
            while true {
                if cursor.p >= source.limit {
                    if source.atEndOfFile && cursor.p == source.end { break }
                    try ensureByte()
                }
                let c = source.buffer[cursor.p]
                guard (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                        || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") else { break }
                advance()
            }
            values.append(contentsOf: UnsafeBufferPointer(start: source.buffer + start, count: cursor.p - start))
        default:
            throw syntax("expected a value (a string, number, true, false, null, array or object)")
        }
    }

    private func literal(_ word: StaticString, keep: Bool) throws {
        let start = cursor
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for letter in expected {
            guard try peek() == letter else { cursor = start; throw syntax("expected a value (a string, number, true, false, null, array or object)") }
            advance()
        }
        if keep { values.append(contentsOf: expected) }
    }

    /// Moves past a nested array or object, respecting strings.
    private func skipNested() throws {
        var depth = 0
        var scratchString: [UInt8] = []
        repeat {
            let b = try peek()
            if b == UInt8(ascii: "\"") { scratchString.removeAll(keepingCapacity: true); try parseString(into: &scratchString); continue }
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
            if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1 }
            advance()
        } while depth > 0
    }

    func syntax(_ problem: String) -> DataError {
        DataError(.malformedJSON(problem), at: SourceLocation(file: displayPath, line: cursor.line, column: cursor.column),
                  hint: layout == .array ? "the file should hold one array of objects: [{\"id\": 1, …}, …]"
                                         : "NDJSON holds one complete object per line")
    }

    func encodingError() -> DataError {
        let value = String(source.buffer[cursor.p], radix: 16, uppercase: true)
        return DataError(
            .invalidEncoding("invalid UTF-8: byte 0x\(value.count == 1 ? "0" : "")\(value) at file offset \(source.bufferOffset + cursor.p) is not part of a valid UTF-8 character"),
            at: SourceLocation(file: displayPath, line: cursor.line, column: cursor.column),
            hint: "save the file as UTF-8, or declare its encoding for the dataset in cxreport.yml (encoding: latin1 or encoding: windows-1252)")
    }
}
