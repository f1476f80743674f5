import Foundation
import Testing
@testable import CXSite

/// The report's experience sections on Fixtures/Projects/linked: six responses, seven
/// transactions and seven touchpoint events, small enough to count by hand.
///
/// Reliability P − E per response: +1, −1, −3, −1, 0, 0 → mean −4/6 = −0.67; mean E 31/6 = 5.17,
/// mean P 27/6 = 4.50; s² of the differences = 9.333/5 = 1.867, se = √(1.867/6) = 0.5578,
/// t(0.975, 5) = 2.5706 → −0.67 ± 1.434 = −2.10 to 0.77. Not significantly short, so no
/// "largest gap" sentence.
/// Delivery days wanted − received: 0, −1, −3, −3, 0, 0 → −7/6 = −1.2; wanted 12/6 = 2.0,
/// received 19/6 = 3.2; s² = 10.833/5 = 2.167, se = 0.6009 → −1.17 ± 1.545 = −2.7 to 0.4;
/// 3 of 6 differ → 50%.
/// NPS groups by each customer's response: promoters C1 (10), C2 (9); passives C5 (8), C6 (7);
/// detractors C3 (3), C4 (6). Revenue: C1 150, C2 80 → 230, 115 per customer (s = 49.50,
/// se = 35, t(0.975, 1) = 12.706 → −329.72 to 559.72, cut at 0 as no revenue is negative:
/// 0.00 to 559.72), repeat 1 of 2 = 50%; passives 60 + 0
/// → 30 per customer, repeat 0%; detractors 20 + 70 = 90 → 45, repeat 50%. Repeat = bought
/// again after the answer: C1 (2025-03-02 after 01-10) and C4 (02-20 after 02-03). Revenue at risk
/// 90 of 380 = 23.7% → "24%".
/// Touchpoints: delivery −2, −3, −2, +1 → mean −1.50, 3 of 4 negative (75%), 4 customers →
/// impact 3; website +2, +1, −1 → 0.67, 1 of 3 negative → impact 1. Worst moment: delivery.
/// Outcome "satisfied": yes 3 of 6 = 50%. Follow-up (≤ 6), most revenue at risk first: C4
/// (score 6, revenue 70), then C3 (score 3, revenue 20).
struct ExperiencePagesTests {
    static func built() throws -> (html: String, output: String) {
        let (output, _) = try ProjectFixture.build(ProjectFixture.project("linked"))
        return (try ProjectFixture.read(output + "/index.html"), output)
    }

    /// Narrative values and table cells carry the hand-counted figures.
    @Test func figuresMatchHandCount() throws {
        let html = try Self.built().html
        #expect(html.contains("Satisfied: 50% (n = 6)."))
        #expect(html.contains("At risk: 90 (24%)."))
        #expect(html.contains("Worst moment: delivery (75% negative)."))
        #expect(!html.contains("Largest gap"))
        #expect(html.contains("<th scope=\"row\">reliability</th><td class=\"num\">5.17</td><td class=\"num\">4.50</td><td class=\"num\">\u{2212}0.67</td><td class=\"num\">\u{2212}2.10 to 0.77</td><td class=\"num\">6</td>"))
        #expect(html.contains("<th scope=\"row\">delivery days</th><td class=\"num\">2.0</td><td class=\"num\">3.2</td><td class=\"num\">\u{2212}1.2</td><td class=\"num\">\u{2212}2.7 to 0.4</td><td class=\"num\">50%</td>"))
        #expect(html.contains("<th scope=\"row\">Promoters (low base)</th><td class=\"num\">2</td><td class=\"num\">230</td><td class=\"num\">115.00</td><td class=\"num\">0.00 to 559.72</td><td class=\"num\">50%</td>"))
        #expect(html.contains("<th scope=\"row\">Passives (low base)</th><td class=\"num\">2</td><td class=\"num\">60</td><td class=\"num\">30.00</td>"))
        #expect(html.contains("<th scope=\"row\">Detractors (low base)</th><td class=\"num\">2</td><td class=\"num\">90</td><td class=\"num\">45.00</td>"))
    }

    /// The journey and moments charts are real SVG naming the touchpoints, the themes table
    /// counts the two comments that mention delivery, and the follow-up table lists the two
    /// low scorers lowest first with the phone number redacted.
    @Test func chartsAndListsRender() throws {
        let html = try Self.built().html
        #expect(html.components(separatedBy: "<figure class=\"cx-chart\">").count - 1 == 3)
        #expect(html.contains(">delivery (after)<"))
        #expect(html.contains("<th scope=\"row\">delivery (low base)</th><td class=\"num\">2</td>"))
        let c3 = try #require(html.range(of: "<th scope=\"row\">C3</th>")), c4 = try #require(html.range(of: "<th scope=\"row\">C4</th>"))
        #expect(c4.lowerBound < c3.lowerBound)
        #expect(html.contains("<th scope=\"row\">C4</th><td class=\"num\">70</td><td class=\"num\">6</td>"))
        #expect(html.contains("call me on [phone]") && !html.contains("7946"))
    }

