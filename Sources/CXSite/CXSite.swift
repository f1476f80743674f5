import CCmark
public enum CXSite {}
