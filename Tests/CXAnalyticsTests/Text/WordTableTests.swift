import Testing
@testable import CXAnalytics
import CXData

/// The byte-keyed hash table under VADER's lexicon and the theme matcher.
@Suite struct WordTableTests {
    /// Seeded random lower-case words of 1–20 letters (so past the eight bytes a slot holds), distinct.
    static func words(_ count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        var seen = Set<String>()
        while seen.count < count {
            let length = 1 + Int(generator.uniform() * 20)
            seen.insert(String((0..<length).map { _ in Character(UnicodeScalar(UInt8(97 + Int(generator.uniform() * 26)))) }))
        }
        return seen.sorted()
    }

    // Proves every key is found at its own index after the table has grown past its first
    // size, and that words not in it are not found: among them each key one letter longer
    // or shorter, and each key of more than eight bytes with its last letter changed (same
    // length and first eight bytes as the key, so only the bytes past the slot's tell).
    @Test func findsExactlyTheKeysItHolds() {
        let keys = Self.words(6_000, seed: 11)
        var table = WordTable<Int>(capacity: 16)
        for (index, key) in keys.enumerated() { table.insert(key, index) }
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() { #expect(table.index(of: key) == index) }
        let members = Set(keys)
        let changedLast: [String] = keys.filter { $0.utf8.count > 8 }.map { key in
            String(key.dropLast()) + (key.hasSuffix("z") ? "y" : "z")
        }
        #expect(changedLast.count > 1_000)
        let longer: [String] = keys.map { $0 + "s" }
        let shorter: [String] = keys.map { String($0.dropLast()) }
        let probes: [String] = Self.words(6_000, seed: 12) + longer + shorter + changedLast
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

    // Proves a key longer than the eight bytes a slot holds is told apart by its later
    // bytes: in a 16-slot table, 2,000 words with the key's first eight bytes and length
    // (about one in sixteen starts probing at the key's slot) are all not found.
    @Test func longKeysAreComparedPastTheirFirstEightBytes() {
        var table = WordTable<Int>(capacity: 4)
        table.insert("abcdefghijkl", 0)
        var generator = SeededGenerator(seed: 13)
        let variants = (0..<2_000).map { _ in
            "abcdefgh" + String((0..<4).map { _ in Character(UnicodeScalar(UInt8(97 + Int(generator.uniform() * 26)))) })
        }.filter { $0 != "abcdefghijkl" }
        #expect(table.index(of: "abcdefghijkl") == 0)
        #expect(variants.allSatisfy { table.index(of: $0) == nil })
    }
}
