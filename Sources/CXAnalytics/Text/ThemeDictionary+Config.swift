import CXData

extension ThemeDictionary {
    /// The themes of `cxreport.yml` (`themes:`), or the defaults when it has none.
    public init(_ config: ProjectConfig) {
        self.init(config.themes ?? Self.defaultKeywords)
    }
}
