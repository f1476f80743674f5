import Foundation

/// The small script that reloads an open page after a rebuild. The server adds it to
/// HTML responses only; the files on disk never contain it, so built output stays
/// free of JavaScript.
///
/// The script long-polls `endpoint` with the build version it was served with; the
/// server answers as soon as the version differs (or after `PreviewServer`'s wait
/// limit with the same version), and the page reloads when it changed. When the
/// server is gone it retries once a second, without reloading.
public enum LiveReload {
    /// Answers the current build version as plain text; `?since=N` waits for a change.
    public static let endpoint = "/__cxreport/version"
    /// Marks the injected element, so tests and tools can find it.
    public static let marker = "data-cxreport-serve"

    /// The `<script>` element for a page served at build `version`.
    public static func script(version: Int) -> String {
        """
        <script \(marker)>
        (function () {
          var version = \(version);
          function poll(delay) {
            setTimeout(function () {
              fetch("\(endpoint)?since=" + version, { cache: "no-store" })
                .then(function (response) { return response.text(); })
                .then(function (text) {
                  if (parseInt(text, 10) !== version) { location.reload(); } else { poll(0); }
                })
                .catch(function () { poll(1000); });
            }, delay);
          }
          poll(0);
        })();
        </script>

        """
    }

    /// `html` with `fragment` inserted before the last `</body>` (any case), or
    /// appended when there is none.
    public static func inject(_ fragment: String, into html: Data) -> Data {
        let closing = Array("</body".utf8)
        let bytes = [UInt8](html)
        var index = bytes.count - closing.count
        while index >= 0 {
            if zip(bytes[index..<(index + closing.count)], closing).allSatisfy({ lowercased($0) == $1 }) {
                var result = Data(bytes[..<index])
                result.append(Data(fragment.utf8))
                result.append(Data(bytes[index...]))
                return result
            }
            index -= 1
        }
        return html + Data(fragment.utf8)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (byte >= 65 && byte <= 90) ? byte + 32 : byte
    }
}
