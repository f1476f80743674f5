import Foundation

/// A dataset file opened for reading, whatever its format: the header rows read and
/// recognised (plain, Qualtrics, SurveyMonkey), column names and question-text
/// labels, and the data records streamed after them.
///
/// Loaders resolve the columns cxreport.yml names through `column(_:)`, so every
/// dataset reports a misspelt or ambiguous column the same way.
public final class DatasetTable: Sendable {
    public let source: DatasetSource
    public let format: DataFormat
    /// Column names, in file order (trimmed of surrounding spaces).
    public let header: [String]
    /// Per column, the label for charts and tables: the question text of a survey
    /// export, otherwise the column name.
    public let labels: [String]
    public let layout: ExportLayout
    /// The line of the header row (the first of several).
    public let headerLine: Int
    /// The CSV delimiter in force (declared or sniffed).
    public let dialect: CSVDialect
    /// Which dataset this is, for hints ("the responses dataset").
    public let role: String

    let path: String
    /// Splits worked out ahead of the read (`splitAheadWork`), by parts and minimum chunk size;
    /// `chunks` takes one out, so it is used once.
    private let splitsAhead = Locked<[SplitRequest: [CSVChunk]?]>([:])
    /// File offset and line where the data rows start (UTF-8 CSV only).
    let dataOffset: Int?
    let dataLine: Int

    /// Opens `source.file` relative to `projectDirectory` and reads its header.
    public init(source: DatasetSource, projectDirectory: String, role: String) throws {
        self.source = source
        self.role = role
        format = source.resolvedFormat
        path = (projectDirectory as NSString).appendingPathComponent(source.file)
        let notFound = DataError(.fileNotFound, at: source.fileLocation,
                                 hint: "the \(role) dataset \"\(source.file)\" does not exist; fix `file:` or add the file")
        switch format {
        case .csv:
            let reader: CSVReader
            do {
                reader = try CSVReader(path: path, displayPath: source.file, dialect: source.dialect, encoding: source.encoding)
            } catch let error as DataError where error.reason == .fileNotFound { throw notFound }
            dialect = reader.dialect
            let wanted = max(source.headerRows ?? 3, 1)
            var rows: [[String]] = []
            var lines: [Int] = []
            var offsets: [Int] = []
            var nextLines: [Int] = []
            try reader.forEachLeadingRecord(wanted) { record in
                rows.append((0..<record.count).map { record.displayString($0).trimmingSpaces() })
                lines.append(record.line)
                offsets.append(reader.offsetAfterCurrentRecord)
                nextLines.append(reader.lineAfterCurrentRecord)
            }
            guard let first = rows.first, !(first.count == 1 && first[0].isEmpty) else {
                throw DataError(.emptyFile, at: SourceLocation(file: source.file, line: 1))
            }
            let layout = source.headerRows.map { ExportLayout.declared(headerRows: $0) } ?? ExportLayout.recognise(rows)
            let headerCount = source.headerRows ?? layout.headerRows
            guard rows.count >= headerCount else {
                throw DataError(.noDataRows, at: SourceLocation(file: source.file, line: (lines.last ?? 1) + 1, column: 1),
                                hint: "header_rows is \(headerCount) but the file has only \(rows.count) row\(rows.count == 1 ? "" : "s")")
            }
            self.layout = layout
            (header, labels) = layout.columns(from: Array(rows.prefix(headerCount)))
            headerLine = lines[0]
            dataOffset = source.encoding == .utf8 ? offsets[headerCount - 1] : nil
            dataLine = nextLines[headerCount - 1]
        case .json, .ndjson:
            let reader: JSONRecordReader
            do {
                reader = try JSONRecordReader(path: path, displayPath: source.file, layout: format == .json ? .array : .lines,
                                              encoding: source.encoding)
            } catch let error as DataError where error.reason == .fileNotFound { throw notFound }
            header = reader.header
            labels = reader.header
            layout = .plain
            headerLine = reader.headerLine
            dialect = .comma
            dataOffset = nil
            dataLine = reader.headerLine
        }
    }

    /// The label of a column by name: its question text in a survey export.
    public func label(for name: String) -> String {
        header.firstIndex(of: name).map { labels[$0] } ?? name
    }

    /// The index of the column `reference` names. Fails at the place in cxreport.yml
    /// where it was named, suggesting the closest column; fails at the header when the
    /// name occurs more than once.
    public func column(_ reference: ColumnReference) throws -> Int {
        let matches = header.indices.filter { header[$0] == reference.name }
        guard let index = matches.first else {
            let suggestion = ClosestName.suggestion(for: reference.name, among: header)
            throw DataError(.unknownColumn(name: reference.name, dataset: source.file), at: reference.location,
                            hint: suggestion.map { "did you mean \"\($0)\"?" }
                                ?? "the columns are: \(header.prefix(20).joined(separator: ", "))\(header.count > 20 ? ", …" : "")")
        }
        guard matches.count == 1 else {
            throw DataError(.duplicateColumn(name: reference.name, columns: matches.map { $0 + 1 }),
                            at: SourceLocation(file: source.file, line: headerLine, column: matches[1] + 1),
                            hint: "rename one of them in the file so that cxreport.yml can name the column it means")
        }
        return index
    }

