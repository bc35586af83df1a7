/// Why the library could not be used, worded for one line on stderr that names the database file.
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    /// The file is not an SQLite database, or a damaged one.
    case corrupt(path: String)
    /// An SQLite database, but not one parley made.
    case foreign(path: String)
    /// Made by a newer parley, with migrations this one does not know.
    case newer(path: String)
    /// No database at the path, and the caller asked not to create one.
    case missing(path: String)
    /// Any other SQLite failure.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .corrupt(let path):
            return "\(path): not a parley library (the file is damaged or not a database); run `parley index --rebuild PATH...` to replace it"
        case .foreign(let path):
            return "\(path): an SQLite database that parley did not create; choose another --db, or run `parley index --rebuild PATH...` to replace it"
        case .newer(let path):
            return "\(path): made by a newer parley; upgrade parley, or run `parley index --rebuild PATH...` to replace it"
        case .missing(let path):
            return "\(path): no library here; run `parley index PATH...` first"
        case .database(let path, let message):
            return "\(path): \(message)"
        }
    }
}
