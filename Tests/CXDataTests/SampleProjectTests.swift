import Foundation
import Testing
@testable import CXData

/// The sample project: its configuration maps every column of its data, and the data
/// is deterministic, consistent across datasets and loads without problems.
struct SampleProjectTests {
    /// The scaffolded cxreport.yml parses and names every role of all three datasets.
    @Test func configurationParses() throws {
        let config = try ProjectConfig.parse(SampleProject.configuration(weighted: true), file: "cxreport.yml")
        #expect(config.responses?.weight?.name == "weight")
        #expect(config.responses?.expectations.map(\.name) == ["reliability", "responsiveness", "empathy"])
        #expect(config.responses?.sacrifices.first?.second.name == "received_delivery_days")
        #expect(config.responses?.outcome?.negative == ["no"])
        #expect(config.transactions?.amount.name == "amount")
        #expect(config.touchpoints?.emotion?.range == -3...3)
    }
}
