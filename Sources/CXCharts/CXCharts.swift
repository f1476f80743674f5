public enum CXCharts {}
