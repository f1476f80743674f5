/// The character encoding a dataset file is written in, set by `encoding:` in
/// cxreport.yml.
///
/// Files are UTF-8 unless declared otherwise; invalid UTF-8 is then an error at its
/// byte, never silently replaced. Old spreadsheet exports are often Latin-1 or
/// Windows-1252: declaring it transcodes every byte to UTF-8 as the file is read, so
/// the rest of the pipeline only ever sees UTF-8.
public enum TextEncoding: String, Hashable, Sendable, Codable {
    case utf8
    case latin1
    case windows1252

    /// Names accepted in cxreport.yml, case-insensitively (`utf-8`, `latin1`, `iso-8859-1`, `cp1252` …).
    public init?(name: String) {
        switch name.lowercased() {
        case "utf8", "utf-8": self = .utf8
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .latin1
        case "windows-1252", "windows1252", "cp1252": self = .windows1252
        default: return nil
        }
    }

    /// The Unicode scalar of a single byte of a Latin-1 or Windows-1252 file.
    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, €, dashes);
    /// its five undefined bytes map to themselves as in Latin-1.
    @inline(__always)
    func scalar(of byte: UInt8) -> UInt32 {
        guard self == .windows1252, byte >= 0x80, byte <= 0x9F else { return UInt32(byte) }
        return TextEncoding.windows1252High[Int(byte - 0x80)]
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Appends the UTF-8 form of single-byte text `source` to `target`, which must
    /// have room for three bytes per source byte. Returns the bytes written.
    func transcode(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        for byte in source {
            if byte < 0x80 {
                target[written] = byte
                written += 1
                continue
            }
            let scalar = self.scalar(of: byte)
            if scalar < 0x800 {
                target[written] = UInt8(0xC0 | (scalar >> 6))
                target[written + 1] = UInt8(0x80 | (scalar & 0x3F))
                written += 2
            } else {
                target[written] = UInt8(0xE0 | (scalar >> 12))
                target[written + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                target[written + 2] = UInt8(0x80 | (scalar & 0x3F))
                written += 3
            }
        }
        return written
    }
}
