import Testing
@testable import CXAnalytics
import CXData

/// The byte-keyed hash table under VADER's lexicon and the theme matcher.
@Suite struct WordTableTests {
    /// Seeded random lower-case words of 1–12 letters, distinct.
    static func words(_ count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        var seen = Set<String>()
        while seen.count < count {
            let length = 1 + Int(generator.uniform() * 12)
            seen.insert(String((0..<length).map { _ in Character(UnicodeScalar(UInt8(97 + Int(generator.uniform() * 26)))) }))
        }
        return seen.sorted()
    }

    // Proves every key is found at its own index after the table has grown past its first
    // size, and that words not in it (including each key one letter longer or shorter, which
    // share most bytes) are not found, whatever their hash tags.
    @Test func findsExactlyTheKeysItHolds() {
        let keys = Self.words(6_000, seed: 11)
        var table = WordTable<Int>(capacity: 16)
        for (index, key) in keys.enumerated() { table.insert(key, index) }
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() { #expect(table.index(of: key) == index) }
        let members = Set(keys)
        let probes = Self.words(6_000, seed: 12) + keys.map { $0 + "s" } + keys.map { String($0.dropLast()) }
        let absent = probes.filter { !members.contains($0) }
        #expect(absent.count > 10_000)
        #expect(absent.allSatisfy { table.index(of: $0) == nil })
    }

    // Proves inserting a key again combines its values instead of adding a second entry.
    @Test func insertingAKeyAgainCombines() {
        var table = WordTable<[Int]>(capacity: 4)
        table.insert("staff", [1]) { $0 += $1 }
        table.insert("staff", [2]) { $0 += $1 }
        #expect(table.count == 1)
        #expect(table.index(of: "staff").map { table.values[$0] } == [1, 2])
    }
}
