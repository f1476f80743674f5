/// One CRM transaction, typed and validated, as `TransactionLoader` hands it on.
public struct TransactionRow: Sendable, Hashable {
    /// The line the record starts on.
    public var line: Int
    /// The customer's code (see `TransactionLoader.customerValues`); −1 when missing.
    public var customer: Int32
    public var date: CalendarDate?
    /// The amount; NaN when missing or invalid.
    public var amount: Double
    /// The amount in thousandths, exactly, when it was written with at most three decimal
    /// places and is below a million in magnitude (`DecimalNumber.units(places: 3)`); nil
    /// otherwise. The CRM link sums these without working them out from `amount` again.
    public var amountThousandths: Int64?

    public init(line: Int = 0, customer: Int32 = -1, date: CalendarDate? = nil, amount: Double = .nan, amountThousandths: Int64? = nil) {
        self.line = line
        self.customer = customer
        self.date = date
        self.amount = amount
        self.amountThousandths = amountThousandths
    }
}
