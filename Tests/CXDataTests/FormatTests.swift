import Foundation
import Testing
@testable import CXData

/// Survey-platform exports, declared encodings and JSON share one column model.
struct FormatTests {
    /// Qualtrics: three header rows recognised, names from row 1, question text kept as
    /// the label, quoted import ids skipped, data read from line 4 on.
    @Test func qualtricsExport() throws {
        var dataset = Fixture.dataset("Exports/qualtrics.csv", nps: "Q1", segments: ["Q4"], id: "ResponseId")
        dataset.text = ColumnReference(name: "Q3", location: Fixture.location(8, 11))
        let (rows, quality, loader) = try Fixture.load(dataset)
        #expect(loader.table.layout == .qualtrics)
        #expect(loader.table.label(for: "Q1") == "How likely are you to recommend Café Nord to a friend or colleague?")
        #expect(loader.table.label(for: "Q2_1") == "How satisfied were you with... - Staff")
        #expect(rows.map(\.nps) == [9, 3])
        #expect(rows.map(\.line) == [4, 5])
        #expect(rows.map(\.comment) == ["Great staff, \"really\" friendly", "Too slow.\nNever again"])
        #expect(quality.problemCount == 0)
    }

    /// SurveyMonkey: two header rows; a column is named by its answer option when it
    /// has one ("Staff"), otherwise by its question, and labelled with the question.
    @Test func surveyMonkeyExport() throws {
        var dataset = Fixture.dataset("Exports/surveymonkey.csv", nps: "How likely is it that you would recommend us to a friend?",
                                      segments: ["Region"], id: "Respondent ID")
        dataset.drivers = [ScaleColumn(column: ColumnReference(name: "Staff", location: Fixture.location(9, 11)), scale: 1...5)]
        dataset.date = ColumnReference(name: "Start Date", location: Fixture.location(10, 11))
        dataset.dateFormat = .monthDayYear
        let (rows, quality, loader) = try Fixture.load(dataset)
        #expect(loader.table.layout == .surveyMonkey)
        #expect(loader.table.header == ["Respondent ID", "Collector ID", "Start Date",
                                        "How likely is it that you would recommend us to a friend?", "Staff", "Price", "Region"])
        #expect(loader.table.label(for: "Price") == "How would you rate the following? — Price")
        #expect(rows.map(\.nps) == [10, 6] && rows.map(\.drivers) == [[5], [3]])
        #expect(rows.first?.date == CalendarDate(year: 2025, month: 1, day: 5))
        #expect(quality.problemCount == 0)
    }

    /// `header_rows: 3` declared on a file that does not look like Qualtrics is obeyed.
    @Test func declaredHeaderRows() throws {
        let file = try TemporaryFile(name: "x.csv", "id,recommend\nID,How likely…\nskip,me\n1,8\n")
        var dataset = Fixture.dataset("x.csv")
        dataset.headerRows = 3
        let (rows, _, loader) = try Fixture.load(dataset, directory: file.directory)
        #expect(rows.map(\.nps) == [8] && rows.map(\.line) == [4])
        #expect(loader.table.label(for: "recommend") == "How likely…")
    }

    /// A Latin-1 file declared as such is transcoded: "Zürich" and "Málaga" arrive as UTF-8.
    @Test func latin1IsTranscoded() throws {
        var dataset = Fixture.dataset("Exports/latin1.csv", segments: ["region"])
        dataset.encoding = .latin1
        let (rows, quality, loader) = try Fixture.load(dataset)
        #expect(loader.segmentValues == [["Zürich", "Málaga"]])
        #expect(rows.count == 2 && quality.problemCount == 0)
    }

    /// Windows-1252 maps 0x80–0x9F to curly quotes and the euro sign.
    @Test func windows1252IsTranscoded() throws {
        let file = try TemporaryFile(name: "w.csv", bytes: Array("id,recommend,region\n1,9,".utf8) + [0x93, 0x80, 0x94] + [10])
        var dataset = Fixture.dataset("w.csv", segments: ["region"])
        dataset.encoding = .windows1252
        let (_, _, loader) = try Fixture.load(dataset, directory: file.directory)
        #expect(loader.segmentValues == [["\u{201C}€\u{201D}"]])
    }

    /// JSON arrays: strings unescaped, numbers as text, null missing, nested values kept,
    /// absent keys missing, and a bad value located at its own line and column.
    @Test func jsonArray() throws {
        var dataset = Fixture.dataset("Exports/responses.json", segments: ["region"])
        dataset.text = ColumnReference(name: "comment", location: Fixture.location(8, 11))
        dataset.outcome = OutcomeColumn(column: ColumnReference(name: "satisfied", location: Fixture.location(9, 11)))
        let (rows, quality, loader) = try Fixture.load(dataset)
        #expect(loader.header == ["id", "recommend", "region", "satisfied", "comment"])
        #expect(rows.map(\.nps) == [10, 7, nil, nil])
        #expect(rows.map(\.outcome) == [true, false, nil, nil])
        #expect(rows.first?.comment == "Café was \"great\"")
        #expect(loader.segmentValues == [["North", "Zürich", "South"]])
        #expect(quality.diagnostics.map(\.description).first ==
            "Exports/responses.json:5:29: error: \"11\" in column \"recommend\" is not a whole number on the 0–10 scale\n  hint: use a likelihood-to-recommend score from 0 to 10, or list the value under `missing:` in cxreport.yml")
        #expect(quality.diagnostics.count == 2)
    }

    /// NDJSON: one object per line, blank lines and CRLF allowed, errors at line:column.
    @Test func ndjsonLines() throws {
        let (rows, quality, _) = try Fixture.load(Fixture.dataset("Exports/responses.ndjson", segments: ["region"]))
        #expect(rows.map(\.nps) == [10, 6, nil])
        #expect(rows.map(\.line) == [1, 3, 4])
        #expect(quality.diagnostics.first?.location == SourceLocation(file: "Exports/responses.ndjson", line: 4, column: 27))
    }

    /// Column names with spaces, quotes and non-ASCII letters work from cxreport.yml to the data.
    @Test func unusualColumnNames() throws {
        let yaml = """
        datasets:
          responses:
            file: data.csv
            columns:
              nps: "Wie wahrscheinlich: \\"Empfehlung\\""
              segments: [Région, "sales channel"]
        """
        let config = try ProjectConfig.parse(yaml, file: "cxreport.yml")
        let file = try TemporaryFile(name: "data.csv", "\"Wie wahrscheinlich: \"\"Empfehlung\"\"\",Région,sales channel\n9,Île-de-France,online shop\n")
        let (rows, _, loader) = try Fixture.load(try #require(config.responses), directory: file.directory)
        #expect(rows.map(\.nps) == [9])
        #expect(loader.segmentValues == [["Île-de-France"], ["online shop"]])
    }
}
