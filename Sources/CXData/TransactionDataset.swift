/// CRM transactions: which customer bought, when, for how much (`datasets.transactions`).
///
/// ```yaml
/// transactions: { file: content/data/transactions.csv, columns: { customer: customer_id, date: order_date, amount: amount } }
/// ```
public struct TransactionDataset: Sendable {
    public var source: DatasetSource
    public var customer: ColumnReference
    public var amount: ColumnReference
    public var date: ColumnReference?
    public var id: ColumnReference?

    public init(source: DatasetSource, customer: ColumnReference, amount: ColumnReference) {
        self.source = source
        self.customer = customer
        self.amount = amount
    }

    public var mappedRoles: [(role: String, column: ColumnReference)] {
        var all: [(String, ColumnReference)] = []
        if let id { all.append(("id", id)) }
        all.append(("customer", customer))
        if let date { all.append(("date", date)) }
        all.append(("amount", amount))
        return all
    }
}
