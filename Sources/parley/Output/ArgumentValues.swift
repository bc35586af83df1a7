import ArgumentParser
import Corpus

// Filters of `parley search`, spelled as in the extract output.
extension Stance: ExpressibleByArgument {}
extension QuoteKind: ExpressibleByArgument {}