    /// follow-up.csv holds the same list, redacted, with a formula-looking comment made inert.
    @Test func followUpCSVIsRedactedAndInert() throws {
        let csv = try ProjectFixture.read(try Self.built().output + "/follow-up.csv")
        #expect(csv == """
            customer,score,date,line,region,comment,value_at_risk
            C4,6,2025-02-03,5,South,"Terrible delivery, never again",70.00
            C3,3,2025-02-01,4,South,"'=HYPERLINK(""http://x"") call me on [phone]",20.00

            """)
    }

    /// Copies the fixture, applies `edit` to cxreport.yml or a page, and builds it.
    static func buildVariant(config: (String) -> String = { $0 }, page: (String) -> String = { $0 }) throws -> String {
        let copy = try ProjectFixture.temporaryDirectory() + "/linked"
        try FileManager.default.copyItem(atPath: ProjectFixture.project("linked"), toPath: copy)
        let configPath = copy + "/cxreport.yml", pagePath = copy + "/content/index.md"
        try config(try ProjectFixture.read(configPath)).write(toFile: configPath, atomically: true, encoding: .utf8)
        try page(try ProjectFixture.read(pagePath)).write(toFile: pagePath, atomically: true, encoding: .utf8)
        return copy
    }

    /// `crm:` in cxreport.yml sets the purchase window. With 0 days before and 30 after, only
    /// C4's 2025-02-20 purchase (17 days after its 2025-02-03 answer) counts: C1's 2025-03-02
    /// is 51 days after, the other five are before their answers. Revenue at risk: 40 of 40.
    @Test func crmWindowComesFromTheConfig() throws {
        let project = try Self.buildVariant(config: { $0 + "crm: { days_before: 0, days_after: 30 }\n" })
        let html = try ProjectFixture.read(try ProjectFixture.build(project).output + "/index.html")
        #expect(html.contains("At risk: 40 (100%)."))
        #expect(html.contains("Revenue at risk (detractors") && html.contains("from 0 days before to 30 days after each customer"))
        // C4's purchase is also after its answer: detractors bought again 1 of 2 (two purchases
        // in the window, the old rule, would give 0%); C1's is outside the window: promoters 0%.
        let rows = html.components(separatedBy: "<th scope=\"row\">").filter { $0.hasPrefix("Promoters") || $0.hasPrefix("Detractors") }
        #expect(rows.count == 2 && rows[0].contains("<td class=\"num\">0%</td>") && rows[1].contains("<td class=\"num\">50%</td>"))
    }

    /// Customer ids leave the project only when a page shows the list and the config allows it.
    @Test func followUpIsPublishedOnlyWhenShownAndAllowed() throws {
        let withheld = try Self.buildVariant(config: { $0 + "follow_up: { publish: false }\n" })
        let (output, _) = try ProjectFixture.build(withheld)
        #expect(!FileManager.default.fileExists(atPath: output + "/follow-up.csv"))
        let html = try ProjectFixture.read(output + "/index.html")
        #expect(html.contains("The follow-up list is withheld from this report") && !html.contains(">C3<"))

        let unused = try Self.buildVariant(page: { $0.replacingOccurrences(of: "kind: follow-up", with: "kind: crm") })
        #expect(!FileManager.default.fileExists(atPath: try ProjectFixture.build(unused).output + "/follow-up.csv"))
    }

    /// Transactions without touchpoints: the CRM link is read all the same (the analysis opens
    /// the transactions beside the journey's results when there is a journey, and at once
    /// when there is none), with the hand-counted figures of the full fixture.
    @Test func crmWithoutTouchpoints() throws {
        let project = try Self.buildVariant(config: { config in
            String(config[..<config.range(of: "  touchpoints:")!.lowerBound])
        }, page: { page in
            page.replacingOccurrences(of: "```chart\nkind: journey\n```", with: "")
                .replacingOccurrences(of: "```chart\nkind: moments\n```", with: "")
                .replacingOccurrences(of: "{{#journey.worst_moment}}Worst moment: {{touchpoint}} ({{negative}} negative).{{/journey.worst_moment}}", with: "")
        })
        let html = try ProjectFixture.read(try ProjectFixture.build(project).output + "/index.html")
        #expect(html.contains("At risk: 90 (24%)."))
        #expect(html.contains("<th scope=\"row\">Promoters (low base)</th><td class=\"num\">2</td><td class=\"num\">230</td><td class=\"num\">115.00</td><td class=\"num\">0.00 to 559.72</td><td class=\"num\">50%</td>"))
        #expect(!html.contains("Worst moment"))
    }

    /// A chart of data the project does not have is a located error that says what to declare.
    @Test func missingDatasetIsALocatedError() throws {
        let project = try Self.buildVariant(config: { config in
            String(config[..<config.range(of: "  touchpoints:")!.lowerBound])
        })
        let error = try #require(throws: (any Error).self) { try ProjectFixture.build(project) }
        let text = String(describing: error)
        #expect(text.contains("content/index.md:"))
        #expect(text.contains("\"journey\""))
        #expect(text.contains("touchpoints"))
    }

    /// A declared dataset no page shows is a warning at its `file:` line in cxreport.yml
    /// (touchpoints here, with the journey blocks and values removed), and the fixture as
    /// it is, which shows every dataset, has none.
    @Test func unusedDatasetIsAWarning() throws {
        let (_, complete) = try ProjectFixture.build(ProjectFixture.project("linked"))
        #expect(!complete.diagnostics.contains { $0.message.contains("no page shows it") })
        let project = try Self.buildVariant(page: { page in
            page.replacingOccurrences(of: "```chart\nkind: journey\n```", with: "")
                .replacingOccurrences(of: "```chart\nkind: moments\n```", with: "")
                .replacingOccurrences(of: "{{#journey.worst_moment}}Worst moment: {{touchpoint}} ({{negative}} negative).{{/journey.worst_moment}}", with: "")
        })
        let (_, result) = try ProjectFixture.build(project)
        let warning = try #require(result.diagnostics.first { $0.message.contains("no page shows it") })
        #expect(warning.message == "the touchpoints dataset is declared but no page shows it")
        #expect(warning.location?.file == "cxreport.yml" && warning.location?.line == 25)
    }
}
