// The Markdown stage against the `cmark` command (Benchmarks/markdown.sh):
//   cxbench markdown-corpus OUT.md [megabytes]   writes the deterministic test text
//   cxbench markdown-pages DIR [pages]           writes the corpus as one file per page
//   cxbench markdown-once FILE.md                one narrative render to stdout, like `cmark FILE.md`
//   cxbench markdown PATH [runs]                 in-process best and median of each stage;
//                                                PATH is one file or a folder of page files
// Every side does the same work: read the file, parse, render, write the HTML.
import CXAnalytics
import CXSite
import Foundation

func runMarkdownCorpus(_ args: [String]) throws {
    guard let path = args.first else { throw BenchmarkUsage("usage: cxbench markdown-corpus OUT.md [megabytes]") }
    let megabytes = args.dropFirst().first.flatMap(Double.init) ?? 10
    var corpus = MarkdownCorpus(seed: 2_025, pageCount: 1_000)
    let text = corpus.document(bytes: Int(megabytes * 1_000_000))
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    print("wrote=\(path) bytes=\(text.utf8.count)")
}

func runMarkdownPages(_ args: [String]) throws {
    guard let folder = args.first else { throw BenchmarkUsage("usage: cxbench markdown-pages DIR [pages]") }
    let count = args.dropFirst().first.flatMap(Int.init) ?? 1_000
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var corpus = MarkdownCorpus(seed: 2_025, pageCount: count)
    var bytes = 0
    for index in 0..<count {
        let page = corpus.page(index)
        bytes += page.body.utf8.count
        try Data(page.body.utf8).write(to: URL(fileURLWithPath: folder + "/" + page.slug + ".md"))
    }
    print("wrote=\(folder) pages=\(count) bytes=\(bytes)")
}

/// The narrative path for one file, as `cxreport build` runs it per page: read and
/// split the file, Mustache check, cmark parse, links, anchors, render.
private func renderNarrative(_ path: String) throws -> RenderedMarkdown {
    let narrative = try Narrative.load(path: (path as NSString).lastPathComponent,
                                       projectDirectory: (path as NSString).deletingLastPathComponent)
    return try NarrativeRenderer(values: [:]).render(body: narrative.body, file: narrative.path, bodyLine: narrative.bodyLine) { block, _ in
        throw BenchmarkUsage("unexpected \(block.name) directive in the benchmark text")
    }
}

func runMarkdownOnce(_ args: [String]) throws {
    guard let path = args.first else { throw BenchmarkUsage("usage: cxbench markdown-once FILE.md") }
    // Straight from the string's bytes, as cmark writes its buffer: no 12 MB copy.
    var html = try renderNarrative(path).html
    html.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(1, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { break }
            offset += written
        }
    }
}

func runMarkdownBenchmark(_ args: [String]) throws {
    guard let path = args.first else { throw BenchmarkUsage("usage: cxbench markdown PATH [runs]") }
    let runs = args.dropFirst().first.flatMap(Int.init) ?? 15
    var isFolder: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    let files = isFolder.boolValue
        ? try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") }.sorted().map { path + "/" + $0 }
        : [path]
    guard !files.isEmpty, let sink = FileHandle(forWritingAtPath: "/dev/null") else { throw BenchmarkUsage("usage: cxbench markdown PATH: no Markdown there") }
    let bytes = files.reduce(0) { $0 + (FileManager.default.contents(atPath: $1)?.count ?? 0) }

    var load: [Double] = [], render: [Double] = [], write: [Double] = [], stage: [Double] = [], total: [Double] = [], plain: [Double] = []
    for run in 0...runs {
        var times = (load: 0.0, render: 0.0, write: 0.0, plain: 0.0)
        for file in files {
            let start = now()
            let narrative = try Narrative.load(path: (file as NSString).lastPathComponent, projectDirectory: (file as NSString).deletingLastPathComponent)
            let loaded = now()
            let rendered = try NarrativeRenderer(values: [:]).render(body: narrative.body, file: narrative.path, bodyLine: narrative.bodyLine) { _, _ in "" }
            let done = now()
            sink.write(Data(rendered.html.utf8))
            let written = now()
            // The same library without the narrative extras (links, anchors, directive scan).
            sink.write(Data(CommonMark.plainHTML(narrative.body).utf8))
            let plainEnd = now()
            times.load += loaded - start
            times.render += done - loaded
            times.write += written - done
            times.plain += plainEnd - written
        }
        guard run > 0 else { continue }  // the first run warms caches and the allocator
        load.append(times.load)
        render.append(times.render)
        write.append(times.write)
        stage.append(times.render + times.write)
        total.append(times.load + times.render + times.write)
        plain.append(times.plain)
    }
    // stage: what the cmark command does (parse, render, write) plus our AST walk;
    // best: also reading the file and splitting off its front matter.
    let megabytes = Double(bytes) / 1e6
    let best = total.min() ?? 0, bestStage = stage.min() ?? 0
    print("files=\(files.count) bytes=\(bytes) runs=\(runs) stage_ms=\(ms(bestStage)) best_ms=\(ms(best)) median_ms=\(ms(median(total)))"
        + " stage_mb_per_s=\(FixedDecimal.string(megabytes / (bestStage / 1e3), decimals: 1))"
        + " mb_per_s=\(FixedDecimal.string(megabytes / (best / 1e3), decimals: 1))"
        + " per_file_us=\(FixedDecimal.string(best * 1e3 / Double(files.count), decimals: 1))"
        + " load_ms=\(ms(load.min() ?? 0)) render_ms=\(ms(render.min() ?? 0)) write_ms=\(ms(write.min() ?? 0))"
        + " plain_cmark_in_process_ms=\(ms(plain.min() ?? 0))")
}

/// Monotonic milliseconds.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func ms(_ value: Double) -> String { FixedDecimal.string(value, decimals: 2) }
