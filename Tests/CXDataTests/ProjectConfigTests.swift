import Testing
@testable import CXData

/// cxreport.yml parsing: roles, defaults, and errors at the exact place in the file.
struct ProjectConfigTests {
    static let valid = """
    title: Q3 report
    periods: month
    datasets:
      responses:
        file: content/data/responses.csv
        delimiter: ";"
        columns:
          date: submitted
          segments: [region, "sales channel"]
          nps: recommend
          csat: { column: sat, scale: [1, 7] }
          drivers: [staff, { column: price, scale: [0, 10] }]
    """

    /// Every role lands where it was declared, with defaults for the rest.
    @Test func parsesRolesAndDefaults() throws {
        let config = try ProjectConfig.parse(Self.valid, file: "cxreport.yml")
        #expect(config.title == "Q3 report")
        #expect(config.periodLength == .month)
        #expect(config.confidenceLevel == 0.95 && config.suppressBelow == 5 && config.lowBaseBelow == 30)
        let responses = try #require(config.responses)
        #expect(responses.dialect == .semicolon)
        #expect(responses.segments.map(\.name) == ["region", "sales channel"])
        #expect(responses.nps?.name == "recommend")
        #expect(responses.csat?.scale == 1...7)
        #expect(responses.drivers.map(\.column.name) == ["staff", "price"])
        #expect(responses.drivers.map(\.scale) == [1...5, 0...10])
        // Where "recommend" was written: line 10, after six spaces and "nps: ", column 12.
        #expect(responses.nps?.location == SourceLocation(file: "cxreport.yml", line: 10, column: 12))
    }

    /// A misspelt role is reported where it was written, with the closest role as a hint.
    @Test func unknownRoleSuggestsClosest() throws {
        let text = Self.valid.replacingOccurrences(of: "      nps: recommend", with: "      npss: recommend")
        let error = try #require(throws: DataError.self) { try ProjectConfig.parse(text, file: "cxreport.yml") }
        #expect(error.location.line == 10)
        #expect(error.hint == "did you mean \"nps\"?")
    }

    /// An invalid setting value names the key, the value and what is allowed.
    @Test func invalidPeriodIsLocated() throws {
        let text = Self.valid.replacingOccurrences(of: "periods: month", with: "periods: fortnight")
        let error = try #require(throws: DataError.self) { try ProjectConfig.parse(text, file: "cxreport.yml") }
        #expect(error.description == "cxreport.yml:2:10: error: \"fortnight\" is not valid for \"periods\": expected month, quarter or year")
    }

    /// Broken YAML is a syntax error with its line.
    @Test func yamlSyntaxErrorIsLocated() throws {
        let error = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: [unclosed\ndatasets: {}\n", file: "cxreport.yml")
        }
        guard case .yamlSyntax = error.reason else { Issue.record("expected a YAML syntax error, got \(error)"); return }
        #expect(error.location.line >= 1)
    }

    /// A config without datasets is a documentation-only project; an unknown dataset
    /// name is refused with the names that are understood.
    @Test func datasetsAreOptionalButResponsesIsNamed() throws {
        #expect(try ProjectConfig.parse("title: x\n", file: "cxreport.yml").responses == nil)
        let error = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\ndatasets:\n  survey: { file: a.csv }\n", file: "cxreport.yml")
        }
        #expect(error.reason == .invalidSetting(key: "datasets", value: "survey", expected: "responses, transactions or touchpoints"))
        #expect(error.location.line == 3)
    }

    /// A project folder without cxreport.yml gets a one-line error naming the file.
    @Test func missingConfigFile() throws {
        let folder = try TemporaryFile(name: "other.txt", "")
        let error = try #require(throws: DataError.self) { try ProjectConfig.load(projectDirectory: folder.directory) }
        #expect(error.reason == .fileNotFound)
        #expect(error.description.hasPrefix("cxreport.yml: error: no such file"))
    }
    /// `follow_up:` sets the threshold and whether the list is published; a score outside
    /// 0–10 or an unknown key is a located error.
    @Test func followUpSettings() throws {
        let config = try ProjectConfig.parse("title: x\nfollow_up: { threshold: 4, publish: false }\n", file: "cxreport.yml")
        #expect(config.followUpThreshold == 4 && !config.publishFollowUp)
        let defaults = try ProjectConfig.parse("title: x\n", file: "cxreport.yml")
        #expect(defaults.followUpThreshold == 6 && defaults.publishFollowUp)
        let range = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\nfollow_up:\n  threshold: 11\n", file: "cxreport.yml")
        }
        #expect(range.location.line == 3)
        #expect(range.description.contains("0 to 10"))
        let unknown = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\nfollow_up:\n  publsh: true\n", file: "cxreport.yml")
        }
        #expect(unknown.location.line == 3)
    }

    /// `crm:` sets the purchase window in days; a negative or non-numeric limit, a limit
    /// without dates to place it, and an unknown key are located errors.
    @Test func crmWindowSettings() throws {
        let datasets = """
            datasets:
              responses: { file: r.csv, columns: { nps: recommend, customer: customer, date: submitted } }
              transactions: { file: t.csv, columns: { customer: customer, amount: amount, date: day } }

            """
        let config = try ProjectConfig.parse("title: x\n" + datasets + "crm: { days_before: 30, days_after: 0 }\n", file: "cxreport.yml")
        #expect(config.crmDaysBefore == 30 && config.crmDaysAfter == 0)
        let open = try ProjectConfig.parse("title: x\n" + datasets + "crm: { days_after: 365 }\n", file: "cxreport.yml")
        #expect(open.crmDaysBefore == nil && open.crmDaysAfter == 365)
        let none = try ProjectConfig.parse("title: x\n" + datasets, file: "cxreport.yml")
        #expect(none.crmDaysBefore == nil && none.crmDaysAfter == nil)
        let negative = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\n" + datasets + "crm:\n  days_after: -5\n", file: "cxreport.yml")
        }
        #expect(negative.location.line == 6 && negative.description.contains("\"-5\"") && negative.description.contains("0 or more"))
        let unknown = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\n" + datasets + "crm: { days: 5 }\n", file: "cxreport.yml")
        }
        #expect(unknown.description.contains("days_before or days_after"))
        let typo = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\n" + datasets + "crm:\n  days_aftr: 5\n", file: "cxreport.yml")
        }
        #expect(typo.location.line == 6 && typo.location.column == 3 && typo.description.contains("did you mean \"days_after\"?"))
        let undated = datasets.replacingOccurrences(of: ", date: day", with: "")
        let noDates = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\n" + undated + "crm:\n  days_after: 90\n", file: "cxreport.yml")
        }
        #expect(noDates.location.line == 6 && noDates.description.contains("map the transactions' date column"))
        let noTransactions = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\ncrm: { days_after: 90 }\n", file: "cxreport.yml")
        }
        #expect(noTransactions.description.contains("needs datasets: { transactions"))
    }

    /// A top-level key that is not a setting is an error at its line, with the closest
    /// setting suggested, so a typo is never ignored in silence.
    @Test func unknownTopLevelSettingIsLocated() throws {
        let error = try #require(throws: DataError.self) {
            try ProjectConfig.parse("title: x\nperiods: month\nfollw_up: { threshold: 4 }\n", file: "cxreport.yml")
        }
        #expect(error.location.line == 3 && error.location.column == 1)
        #expect(error.description.contains("\"follw_up\"") && error.description.contains("did you mean \"follow_up\"?"))
    }
}

import Foundation
