import CXData
import Testing
@testable import CXAnalytics

/// The word-at-a-time byte scans give what a plain byte loop gives, at every length and
/// alignment around the eight-byte words.
struct ByteScanTests {
    /// By hand: "Why?? Great!!!" has 3 "!" and 2 "?"; "café" is not ASCII, "cafe" is.
    @Test func handCases() {
        let text = Array("Why?? Great!!!".utf8)
        let counts = text.withUnsafeBufferPointer { $0.counts(of: 0x21, 0x3F) }
        #expect(counts.first == 3 && counts.second == 2)
        #expect(Array("café".utf8).withUnsafeBufferPointer(\.containsNonASCII))
        #expect(!Array("cafe".utf8).withUnsafeBufferPointer(\.containsNonASCII))
        #expect(![UInt8]().withUnsafeBufferPointer(\.containsNonASCII))
    }

    /// 20,000 seeded byte strings of 0–40 bytes drawn mostly from the bytes the scans look
    /// for and their neighbours ("!" 0x21, "?" 0x3F, 0x20, 0x22, 0x3E, 0x7F, 0x80, 0xC2,
    /// 0xFF, 0x01), each scanned from every start offset up to 8.
    @Test func matchesAByteLoop() {
        var generator = SeededGenerator(seed: 3)
        let alphabet: [UInt8] = [0x21, 0x3F, 0x20, 0x22, 0x3E, 0x7F, 0x80, 0xC2, 0xFF, 0x01, 0x61, 0x61, 0x61, 0x61]
        var mismatches: [[UInt8]] = []
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : 0x61
            }
            bytes.withUnsafeBufferPointer { all in
                for start in 0...min(8, all.count) {
                    let text = UnsafeBufferPointer(rebasing: all[start...])
                    let counts = text.counts(of: 0x21, 0x3F)
                    if counts.first != text.filter({ $0 == 0x21 }).count || counts.second != text.filter({ $0 == 0x3F }).count
                        || text.containsNonASCII != text.contains(where: { $0 >= 0x80 }) {
                        mismatches.append(Array(text))
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "first of \(mismatches.count) mismatches: \(mismatches.first ?? [])")
    }
}
