import Corpus
