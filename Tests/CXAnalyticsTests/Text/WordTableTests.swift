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

    // Proves the bit filter before the slots lets every key through and turns most other
    // words away without a slot read: 6,000 keys set at most 6,000 of its 65,536 bits (four
    // a slot, 16,384 slots), so about 1 − e^(−6000/65536) ≈ 8.7% of absent words pass; the
    // test allows up to 15%.
    @Test func filterTurnsAwayMostAbsentWords() {
        let keys = Self.words(6_000, seed: 11)
        var table = WordTable<Int>(capacity: 16)
        for (index, key) in keys.enumerated() { table.insert(key, index) }
        #expect(keys.allSatisfy { table.mayContain($0) })
        let members = Set(keys)
        let absent = Self.words(6_000, seed: 12).filter { !members.contains($0) }
        let passing = absent.filter { table.mayContain($0) }.count
        #expect(absent.count > 5_000)
        #expect(Double(passing) < 0.15 * Double(absent.count))
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

/// The compiled-in VADER analyzer, built straight from the table's bytes, against the one
/// built through the lexicon's parser and dictionary (`SentimentAnalyzer(lexicon:)`).
@Suite struct VaderVocabularyTests {
    // Proves the byte reading of the table gives the lexicon's entries: the same 7,506
    // words with the same valences, a later line replacing an earlier one as the dictionary does.
    @Test func byteReadingGivesTheLexiconEntries() {
        var read: [String: Double] = [:]
        var lines = 0
        SentimentLexicon.forEachVaderEntry { word, valence in
            read[String(decoding: word, as: UTF8.self)] = valence
            lines += 1
        }
        #expect(lines >= 7_506)
        #expect(read.count == 7_506)
        #expect(read == SentimentLexicon.vader.entries)
    }

    // Proves both analyzers know every word alike: each lexicon word, booster, negation and
    // special word has the same flags and values in both vocabularies, and both hold the
    // same number of words (so neither has one the other lacks).
    @Test func fastAnalyzerHasTheSameVocabulary() {
        let fast = SentimentAnalyzer.vader.tokenizer.vocabulary
        let reference = SentimentAnalyzer(lexicon: .vader).tokenizer.vocabulary
        #expect(fast.count == reference.count)
        let words = Array(SentimentLexicon.vader.entries.keys) + Array(VaderRules.boosters.keys) + VaderRules.negations
            + VaderSpecial.allCases.filter { $0 != .none }.map(\.word)
        #expect(words.count > 7_600)
        for word in words {
            guard let a = fast.index(of: word), let b = reference.index(of: word) else {
                Issue.record("\(word) missing from a vocabulary")
                continue
            }
            #expect(fast.values[a] == reference.values[b], "\(word)")
        }
    }
}
