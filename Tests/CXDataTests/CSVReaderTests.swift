import Testing
@testable import CXData

/// The streaming reader against the RFC 4180 cases real exports contain.
struct CSVReaderTests {
    /// Reads every record as strings with its starting line.
    static func records(_ text: String, dialect: CSVDialect? = nil, blockSize: Int = 1 << 22) throws -> [(line: Int, fields: [String])] {
        try records(bytes: Array(text.utf8), dialect: dialect, blockSize: blockSize)
    }

    static func records(bytes: [UInt8], dialect: CSVDialect? = nil, blockSize: Int = 1 << 22) throws -> [(line: Int, fields: [String])] {
        let file = try TemporaryFile(bytes: bytes)
        let reader = try CSVReader(path: file.path, displayPath: "data.csv", dialect: dialect, blockSize: blockSize)
        var result: [(Int, [String])] = []
        try reader.forEachRecord { record in
            result.append((record.line, (0..<record.count).map { record.string($0) ?? "<invalid>" }))
        }
        return result
    }

    /// Quoted delimiters, doubled quotes and a quoted line break stay inside one field,
    /// and the next record's line number counts the physical lines.
    @Test func quotedFieldsAndLineNumbers() throws {
        let rows = try Self.records("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "two\nlines", "z"], ["3", "", ""]])
        #expect(rows.map(\.line) == [1, 2, 3, 5])
    }

    /// CRLF and lone CR line ends, a UTF-8 BOM and a missing final newline.
    @Test func lineEndingsAndByteOrderMark() throws {
        let crlf = try Self.records(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\r\n1,Zoë\r\n2,\"a\r\nb\"\r\n3,x".utf8))
        #expect(crlf.map(\.fields) == [["id", "name"], ["1", "Zoë"], ["2", "a\r\nb"], ["3", "x"]])
        #expect(crlf.map(\.line) == [1, 2, 3, 5])
        let cr = try Self.records("a,b\r1,2\r")
        #expect(cr.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    /// Records that straddle buffer refills parse the same as with one big buffer.
    @Test func tinyBuffersGiveTheSameRecords() throws {
        let text = "id,comment,score\n" + (1...200).map { "\($0),\"line one\nline \"\"two\"\", with comma\",\($0 % 11)" }.joined(separator: "\r\n") + "\n"
        let big = try Self.records(text)
        for size in [16, 17, 31, 64] {
            let small = try Self.records(text, blockSize: size)
            #expect(small.map(\.fields) == big.map(\.fields))
            #expect(small.map(\.line) == big.map(\.line))
        }
        #expect(big.count == 201)
    }

    /// The delimiter is sniffed from the header: semicolon and tab exports read correctly.
    @Test func sniffsSemicolonAndTab() throws {
        #expect(try Self.records("a;b;c\n1;\"2;3\";4\n").map(\.fields) == [["a", "b", "c"], ["1", "2;3", "4"]])
        #expect(try Self.records("a\tb\n1\t2\n").map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(try Self.records("a,b;c\n1,2;3\n", dialect: .semicolon).map(\.fields) == [["a,b", "c"], ["1,2", "3"]])
    }

    /// An unterminated quote is an error at the line and field where the quote opened.
    @Test func unterminatedQuoteIsLocated() throws {
        let error = try #require(throws: DataError.self) { try Self.records("a,b\n1,2\n3,\"open\nstill open\n") }
        #expect(error.location == SourceLocation(file: "data.csv", line: 3, column: 2))
        #expect(error.description.hasPrefix("data.csv:3:2: error: a quoted field is never closed"))
    }

    /// Text after a closing quote is an error naming the line and field.
    @Test func textAfterClosingQuoteIsLocated() throws {
        let error = try #require(throws: DataError.self) { try Self.records("a,b\n1,\"x\"y\n") }
        #expect(error.location == SourceLocation(file: "data.csv", line: 2, column: 2))
    }

    /// A missing file is a located "no such file" error, not a crash.
    @Test func missingFile() throws {
        let error = try #require(throws: DataError.self) {
            _ = try CSVReader(path: "/nonexistent/cxreport/data.csv", displayPath: "content/data/x.csv")
        }
        #expect(error.reason == .fileNotFound)
        #expect(error.location.file == "content/data/x.csv")
    }

    /// Numbers parse from bytes exactly as the standard library parses their text.
    @Test func numbersFromBytes() {
        for text in ["0", "10", " 7 ", "-3.25", "+4", "0.1", "123456.789", "1e3", "3,5"] {
            var copy = text
            let parsed = copy.withUTF8 { ByteNumber.parseDouble($0) }
            let expected = Double(text.trimmingCharacters(in: .whitespaces))
            #expect(parsed == expected, "\(text)")
        }
        var decimalComma = "4,5"
        #expect(decimalComma.withUTF8 { ByteNumber.parseDouble($0, decimalComma: true) } == 4.5)
        var word = "eleven"
        #expect(word.withUTF8 { ByteNumber.parseInt($0) } == nil)
    }

    /// A decimal keeps the digits it was written with, and its units of a decimal place are
    /// exact, by hand: "108.61" is 10861 × 10⁻² = 108,610 thousandths; "-0.50" is −500;
    /// "1.2340" drops its trailing zero (1,234); "999999.999" is the largest amount held
    /// (999,999,999 < 10⁹); "1.2345" has a fourth place and "1000000" is 10⁹ thousandths,
    /// so neither is held; "1e3" went to the standard parser, which keeps no digits.
    @Test func decimalsKeepTheirDigits() {
        func thousandths(_ text: String) -> Int64? {
            var copy = text
            return copy.withUTF8 { ByteNumber.parseDecimal($0) }?.units(places: 3)
        }
        #expect(thousandths("108.61") == 108_610)
        #expect(thousandths(" -0.50 ") == -500)
        #expect(thousandths("1.2340") == 1_234)
        #expect(thousandths("999999.999") == 999_999_999)
        #expect(thousandths("-0") == 0)
        #expect(thousandths("7") == 7_000)
        #expect(thousandths("1.2345") == nil)
        #expect(thousandths("1000000") == nil)
        #expect(thousandths("1e3") == nil)
        #expect(thousandths("1234567890123456") == nil)  // sixteen digits: the standard parser
        var valence = "-2.5"
        #expect(valence.withUTF8 { ByteNumber.parseDecimal($0) }?.units(places: 6) == -2_500_000)
        var comma = "4,25"
        let parsed = comma.withUTF8 { ByteNumber.parseDecimal($0, decimalComma: true) }
        #expect(parsed?.value == 4.25 && parsed?.units(places: 3) == 4_250)
    }
}

import Foundation
