import CXData

/// Which transactions count for a customer in the CRM link: all of them, or those within
/// a number of days of the customer's latest survey response (the one whose score puts
/// them in a promoter/passive/detractor group).
///
/// A transaction on day t counts when response − daysBefore ≤ t ≤ response + daysAfter;
/// an open side (nil) has no limit. With any limit, transactions or responses without
/// a date cannot be placed and do not count (`CRMImpact.outsideWindow` says how many).
public struct PurchaseWindow: Hashable, Sendable, Encodable {
    public var daysBefore: Int?
    public var daysAfter: Int?

    public init(daysBefore: Int? = nil, daysAfter: Int? = nil) {
        self.daysBefore = daysBefore
        self.daysAfter = daysAfter
    }

    /// Every transaction in the data, whatever its date.
    public static let all = PurchaseWindow()

    public var isUnbounded: Bool { daysBefore == nil && daysAfter == nil }

    public func contains(_ transaction: CalendarDate?, response: CalendarDate?) -> Bool {
        if isUnbounded { return true }
        guard let transaction, let response else { return false }
        let offset = transaction.dayNumber - response.dayNumber
        if let daysBefore, offset < -daysBefore { return false }
        if let daysAfter, offset > daysAfter { return false }
        return true
    }

    /// "all transactions in the data", "from 90 days before to 365 days after each customer's latest response".
    public var description: String {
        if isUnbounded { return "all transactions in the data" }
        let from = daysBefore.map { "from \($0) days before" } ?? "from any time before"
        let to = daysAfter.map { "to \($0) days after" } ?? "to any time after"
        return "\(from) \(to) each customer's latest response"
    }

    enum CodingKeys: String, CodingKey { case daysBefore = "days_before", daysAfter = "days_after", description }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(daysBefore, forKey: .daysBefore)
        try container.encode(daysAfter, forKey: .daysAfter)
        try container.encode(description, forKey: .description)
    }
}
