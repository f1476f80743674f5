/// Synthetic CRM transactions for the customers of a `SampleResponses` dataset (same
/// seed, same customer ids), with known structure: promoters buy more often and spend
/// more than passives, and passives more than detractors.
///
/// Columns: transaction_id, customer_id, order_date, amount (two decimals). Orders
/// per customer average `trueMeanOrders` for promoters, passives, detractors and
/// customers without a score; amounts average about `trueMeanAmount`.
public struct SampleTransactions: Sendable {
    public static let header = ["transaction_id", "customer_id", "order_date", "amount"]
    /// Mean orders per customer: promoter, passive, detractor, no score.
    public static let trueMeanOrders = [4.0, 3.0, 2.0, 2.5]
    /// Mean order value: promoter, passive, detractor, no score.
    public static let trueMeanAmount = [95.0, 85.0, 70.0, 80.0]

    public var responses: SampleResponses

    public init(responses: SampleResponses) {
        self.responses = responses
    }

    public func write(chunkBytes: Int = 1 << 20, to sink: ([UInt8]) throws -> Void) rethrows {
        let customers = SampleCustomers(responses)
        var random = SeededGenerator(seed: responses.seed ^ 0x7A4E_5AC7_0000_0002)
        var writer = CSVWriter(reserving: chunkBytes + 4096)
        writer.writeRow(SampleTransactions.header)
        var number = 0
        for customer in 0..<responses.customerCount {
            let group = customers.group(customer).rawValue
            let orders = max(1, Int((SampleTransactions.trueMeanOrders[group] + 1.1 * random.normal()).rounded()))
            for _ in 0..<orders {
                let dayOfYear = Int(random.uniform() * 365)
                let date = CalendarDate(year: responses.year, month: 1, day: 1)!.adding(days: dayOfYear)
                let amount = SampleTransactions.trueMeanAmount[group] * (0.6 + 0.8 * random.uniform())
                writer.writeRow(["T\(1_000_000 + number)", "C\(10000 + customer)", date.description, SampleTransactions.money(amount)])
                number += 1
                try writer.flush(over: chunkBytes, to: sink)
            }
        }
        try writer.flush(over: 1, to: sink)
    }

    /// Two decimals, without Foundation formatting (locale-free, deterministic).
    static func money(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        let fraction = cents % 100
        return "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
