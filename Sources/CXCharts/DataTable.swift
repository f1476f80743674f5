/// The HTML data-table fallback every chart produces.
///
/// Built with the same typed builder and escaping as the SVG, so data values are escaped by
/// construction. The first column holds row headers (`<th scope="row">`); numeric columns
/// get the class `cx-num` so a page can right-align them.
struct DataTable {
    /// A column heading and whether its cells are numbers.
    struct Column {
        let title: String
        let numeric: Bool
        init(_ title: String, numeric: Bool = true) {
            self.title = title
            self.numeric = numeric
        }
    }

    let caption: String
    let columns: [Column]
    var rows: [[String]] = []

    /// The `<table>` markup.
    func render() -> String {
        var table = SVGElement("table", [("class", "cx-data-table")])
        table.append(SVGElement("caption", text: caption))
        var headRow = SVGElement("tr")
        for column in columns {
            headRow.append(SVGElement("th", [("scope", "col")], text: column.title))
        }
        table.append(SVGElement("thead", children: [headRow.node]))
        var body = SVGElement("tbody")
        if rows.isEmpty {
            body.append(SVGElement("tr", children: [SVGElement("td", [("colspan", String(max(columns.count, 1)))], text: "No data").node]))
        }
        for row in rows {
            var tr = SVGElement("tr")
            for (index, cell) in row.enumerated() {
                if index == 0 {
                    tr.append(SVGElement("th", [("scope", "row")], text: cell))
                } else if index < columns.count && columns[index].numeric {
                    tr.append(SVGElement("td", [("class", "cx-num")], text: cell))
                } else {
                    tr.append(SVGElement("td", text: cell))
                }
            }
            body.append(tr)
        }
        table.append(body)
        return table.render()
    }
}
