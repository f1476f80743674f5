import ArgumentParser
import CXSite
