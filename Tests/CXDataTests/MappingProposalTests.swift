import Foundation
import Testing
@testable import CXData

/// `cxreport init --from`: guessed roles, their reasons, and a config that loads.
struct MappingProposalTests {
    /// On the sample data every role is guessed as the sample project maps it, and the
    /// written cxreport.yml parses and loads without problems.
    @Test func guessesTheSampleMapping() throws {
        var bytes: [UInt8] = []
        SampleResponses(count: 400, seed: 3).write { bytes += $0 }
        let file = try TemporaryFile(name: "responses.csv", bytes: bytes)
        let table = try DatasetTable(source: DatasetSource(file: "responses.csv", fileLocation: SourceLocation(file: "x")),
                                     projectDirectory: file.directory, role: "responses")
        let proposal = MappingProposal(profiles: try ColumnProfile.profiles(of: table))
        let roles = Dictionary(uniqueKeysWithValues: proposal.guesses.map { ($0.role, $0.value) })
        #expect(roles["nps"] == "likelihood_to_recommend")
        #expect(roles["date"] == "submitted_at")
        #expect(roles["segments"] == "[region, channel, product]")
        #expect(roles["csat"] == "{ column: satisfaction, scale: [1, 5] }")
        #expect(roles["text"] == "comment")
        #expect(roles["drivers"] == "[product_quality, delivery, support, price, website]")
        #expect(proposal.guesses.first { $0.role == "nps" }?.reason == "whole numbers from 0 to 10, and the name mentions \"recommend\"")
        let yaml = proposal.configuration(file: "responses.csv", table: table, rowsRead: 400)
        #expect(yaml.contains("      # guessed: whole numbers from 0 to 10, and the name mentions \"recommend\"\n      nps: likelihood_to_recommend\n"))
        let config = try ProjectConfig.parse(yaml, file: "cxreport.yml")
        let loader = try ResponseLoader(dataset: try #require(config.responses), projectDirectory: file.directory)
        #expect(try loader.forEachRow { _ in }.problemCount == 0)
    }

    /// A Qualtrics export is proposed from its question text: Q1 mentions "recommend".
    @Test func qualtricsQuestionTextDrivesTheGuess() throws {
        let table = try DatasetTable(source: DatasetSource(file: "Exports/qualtrics.csv", fileLocation: SourceLocation(file: "x")),
                                     projectDirectory: Fixture.directory, role: "responses")
        let proposal = MappingProposal(profiles: try ColumnProfile.profiles(of: table))
        #expect(proposal.guesses.first { $0.role == "nps" }?.value == "Q1")
        #expect(proposal.configuration(file: "q.csv", table: table, rowsRead: 2).contains("header_rows: 3"))
    }

    /// Names that YAML would misread are quoted; plain names stay plain.
    @Test func yamlQuoting() {
        #expect(MappingProposal.yaml("region") == "region")
        #expect(MappingProposal.yaml("Région de vente") == "Région de vente")
        #expect(MappingProposal.yaml("Q1: \"why\"") == "\"Q1: \\\"why\\\"\"")
        #expect(MappingProposal.yaml("yes") == "\"yes\"")
        #expect(MappingProposal.yaml("#tag") == "\"#tag\"")
    }
}
