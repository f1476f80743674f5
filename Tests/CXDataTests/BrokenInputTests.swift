import Foundation
import Testing
@testable import CXData

/// The corpus of broken files: each gives one precise, located error — never a crash,
/// a hang or a silent drop.
struct BrokenInputTests {
    static func error(_ file: String, nps: String = "recommend", segments: [String] = []) throws -> DataError {
        try #require(throws: DataError.self) {
            _ = try Fixture.load(Fixture.dataset("Broken/\(file)", nps: nps, segments: segments))
        }
    }

    /// A quote opened in the last row and never closed is reported where it opened.
    @Test func unterminatedQuoteAtEndOfFile() throws {
        let error = try Self.error("unterminated-quote.csv")
        #expect(error.description == """
            Broken/unterminated-quote.csv:3:3: error: a quoted field is never closed: the quote opened here runs to the end of the file
              hint: close the field with " or double a quote inside it ("")
            """)
    }

    /// Rows with too few or too many fields are counted, reported at their line and left
    /// out; the good rows still load.
    @Test func wrongColumnCount() throws {
        let (rows, quality, _) = try Fixture.load(Fixture.dataset("Broken/ragged.csv", segments: ["region"]))
        #expect(rows.map(\.nps) == [9])
        #expect(quality.malformedRows == 2 && quality.problemCount == 2)
        #expect(quality.diagnostics.map(\.description) == [
            "Broken/ragged.csv:3:3: error: the row has 2 fields but the header on line 1 has 3\n  hint: quote fields that contain \",\" or line breaks; the row is left out",
            "Broken/ragged.csv:4:4: error: the row has 4 fields but the header on line 1 has 3\n  hint: quote fields that contain \",\" or line breaks; the row is left out",
        ])
    }

    /// A byte that is not UTF-8 stops the load at its line, field and file offset.
    @Test func invalidUTF8() throws {
        let error = try Self.error("invalid-utf8.csv", segments: ["region"])
        #expect(error.description == """
            Broken/invalid-utf8.csv:3:3: error: invalid UTF-8: byte 0xFC at file offset 35 is not part of a valid UTF-8 character
              hint: save the file as UTF-8, or declare its encoding for the dataset in cxreport.yml (encoding: latin1 or encoding: windows-1252)
            """)
    }

    /// An empty file asks for a header.
    @Test func emptyFile() throws {
        let error = try Self.error("empty.csv")
        #expect(error.description == "Broken/empty.csv:1: error: the file is empty: a header row naming the columns is required")
    }

    /// A header without data rows is an error below the header, not an empty report.
    @Test func headerOnly() throws {
        let error = try Self.error("header-only.csv")
        #expect(error.description == "Broken/header-only.csv:2:1: error: the file has a header but no data rows\n  hint: add rows below the header")
    }

    /// A mapped name that appears twice in the header is ambiguous: reported at the
    /// second occurrence.
    @Test func duplicateHeaderNames() throws {
        let error = try Self.error("duplicate-header.csv", segments: ["region"])
        #expect(error.description == """
            Broken/duplicate-header.csv:1:3: error: column "region" appears 2 times in the header (columns 2, 3)
              hint: rename one of them in the file so that cxreport.yml can name the column it means
            """)
    }

    /// A mapped column missing from the file is reported in cxreport.yml with the closest name.
    @Test func mappedColumnMissing() throws {
        let error = try Self.error("misspelt-column.csv", nps: "recomend")
        #expect(error.description == "cxreport.yml:6:12: error: column \"recomend\" is not in Broken/misspelt-column.csv\n  hint: did you mean \"recommend\"?")
    }

    /// Binary garbage (every byte value once) fails at its first invalid byte: line 3
    /// (after LF at 10 and a lone CR at 13), field 1 (the tab at offset 9 made tab the
    /// sniffed delimiter, and line 3 has none).
    @Test func binaryGarbage() throws {
        let error = try Self.error("binary-garbage.bin")
        #expect(error.location == SourceLocation(file: "Broken/binary-garbage.bin", line: 3, column: 1))
        #expect(error.message == "invalid UTF-8: byte 0x80 at file offset 128 is not part of a valid UTF-8 character")
    }

    /// A 10 MB single field loads whole; a 10 MB unterminated one fails at its start.
    @Test func tenMegabyteLine() throws {
        let big = String(repeating: "x", count: 10 << 20)
        let good = try TemporaryFile(name: "big.csv", "id,recommend,comment\n1,9,\"\(big)\"\n")
        var dataset = Fixture.dataset("big.csv")
        dataset.text = ColumnReference(name: "comment", location: Fixture.location(8, 11))
        let (rows, _, _) = try Fixture.load(dataset, directory: good.directory)
        #expect(rows.first?.comment?.utf8.count == 10 << 20)
        let bad = try TemporaryFile(name: "big.csv", "id,recommend,comment\n1,9,\"\(big)\n")
        let error = try #require(throws: DataError.self) { _ = try Fixture.load(dataset, directory: bad.directory) }
        #expect(error.location == SourceLocation(file: "big.csv", line: 2, column: 3))
    }

    /// A JSON syntax error names the line and character column where the JSON went wrong.
    @Test func jsonSyntaxError() throws {
        let error = try Self.error("syntax-error.json")
        #expect(error.description == """
            Broken/syntax-error.json:3:12: error: invalid JSON: expected , or } after a value
              hint: the file should hold one array of objects: [{"id": 1, …}, …]
            """)
    }

    /// NDJSON allows one object per line; a second one on the line is located.
    @Test func ndjsonTwoObjectsOnALine() throws {
        let error = try Self.error("syntax-error.ndjson")
        #expect(error.description == """
            Broken/syntax-error.ndjson:2:27: error: invalid JSON: expected a line break after the object: NDJSON has one object per line
              hint: NDJSON holds one complete object per line
            """)
    }

    /// An unterminated JSON string is reported where its quote opened.
    @Test func jsonUnterminatedString() throws {
        let error = try Self.error("unterminated-string.json")
        #expect(error.location == SourceLocation(file: "Broken/unterminated-string.json", line: 1, column: 23))
        #expect(error.message == "invalid JSON: a string is not closed before the end of its line (write a line break inside a string as \\n)")
    }
}
