/// Record-level bookkeeping shared by the transaction and touchpoint loaders (the
/// responses decoder inlines the same steps on its hot path).
extension ValueChecker {
    /// Counts the record; false for a blank line or a row with the wrong number of
    /// fields (reported at its line, and left out of everything).
    mutating func acceptRecord(_ record: CSVRecord, headerCount: Int, headerLine: Int, delimiter: UInt8) -> Bool {
        if record.isBlank { quality.blankLines += 1; return false }
        quality.rowsRead += 1
        guard record.count == headerCount else {
            quality.malformedRows += 1
            quality.record(Diagnostic(
                .error, at: SourceLocation(file: file, line: record.line, column: min(record.count, headerCount) + 1),
                "the row has \(record.count) fields but the header on line \(headerLine) has \(headerCount)",
                hint: "quote fields that contain \"\(Character(Unicode.Scalar(delimiter)))\" or line breaks; the row is left out"))
            return false
        }
        return true
    }

    /// The finished tally, with rows used by each named measure (sorted by name);
    /// fails when the file had no data rows.
    mutating func finish(table: DatasetTable, metrics: [String: Int]) throws -> DataQuality {
        try Self.checked(finishChunk(metrics: metrics), table: table)
    }

    /// The tally of one chunk of a parallel read: the same counts as `finish`, which
    /// merge by adding, without the no-rows check (that is for the whole file).
    mutating func finishChunk(metrics: [String: Int]) -> DataQuality {
        finishCounts(rows: quality.rowsRead - quality.malformedRows)
        quality.metrics = metrics.keys.sorted().map { DataQuality.MetricUsage(metric: $0, rowsUsed: quality.columns[metrics[$0]!].valid) }
        return quality
    }

    /// `quality`, or the no-data-rows error when the file had none.
    static func checked(_ quality: DataQuality, table: DatasetTable) throws -> DataQuality {
        if quality.rowsRead == 0 {
            throw DataError(.noDataRows, at: SourceLocation(file: table.source.file, line: table.firstDataLine, column: 1),
                            hint: "add rows below the header")
        }
        return quality
    }
}
