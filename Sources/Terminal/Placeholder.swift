import CNcursesw
import ReaderModel
