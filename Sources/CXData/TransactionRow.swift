/// One CRM transaction, typed and validated, as `TransactionLoader` hands it on.
public struct TransactionRow: Sendable, Hashable {
    /// The line the record starts on.
    public var line: Int
    /// The customer's code (see `TransactionLoader.customerValues`); −1 when missing.
    public var customer: Int32
    public var date: CalendarDate?
    /// The amount; NaN when missing or invalid.
    public var amount: Double

    public init(line: Int = 0, customer: Int32 = -1, date: CalendarDate? = nil, amount: Double = .nan) {
        self.line = line
        self.customer = customer
        self.date = date
        self.amount = amount
    }
}
