// Deterministic, realistic Markdown for the Markdown-throughput and site benchmarks:
// documentation-style pages with headings, paragraphs, emphasis, inline code, links
// (between pages and outside), bullet and ordered lists (some nested), fenced code
// blocks, block quotes and the odd thematic break. No Mustache tags, no raw HTML.
import CXData

struct MarkdownCorpus {
    /// One generated page: front-matter fields and the Markdown body.
    struct Page {
        var slug: String
        var title: String
        var description: String
        var body: String
    }

    private var random: SeededGenerator
    /// Pages link to each other by slug, so every link resolves within the site.
    let pageCount: Int

    init(seed: UInt64, pageCount: Int) {
        random = SeededGenerator(seed: seed)
        self.pageCount = pageCount
    }

    static func slug(_ index: Int) -> String {
        let digits = String(index)
        return "page-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Page `index`, about `800...1_500` words of prose.
    mutating func page(_ index: Int) -> Page {
        let title = capitalized(words(2...5))
        var body = "# \(title)\n\n"
        let targetWords = int(800...1_500)
        var written = 0
        body += paragraph(&written) + "\n"
        while written < targetWords {
            body += "## \(capitalized(words(2...4)))\n\n"
            for _ in 0..<int(1...3) {
                switch int(0...9) {
                case 0...3: body += paragraph(&written)
                case 4...5: body += list(&written, ordered: false)
                case 6: body += list(&written, ordered: true)
                case 7: body += codeBlock()
                case 8: body += quote(&written)
                default: body += "### \(capitalized(words(2...4)))\n\n" + paragraph(&written)
                }
                body += "\n"
            }
            if int(0...15) == 0 { body += "---\n\n" }
        }
        return Page(slug: MarkdownCorpus.slug(index), title: title, description: capitalized(words(6...12)) + ".", body: body)
    }

    /// Markdown of at least `bytes` bytes: pages one after another, no front matter.
    mutating func document(bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 16_384)
        var index = 0
        while text.utf8.count < bytes {
            text += page(index % pageCount).body + "\n"
            index += 1
        }
        return text
    }

    // MARK: - Blocks

    private mutating func paragraph(_ written: inout Int) -> String {
        var text = ""
        for sentenceIndex in 0..<int(3...7) {
            if sentenceIndex > 0 { text += int(0...3) == 0 ? "\n" : " " }
            text += sentence(&written)
        }
        return text + "\n"
    }

    private mutating func sentence(_ written: inout Int) -> String {
        var parts: [String] = []
        let count = int(8...20)
        written += count
        var index = 0
        while index < count {
            let span = min(count - index, int(1...3))
            let phrase = words(span...span)
            switch int(0...24) {
            case 0: parts.append("*\(phrase)*")
            case 1: parts.append("**\(phrase)**")
            case 2: parts.append("`\(identifier())`")
            case 3: parts.append("[\(phrase)](\(MarkdownCorpus.slug(int(0...(pageCount - 1)))).html)")
            case 4: parts.append("[\(phrase)](https://example.com/\(identifier())/\(identifier()))")
            default: parts.append(phrase)
            }
            index += span
        }
        var text = parts.joined(separator: " ")
        text = text.prefix(1).uppercased() + text.dropFirst()
        return text + [".", ".", ".", ".", "?", "!"][int(0...5)]
    }

    private mutating func list(_ written: inout Int, ordered: Bool) -> String {
        var text = ""
        for item in 1...int(3...7) {
            let marker = ordered ? "\(item)." : "-"
            text += "\(marker) \(sentence(&written))\n"
            if !ordered && int(0...5) == 0 {
                for _ in 0..<int(2...3) { text += "  - \(sentence(&written))\n" }
            }
        }
        return text
    }

    private mutating func codeBlock() -> String {
        var text = "```swift\n"
        for line in 0..<int(3...12) {
            let indent = String(repeating: "    ", count: line == 0 ? 0 : int(0...2))
            switch int(0...3) {
            case 0: text += "\(indent)let \(identifier()) = \(identifier())(\(identifier()): \(int(0...999)))\n"
            case 1: text += "\(indent)// \(words(3...8))\n"
            case 2: text += "\(indent)if \(identifier()) < \(int(0...99)) && \(identifier()) > 0 { return \"\(words(1...3))\" }\n"
            default: text += "\(indent)\(identifier()).\(identifier())(<\(identifier())>)\n"
            }
        }
        return text + "```\n"
    }

    private mutating func quote(_ written: inout Int) -> String {
        var text = ""
        for _ in 0..<int(1...3) { text += "> \(sentence(&written))\n" }
        return text
    }

    // MARK: - Words

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    private mutating func words(_ count: ClosedRange<Int>) -> String {
        (0..<int(count)).map { _ in MarkdownCorpus.vocabulary[int(0...(MarkdownCorpus.vocabulary.count - 1))] }.joined(separator: " ")
    }

    private mutating func identifier() -> String {
        let first = MarkdownCorpus.vocabulary[int(0...(MarkdownCorpus.vocabulary.count - 1))]
        let second = MarkdownCorpus.vocabulary[int(0...(MarkdownCorpus.vocabulary.count - 1))]
        return first + second.prefix(1).uppercased() + second.dropFirst()
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private static let vocabulary: [String] = """
    customer experience journey touchpoint survey response score promoter detractor passive \
    loyalty satisfaction effort driver segment region channel product quarter period report \
    analysis interval significance change trend baseline target goal metric measure value \
    delivery support price website store order return refund invoice account contract renewal \
    onboarding training feedback loop follow complaint praise comment theme sentiment emotion \
    expectation perception gap sacrifice relationship personalization mass moment truth peak \
    end stage before during after purchase team manager analyst owner sponsor stakeholder \
    the a an of to in for on with by from at as is are was were be been has have had \
    this that these those it its our their we they you your more most less least very \
    quickly slowly clearly often rarely usually always never again still already also only \
    improve reduce increase decrease compare explain publish review share build check render \
    table chart figure page section heading list link example detail summary overview note \
    data file column row field record source import export format schema version release \
    fast slow simple complex clear honest stable careful small large early late new old \
    north south east west online retail phone email chat partner direct premium standard
    """.split(separator: " ").map(String.init)
}