    /// Calls `body` with every data record (after the header rows), in file order.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        switch format {
        case .csv:
            let reader: CSVReader
            if let dataOffset {
                reader = try CSVReader(path: path, displayPath: source.file, dialect: dialect,
                                       byteRange: dataOffset..<Int.max, firstLine: dataLine)
                try reader.forEachRecord(body)
            } else {
                reader = try CSVReader(path: path, displayPath: source.file, dialect: dialect, encoding: source.encoding)
                var skipped = 0
                let headerCount = source.headerRows ?? layout.headerRows
                try reader.forEachRecord { record in
                    if skipped < headerCount { skipped += 1; return }
                    try body(record)
                }
            }
        case .json, .ndjson:
            let reader = try JSONRecordReader(path: path, displayPath: source.file, layout: format == .json ? .array : .lines,
                                              encoding: source.encoding)
            try reader.forEachRecord(body)
        }
    }
}

extension CSVReader {
    /// Reads at most `count` records from the start (the header rows).
    func forEachLeadingRecord(_ count: Int, _ body: (CSVRecord) throws -> Void) throws {
        struct Stop: Error {}
        var seen = 0
        do {
            try forEachRecord { record in
                try body(record)
                seen += 1
                if seen == count { throw Stop() }
            }
        } catch is Stop {}
    }
}

extension DatasetTable {
    struct SplitRequest: Hashable {
        var parts: Int
        var minimumChunk: Int
    }

    /// Splits the data rows into at most `parts` chunks that can be read in parallel.
    /// A single chunk (read sequentially) for JSON, transcoded files, or small files.
    func chunks(parts: Int, minimumChunk: Int = 1 << 20) throws -> [CSVChunk]? {
        var ahead: [CSVChunk]??
        splitsAhead.update { ahead = $0.removeValue(forKey: SplitRequest(parts: parts, minimumChunk: minimumChunk)) }
        if let ahead { return ahead }
        guard parts > 1, format == .csv, let dataOffset, let size = FileBlocks.size(path: path) else { return nil }
        let chunks = try CSVChunker.split(path: path, dataStart: dataOffset, firstLine: dataLine, fileSize: size, parts: parts,
                                            minimumChunk: minimumChunk)
        return chunks.count > 1 ? chunks : nil
    }

    /// The split that a parallel read into `parts` chunks of at least `minimumChunk` bytes
    /// will use (a pass over the whole file, counting quotes and line breaks), as `SideWork`
    /// for another file's parallel read: the split's pieces are counted by that read's
    /// threads as they finish their chunks, and its end finds the boundaries and keeps the
    /// split for this table's next read (`SideWork.run` does it all on the calling thread).
    /// A split into one chunk is kept too, so the read does not split the file again; a
    /// split that fails is not kept: the read tries again and reports the error where it is.
    /// No work for a file that is not split (JSON, a transcoded file, a small file). The
    /// defaults are the loaders' `fold` defaults (a chunk per core, 1 MiB at least).
    public func splitAheadWork(parts: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunk: Int = 1 << 20) -> SideWork {
        guard parts > 1, format == .csv, let dataOffset, let size = FileBlocks.size(path: path) else { return SideWork() }
        let split = CSVSplit(path: path, dataStart: dataOffset, firstLine: dataLine, fileSize: size, parts: parts,
                             minimumChunk: minimumChunk)
        guard split.pieceCount > 0 else { return SideWork() }
        let request = SplitRequest(parts: parts, minimumChunk: minimumChunk), splitsAhead = splitsAhead
        return SideWork(items: (0..<split.pieceCount).map { piece in { split.count(piece: piece) } }, finish: {
            guard let chunks = try? split.chunks() else { return }
            splitsAhead.update { $0[request] = .some(chunks.count > 1 ? chunks : nil) }
        })
    }

    /// Calls `body` with every record of `chunk`.
    func forEachRecord(in chunk: CSVChunk, _ body: (CSVRecord) throws -> Void) throws {
        let reader = try CSVReader(path: path, displayPath: source.file, dialect: dialect,
                                   byteRange: chunk.range, firstLine: chunk.firstLine)
        try reader.forEachRecord(body)
    }

    /// The line just below the header rows, where "no data" is reported.
    var firstDataLine: Int { dataLine }
}
