// Statistics and measures live here; see ../shared DESIGN.md "Analytics".
public enum CXAnalytics {}
