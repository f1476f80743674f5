import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses markup with XMLParser and records what it saw, so tests can assert that output
/// is well-formed and which elements and text it contains.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var text = ""
    private(set) var attributeValues: [String] = []
    private(set) var error: String?
    private(set) var ok = false

    init(_ markup: String) {
        super.init()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = self
        ok = parser.parse()
        if !ok { error = parser.parserError.map { "\($0)" } ?? "unknown parse error" }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append(elementName)
        attributeValues.append(contentsOf: attributeDict.keys.sorted().compactMap { attributeDict[$0] })
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    /// Number of elements named `name`.
    func count(_ name: String) -> Int { elements.filter { $0 == name }.count }
}
