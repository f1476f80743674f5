/// `sitemap.xml` (sitemaps.org protocol 0.9) listing every page in order. Locations are
/// absolute when cxreport.yml sets `base_url`, as the protocol asks; otherwise they are
/// the pages' paths. No `lastmod`: the build has no clock.
enum Sitemap {
    static func xml(pages: [String], baseURL: String?) -> String {
        var base = baseURL ?? ""
        if !base.isEmpty && !base.hasSuffix("/") { base += "/" }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "  <url><loc>\(HTMLEscaping.escape(base + page))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
