import CXData
import Foundation
import ZIPFoundation

/// The site as one zip file that unpacks to a folder whose `index.html` opens with
/// working relative links. Deterministic: entries sorted by path, every timestamp the
/// build date (DOS time, UTC), fixed permissions, deflate at a fixed level — identical
/// input gives a byte-identical zip.
public enum ZipBundle {
    /// Zips `files` under a top folder `folder/` and returns the archive's bytes.
    public static func archive(files: [(path: String, contents: [UInt8])], folder: String, date: CalendarDate) throws -> [UInt8] {
        let timestamp = Date(timeIntervalSince1970: Double(daysSinceEpoch(date)) * 86_400 + 12 * 3_600)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for file in files.sorted(by: { $0.path < $1.path }) {
                let data = Data(file.contents)
                try archive.addEntry(with: folder + "/" + file.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: timestamp, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw DataError(.unreadable("the zip archive is empty"), at: SourceLocation(file: folder + ".zip")) }
            return Array(bytes)
        } catch let error as DataError {
            throw error
        } catch {
            throw DataError(.unreadable("cannot create the zip archive: \(error)"), at: SourceLocation(file: folder + ".zip"))
        }
    }

    /// Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    static func daysSinceEpoch(_ date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
