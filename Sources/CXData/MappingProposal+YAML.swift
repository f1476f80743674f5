extension MappingProposal {
    /// A complete cxreport.yml for `file` (written as given, relative to the project),
    /// with a comment on every guessed line saying why, for the user to review.
    public func configuration(file: String, table: DatasetTable, rowsRead: Int, title: String = "Customer Experience Report") -> String {
        var lines = [
            "# cxreport.yml proposed by `cxreport init --from \(file)`.",
            "# Each column role below is a GUESS from the header and the first \(rowsRead) rows: review",
            "# every line, correct what is wrong, then run `cxreport build`.",
            "title: \(MappingProposal.yaml(title))",
            "periods: quarter            # month | quarter | year",
            "confidence: 0.95",
            "",
            "datasets:",
            "  responses:",
            "    file: \(MappingProposal.yaml(file))",
        ]
        switch table.layout {
        case .qualtrics: lines.append("    header_rows: 3            # recognised as a Qualtrics export (ids, question text, import ids)")
        case .surveyMonkey: lines.append("    header_rows: 2            # recognised as a SurveyMonkey export (question, answer option)")
        case .plain: break
        }
        if table.format == .csv && table.dialect != .comma {
            lines.append("    delimiter: \(table.dialect == .tab ? "tab" : "\";\"")")
        }
        let missing = [""] + missingCodes
        lines.append("    missing: [\(missing.map { "\"\($0.replacingQuotes())\"" }.joined(separator: ", "))]   # values meaning \"no answer\"")
        lines.append("    columns:")
        for guess in guesses {
            lines.append("      # guessed: \(guess.reason)")
            lines.append("      \(guess.role): \(guess.value)")
        }
        if guesses.isEmpty { lines.append("      {}                      # nothing could be guessed: map columns to roles by hand") }
        if !unmapped.isEmpty {
            lines.append("# Not mapped (add them above if they have a role):")
            for chunk in stride(from: 0, to: unmapped.count, by: 6) {
                lines.append("#   " + unmapped[chunk..<min(chunk + 6, unmapped.count)].joined(separator: ", "))
            }
        }
        lines.append("# Roles: id, customer, date, weight, segments, nps, csat, ces, outcome, drivers,")
        lines.append("# expectations, sacrifice, text. See the README's dataset section.")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text with `"` and `\` escaped for a double-quoted YAML scalar.
    func replacingQuotes() -> String {
        var out = ""
        for character in self {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
